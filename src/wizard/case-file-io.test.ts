import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { problems as enProblems } from '../i18n/en/problems';
import { problems as frProblems } from '../i18n/fr/problems';
import { problemMessage, type ProblemCatalogue } from '../i18n/problem-text';
import {
  CASE_FILE_FORMAT,
  CASE_FILE_VERSION,
  MAX_CASE_FILE_BYTES,
  RULES_VERSION,
  assess,
  checkAnswers,
  storedResultOf,
  type Answers,
} from '../rules';
import { inCanada } from '../testing/answers';
import { caseFileOf, readCaseFile } from './case-file-io';
import { journeyOf, type Progress } from './journey';

const today = '2026-06-01';
const example = (name: string) =>
  readFileSync(new URL(`../../tests/examples/${name}.case.json`, import.meta.url), 'utf8');
const open = (text: string) => readCaseFile(text, text.length, today);
const json = (value: unknown) => JSON.stringify(value);
/** The step the journey resumes at, or "check" when every step is done. */
const resumesAt = (progress: Progress) => {
  const place = journeyOf(progress, today).resume();
  return place.kind === 'step' ? place.stepId : place.kind;
};

describe('opening a case file of version 1 (the worked examples)', () => {
  it.each([
    ['01-montreal-family-can-apply', 'family', ['familyMemberPendingClaim']],
    ['02-rejected-claim-twelve-month-bar', 'check', []],
    ['03-child-harm-lifts-the-bar', 'family', ['familyMemberPendingClaim']],
    ['04-citizen', 'check', []],
    ['05-removed-abroad-with-sponsor', 'family', ['familyMemberPendingClaim']],
  ])('%s keeps its answers and resumes at %s', (name, resumeAt, newQuestions) => {
    const text = example(name);
    const result = open(text);
    if (!result.ok) throw new Error(json(result.problems));
    expect(result.progress.answers).toEqual(JSON.parse(text).answers);
    expect(result.newQuestions).toEqual(newQuestions);
    expect(result.complete).toBe(newQuestions.length === 0);
    expect(resumesAt(result.progress)).toBe(resumeAt);
  });

  it('06 is refused, naming the contradiction', () => {
    const result = open(example('06-invalid-removed-but-in-canada'));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => [p.code, p.fields])).toEqual([
      ['removed-but-in-canada', ['removal', 'location']],
    ]);
  });

  it('resumes at the new question whether a ground H&C cannot overcome was decided', () => {
    const answers: Answers = {
      status: 'foreign-national',
      location: 'outside-canada',
      inadmissibility: ['organized-crime'],
    };
    const result = open(json({ format: CASE_FILE_FORMAT, version: 1, answers }));
    expect(result.ok && result.newQuestions).toEqual(['inadmissibilityFound']);
    expect(result.ok && resumesAt(result.progress)).toBe('inadmissibility-found');
  });

  it('is still checked as version 1: the answers version 2 added are refused in it', () => {
    for (const answers of [
      { status: 'foreign-national', inadmissibility: ['security'], inadmissibilityFound: false },
      { status: 'foreign-national', inadmissibility: ['cessation'] },
      { status: 'foreign-national', spouseIncluded: true, familyMemberPendingClaim: 'no' },
    ]) {
      const result = open(json({ format: CASE_FILE_FORMAT, version: 1, answers }));
      expect(result.ok, json(answers)).toBe(false);
    }
  });
});

describe('saving and opening a case file of the version the engine writes', () => {
  const answers: Answers = {
    status: 'foreign-national',
    location: 'in-canada',
    inadmissibility: ['security', 'cessation'],
    inadmissibilityFound: false,
  };

  it('writes the version the engine writes, with the day and the rules version', () => {
    expect(caseFileOf(answers, today)).toEqual({
      format: CASE_FILE_FORMAT,
      version: CASE_FILE_VERSION,
      savedAt: today,
      rulesVersion: RULES_VERSION,
      answers,
    });
    expect(checkAnswers(caseFileOf(answers, today).answers, today, 'unfinished').ok).toBe(true);
  });

  it('opens what it saved as it was, with no new question to announce', () => {
    const result = open(json(caseFileOf(answers, today)));
    expect(result.ok && [result.progress.answers, result.newQuestions, result.opened]).toEqual([
      answers,
      [],
      { savedAt: today, rulesVersion: RULES_VERSION },
    ]);
    expect(result.ok && resumesAt(result.progress)).toBe('classes-in-canada');
  });

  it('refuses answers that contradict each other', () => {
    const crowded = { ...answers, spouseIncluded: false, dependentChildren: 1, biometricsExempt: 3 };
    const result = open(json({ format: CASE_FILE_FORMAT, version: CASE_FILE_VERSION, answers: crowded }));
    expect(!result.ok && result.problems.map((p) => p.code)).toEqual(['biometrics-exempt-above-people']);
  });
});

describe('the result a saved file remembers', () => {
  const check = checkAnswers(inCanada, today, 'complete');
  if (!check.ok) throw new Error('the shared answers should be complete');
  const assessment = assess(check.caseFile, today);

  it('is written beside complete answers: the assessment of that day under the rules of that day', () => {
    const file = caseFileOf(inCanada, today);
    expect(file.result).toEqual(storedResultOf(assessment, RULES_VERSION));
    expect(file.result).toMatchObject({ asOf: today, rulesVersion: RULES_VERSION, outcome: assessment.outcome });
    expect(Object.keys(file)).toEqual(['format', 'version', 'savedAt', 'rulesVersion', 'answers', 'result']);
  });

  it('is not written for an unfinished file', () => {
    expect(caseFileOf({ status: 'foreign-national' }, today)).not.toHaveProperty('result');
  });

  it('comes back on opening, also with answers that are not complete', () => {
    const result = open(json(caseFileOf(inCanada, today)));
    expect(result.ok && result.opened.result).toEqual(storedResultOf(assessment, RULES_VERSION));
    const older = { ...caseFileOf(inCanada, today), answers: { status: 'foreign-national' } };
    const unfinished = open(json(older));
    expect(unfinished.ok && unfinished.opened.result?.outcome).toBe(assessment.outcome);
  });

  const saved = storedResultOf(assessment, RULES_VERSION);
  it('is none for a file that holds no result', () => {
    const { result: _, ...without } = caseFileOf(inCanada, today);
    const opened = open(json(without));
    expect(opened.ok && opened.opened).not.toHaveProperty('result');
  });

  it.each([
    ['markup for an outcome', { ...saved, outcome: '<img src=x onerror=alert(1)>' }],
    ['a negative fees total', { ...saved, feesTotal: -1 }],
    ['a rule id that is not one', { ...saved, ruleIds: ['bar.twelve-month', 'x<script>'] }],
    ['a date that is not one', { ...saved, asOf: '2026-02-30' }],
    ['a string', 'can-apply'],
    ['an array', [saved]],
  ])('is none, reported as none, when it holds %s, and the answers still open', (_, hostile) => {
    const result = open(json({ ...caseFileOf(inCanada, today), result: hostile }));
    if (!result.ok) return expect.fail('the answers should open');
    expect(result.progress.answers).toEqual(inCanada);
    expect(result.opened).not.toHaveProperty('result');
  });
});

describe('the message of a file that cannot be opened', () => {
  const catalogues = { en: enProblems, fr: frProblems } as Record<string, ProblemCatalogue>;
  const files: [string, string, number][] = [
    ['too large', '{}', MAX_CASE_FILE_BYTES + 1],
    ['not JSON', '{', 1],
    ['too deep', `${'['.repeat(40)}${']'.repeat(40)}`, 80],
    ['invalid', json({ format: CASE_FILE_FORMAT, version: 1, answers: { status: 'x', yearsInCanada: -1 } }), 80],
    ['of an unknown version', json({ format: CASE_FILE_FORMAT, version: 99, answers: {} }), 60],
  ];
  it.each(files)('fills in every figure when the file is %s, in both languages', (_, text, size) => {
    const result = readCaseFile(text, size, today);
    if (result.ok) return expect.fail('the file should not open');
    for (const catalogue of Object.values(catalogues)) {
      for (const problem of result.problems) expect(problemMessage(problem as never, catalogue)).not.toMatch(/[{}]/);
    }
  });

  it('names the size and the limit of a file too large', () => {
    const result = readCaseFile('{}', MAX_CASE_FILE_BYTES + 5, today);
    if (result.ok) return expect.fail('the file should not open');
    const message = problemMessage(result.problems[0] as never, enProblems as ProblemCatalogue);
    expect(message).toContain(String(MAX_CASE_FILE_BYTES + 5));
    expect(message).toContain(String(MAX_CASE_FILE_BYTES));
  });
});
