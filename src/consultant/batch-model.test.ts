import { describe, expect, it } from 'vitest';
import { MAX_CASE_FILE_BYTES, RULES_VERSION, assess, checkAnswers, storedResultOf, type Answers } from '../rules';
import { withAnswers } from '../testing/answers';
import { batchRowOf, unreadableRow, type BatchRow } from './batch-model';

const today = '2026-06-01';
/** Barred today: a claim rejected in January, in Canada. */
const barred = withAnswers({ refugeeClaim: 'rejected', lastDecisionDate: '2026-01-15' });
const nowOf = (answers: Answers) => {
  const check = checkAnswers(answers, today, 'complete');
  if (!check.ok) throw new Error('the test answers are not complete');
  return storedResultOf(assess(check.caseFile, today), RULES_VERSION);
};

const fileText = (extra: Record<string, unknown> = {}, answers: Answers = barred) =>
  JSON.stringify({ format: 'hc-case', version: 2, savedAt: '2025-11-02', rulesVersion: 'old', answers, ...extra });
const rowOf = (text: string) => batchRowOf(0, 'a.json', text, new TextEncoder().encode(text).length, today);
const as = <K extends BatchRow['kind']>(row: BatchRow, kind: K) => {
  expect(row.kind).toBe(kind);
  return row as Extract<BatchRow, { kind: K }>;
};

describe('a re-checked file', () => {
  it('is assessed today and set beside the result it was saved with: changed when they differ', () => {
    const now = nowOf(barred);
    const stored = { ...now, asOf: '2025-11-02', outcome: 'can-apply', earliestApplicationDate: null };
    const row = as(rowOf(fileText({ result: stored, notes: { clientReference: 'A-17' } })), 'assessed');
    expect(row).toMatchObject({ reference: 'A-17', savedOn: '2025-11-02', changed: true });
    expect(row.stored).toEqual({ outcome: 'can-apply', earliestApplicationDate: null, feesTotal: now.feesTotal });
    expect(row.now).toEqual({
      outcome: 'barred',
      earliestApplicationDate: now.earliestApplicationDate,
      feesTotal: now.feesTotal,
    });
    expect(row.opened.complete).toBe(true);
  });

  it('is the same when the outcome, the earliest date and the fees agree, whatever else the stored result says', () => {
    const stored = { ...nowOf(barred), asOf: '2025-11-02', rulesVersion: 'old', ruleIds: [] };
    expect(as(rowOf(fileText({ result: stored })), 'assessed').changed).toBe(false);
    const fees = { ...stored, feesTotal: (stored.feesTotal ?? 0) + 85 };
    expect(as(rowOf(fileText({ result: fees })), 'assessed').changed).toBe(true);
  });

  it('has no earlier result when the file holds none, or one that does not check', () => {
    for (const extra of [{}, { result: { outcome: 'approved' } }, { result: '<b>can-apply</b>' }]) {
      const row = as(rowOf(fileText(extra)), 'assessed');
      expect(row).toMatchObject({ stored: null, changed: null, reference: null });
    }
  });

  it('is unfinished when answers are missing, naming them, and can still be opened', () => {
    const { severity: _, ...answers } = barred;
    const row = as(rowOf(fileText({}, answers)), 'unfinished');
    expect(row.missing).toEqual(['severity']);
    expect(row.opened.progress.answers).toEqual(answers);
  });

  it('saved complete before version 2, is unfinished for the questions added since, as the wizard opens it', () => {
    const { familyMemberPendingClaim: _, ...answers } = withAnswers({ spouseIncluded: true });
    const row = as(rowOf(JSON.stringify({ format: 'hc-case', version: 1, answers })), 'unfinished');
    expect(row.missing).toEqual(['familyMemberPendingClaim']);
    expect(row.opened.newQuestions).toEqual(['familyMemberPendingClaim']);
  });

  it('is refused with the reasons "Open case file" gives, and the others are still assessed', () => {
    expect(as(rowOf('{ not json'), 'refused').problems.map((p) => p.code)).toEqual(['not-json']);
    const deep = `${'['.repeat(40)}${']'.repeat(40)}`;
    expect(as(rowOf(deep), 'refused').problems.map((p) => p.code)).toEqual(['too-deep']);
    const proto = as(rowOf('{"format":"hc-case","version":2,"answers":{"__proto__":{"x":1}}}'), 'refused');
    expect(proto.problems.map((p) => p.code)).toContain('unknown-field');
    expect(as(rowOf(JSON.stringify({ format: 'other', version: 2, answers: {} })), 'refused').problems[0]?.code).toBe(
      'wrong-format',
    );
    const wrong = as(rowOf(fileText({}, { ...barred, location: 'moon' } as unknown as Answers)), 'refused');
    expect(wrong.problems.map((p) => p.code)).toEqual(['invalid-value']);
  });

  it('refuses a file over the limit on its size alone, without its text', () => {
    const row = as(batchRowOf(3, 'big.json', null, MAX_CASE_FILE_BYTES + 1, today), 'refused');
    expect(row).toMatchObject({ index: 3, fileName: 'big.json' });
    expect(row.problems).toEqual([
      {
        code: 'too-large',
        path: '',
        fields: [],
        params: { size: MAX_CASE_FILE_BYTES + 1, limit: MAX_CASE_FILE_BYTES },
      },
    ]);
  });

  it('says when the browser could not read a file', () => {
    expect(as(unreadableRow(1, 'gone.json', 'NotReadableError'), 'refused').problems[0]).toMatchObject({
      code: 'unreadable-file',
      params: { reason: 'NotReadableError' },
    });
  });
});
