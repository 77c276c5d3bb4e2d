import { describe, expect, it } from 'vitest';
import { outsideCanada, withAnswers } from '../testing/answers';
import { CASE_FILE_FORMAT, CASE_FILE_VERSION, checkAnswers, type Answers } from '../rules';
import { journey, journeyOf } from './journey';
import { STORAGE_VERSION } from './storage-keys';
import { readStored, storedEntry } from './store';

const asOf = '2026-06-01';
const outside = withAnswers({}, outsideCanada);
const entry = (answers: unknown, seen: unknown[] = []) =>
  JSON.stringify({
    version: STORAGE_VERSION,
    caseFile: { format: CASE_FILE_FORMAT, version: CASE_FILE_VERSION, answers },
    seen,
  });
/** An entry as the tab kept it before the case-file contract's version 2 (format 1: bare answers of version 1). */
const formatOne = (answers: unknown, seen: unknown[] = []) => JSON.stringify({ version: 1, answers, seen });

describe('reading the answers kept in the tab', () => {
  it('takes a valid entry', () => {
    const text = entry({ status: 'foreign-national', location: 'in-canada' }, ['status']);
    expect(readStored(text, asOf)).toEqual({
      progress: { answers: { status: 'foreign-national', location: 'in-canada' }, seen: ['status'] },
      opened: null,
      damaged: false,
    });
  });

  it('writes the answers as a case file of the version the engine writes, and reads them back', () => {
    const answers: Answers = {
      status: 'foreign-national',
      location: 'in-canada',
      inadmissibility: ['security'],
      inadmissibilityFound: false,
    };
    const text = storedEntry({ answers, seen: ['status', 'location'], opened: null });
    expect(JSON.parse(text)).toMatchObject({
      version: STORAGE_VERSION,
      caseFile: { format: CASE_FILE_FORMAT, version: CASE_FILE_VERSION, answers },
    });
    expect(readStored(text, asOf).progress).toEqual({ answers, seen: ['status', 'location'] });
  });

  it("keeps an opened file's remembered result across a reload, and drops one that fails its check", () => {
    const result = {
      asOf: '2026-01-15',
      rulesVersion: '2026-05-31.1',
      outcome: 'can-apply',
      earliestApplicationDate: null,
      feesTotal: 1210,
      ruleIds: ['inform.judicial-review'],
    } as const;
    const opened = { savedAt: '2026-01-15', result: { ...result, ruleIds: [...result.ruleIds] } };
    const kept = storedEntry({ answers: { status: 'foreign-national' }, seen: [], opened });
    expect(readStored(kept, asOf).opened).toEqual(opened);
    const hostile = { ...opened, result: { ...result, outcome: 'approved' } };
    const dropped = storedEntry({ answers: { status: 'foreign-national' }, seen: [], opened: hostile as never });
    expect(readStored(dropped, asOf).opened).toEqual({ savedAt: '2026-01-15' });
  });

  it('reads an entry kept before version 2 and keeps its answers and its place, asking what is new', () => {
    const answers: Answers = {
      status: 'foreign-national',
      location: 'outside-canada',
      inadmissibility: [],
      destination: 'ON',
      removal: 'none',
      refugeeClaim: 'none',
      designatedForeignNational: false,
      pendingHc: false,
      familySponsor: 'no',
      fearOfReturn: 'no',
      economicProfile: 'no',
      caregiverExperience: 'no',
      spouseIncluded: true,
      dependentChildren: 0,
    };
    const seen = [
      'status',
      'location',
      'inadmissibility',
      'destination',
      'removal',
      'refugee-claim',
      'designated-foreign-national',
      'pending-hc',
      'family-sponsor',
      'fear-of-return',
      'economic-profile',
      'caregiver-experience',
      'family',
    ];
    const read = readStored(formatOne(answers, seen), asOf);
    expect(read).toEqual({ progress: { answers, seen }, opened: null, damaged: false });
  });

  it('still checks an entry kept before version 2 as version 1', () => {
    expect(readStored(formatOne({ status: 'foreign-national', inadmissibility: ['cessation'] }), asOf).damaged).toBe(
      true,
    );
    expect(readStored(formatOne({ status: 'foreign-national', inadmissibilityFound: true }), asOf).damaged).toBe(true);
  });

  it.each([
    ['not JSON', '{oops'],
    ['another version', JSON.stringify({ version: 99, answers: {} })],
    ['a foreign shape', JSON.stringify(['a'])],
    [
      'an entry of the current format without its case file',
      JSON.stringify({ version: STORAGE_VERSION, answers: { status: 'citizen' } }),
    ],
    [
      'a case file of an unknown version',
      JSON.stringify({ version: STORAGE_VERSION, caseFile: { format: CASE_FILE_FORMAT, version: 9, answers: {} } }),
    ],
    ['an unknown answer', entry({ status: 'citizen', evil: '<script>' })],
    ['an unknown answer in the earlier format', formatOne({ status: 'citizen', evil: '<script>' })],
    [
      'a polluting key',
      `{"version":${STORAGE_VERSION},"caseFile":{"format":"hc-case","version":${CASE_FILE_VERSION},"answers":{"__proto__":{"status":"citizen"}}}}`,
    ],
    ['a polluting key in the earlier format', '{"version":1,"answers":{"__proto__":{"status":"citizen"}}}'],
    ['a wrong value', entry({ status: 'king' })],
    [
      'answers that contradict each other beside a wrong value',
      entry({ status: 'foreign-national', location: 'in-canada', removal: 'removed', yearsInCanada: -1 }),
    ],
  ])('discards %s, with a notice, and never throws', (_name, text) => {
    expect(readStored(text, asOf)).toEqual({ progress: { answers: {}, seen: [] }, opened: null, damaged: true });
  });

  it('drops answers that do not apply and seen marks that are not text', () => {
    expect(readStored(entry({ status: 'citizen', location: 'in-canada' }, ['status', 7]), asOf).progress).toEqual({
      answers: { status: 'citizen' },
      seen: ['status'],
    });
    expect(readStored(formatOne({ status: 'citizen', location: 'in-canada' }, ['status', 7]), asOf).progress).toEqual({
      answers: { status: 'citizen' },
      seen: ['status'],
    });
  });
});

describe('stored answers that do not fit together (spec/case-file.md §1, "Contradictions")', () => {
  /** A whole journey's answers with `changes` written over them, every step seen, as the tab keeps them. */
  const clashing = (changes: Partial<Answers>, base?: Answers) => {
    const answers = withAnswers(changes, base);
    return {
      answers,
      text: entry(
        answers,
        journey(answers, asOf).map((s) => s.id),
      ),
    };
  };
  const without = (answers: Answers, ...fields: (keyof Answers)[]) =>
    Object.fromEntries(Object.entries(answers).filter(([field]) => !fields.includes(field as keyof Answers)));
  const resumesAt = (text: string) => {
    const place = journeyOf(readStored(text, asOf).progress, asOf).resume();
    return place.kind === 'step' ? place.stepId : place.kind;
  };

  it('are kept, never discarded: removed but in Canada asks the removal question again, every other answer kept', () => {
    const { answers, text } = clashing({ removal: 'removed', removalOrderType: 'deportation' });
    const read = readStored(text, asOf);
    expect(read.damaged).toBe(false);
    expect(read.progress.answers).toEqual(without(answers, 'removal', 'removalOrderType'));
    expect(read.progress.seen).not.toContain('removal');
    expect(read.clashes).toEqual([{ code: 'removed-but-in-canada', field: 'removal', others: ['location'] }]);
    expect(resumesAt(text)).toBe('removal');
  });

  it('a removal order "in Canada" from outside Canada asks the removal question again', () => {
    const { answers, text } = clashing({ location: 'outside-canada', removal: 'order-in-canada' }, outside);
    const read = readStored(text, asOf);
    expect(read.progress.answers).toEqual(without(answers, 'removal'));
    expect(read.clashes).toEqual([{ code: 'order-in-canada-but-outside', field: 'removal', others: ['location'] }]);
    expect(resumesAt(text)).toBe('removal');
  });

  it('"not sure" with grounds asks the inadmissibility question again', () => {
    const { answers, text } = clashing({ inadmissibility: ['unsure', 'criminality'] });
    const read = readStored(text, asOf);
    expect(read.progress.answers).toEqual(without(answers, 'inadmissibility'));
    expect(read.clashes).toEqual([{ code: 'unsure-with-grounds', field: 'inadmissibility', others: [] }]);
    expect(resumesAt(text)).toBe('inadmissibility');
  });

  it('more people exempt from biometrics than in the application asks the biometrics question again', () => {
    const { answers, text } = clashing({
      spouseIncluded: false,
      dependentChildren: 1,
      familyMemberPendingClaim: 'no',
      biometricsExempt: 3,
    });
    const read = readStored(text, asOf);
    expect(read.progress.answers).toEqual(without(answers, 'biometricsExempt'));
    expect(read.clashes).toEqual([
      {
        code: 'biometrics-exempt-above-people',
        field: 'biometricsExempt',
        others: ['spouseIncluded', 'dependentChildren'],
      },
    ]);
    // Optional, yet asked again: its step is no longer counted as seen.
    expect(resumesAt(text)).toBe('biometrics');
  });

  it('a date after today asks its question again', () => {
    const { answers, text } = clashing({ fearOfReturn: 'yes', entryDate: '2026-06-02' });
    const read = readStored(text, asOf);
    expect(read.progress.answers).toEqual(without(answers, 'entryDate'));
    expect(read.clashes).toEqual([{ code: 'date-after-as-of', field: 'entryDate', others: [] }]);
    expect(resumesAt(text)).toBe('entry-date');
    // The date itself is allowed.
    expect(readStored(clashing({ fearOfReturn: 'yes', entryDate: asOf }).text, asOf).clashes).toBeUndefined();
  });

  it('harm to a child when no child is affected drops that answer, which no longer applies', () => {
    const { answers, text } = clashing({ childrenAffected: false, childHarm: 'yes' });
    const read = readStored(text, asOf);
    expect(read.progress.answers).toEqual(without(answers, 'childHarm'));
    expect(read.clashes).toEqual([
      { code: 'child-harm-without-children-affected', field: 'childHarm', others: ['childrenAffected'] },
    ]);
    expect(resumesAt(text)).toBe('check');
  });

  it('settles every clash at once, in an entry kept before version 2 too, and leaves answers the engine accepts', () => {
    const formatOneAnswers = withAnswers({
      removal: 'removed',
      removalOrderType: 'exclusion',
      inadmissibility: ['unsure', 'health'],
      childrenAffected: false,
      childHarm: 'no',
    });
    const read = readStored(formatOne(formatOneAnswers, ['status', 'location']), asOf);
    expect(read.clashes?.map((c) => c.field).sort()).toEqual(['childHarm', 'inadmissibility', 'removal']);
    expect(read.progress.answers).toEqual(
      without(formatOneAnswers, 'removal', 'removalOrderType', 'inadmissibility', 'childHarm'),
    );
    expect(checkAnswers(read.progress.answers, asOf, 'unfinished').ok).toBe(true);
  });
});
