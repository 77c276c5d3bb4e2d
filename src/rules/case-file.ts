/**
 * Checks a case file (spec/case-file.md §1) and reports every problem at once, each as a code, a
 * field path and parameters; the words for each code live in the catalogues. Field values are
 * checked one by one with their zod schemas; the cross-field checks (required answers,
 * contradictions, dates after the evaluation date) run as a second pass over the values that
 * parsed, so a wrong type never hides a contradiction elsewhere.
 */
import type { $ZodIssue } from 'zod/v4/core';
import type { IsoDate } from './dates';
import { requiredFields } from './evaluate';
import {
  ARRAY_FIELDS,
  CASE_FILE_VERSIONS,
  DATE_FIELDS,
  NUMBER_RANGES,
  V2_FIELDS,
  fieldSchemaFor,
  isFieldId,
  type Answers,
  type CaseFileVersion,
  type FieldId,
} from './fields';
import { PARAMETERS, only } from './parameters';
import { peopleInApplication } from './predicates';

export const CASE_FILE_FORMAT = 'hc-case';
/** The version the project writes; every place that wraps answers into a case file takes it from here. */
export const CASE_FILE_VERSION = 2 satisfies CaseFileVersion;
/** The first evaluation date the engine knows the law of (IRPA came into force). */
export const EARLIEST_EVALUATION_DATE: IsoDate = only(PARAMETERS.irpaInForce);

export type ProblemCode =
  | 'not-an-object'
  | 'wrong-format'
  | 'wrong-version'
  | 'answers-not-an-object'
  | 'unknown-field'
  | 'null-value'
  | 'wrong-type'
  | 'not-a-whole-number'
  | 'invalid-value'
  | 'out-of-range'
  | 'invalid-date'
  | 'date-too-early'
  | 'duplicate'
  | 'required'
  | 'date-after-as-of'
  | 'removed-but-in-canada'
  | 'order-in-canada-but-outside'
  | 'child-harm-without-children-affected'
  | 'unsure-with-grounds'
  | 'biometrics-exempt-above-people'
  | 'as-of-before-law';

/**
 * The problems of answers each valid on its own that do not fit together, or do not fit the
 * evaluation date (spec/case-file.md §1, "Contradictions"). The wizard settles them by asking one
 * of the answers again instead of refusing every answer; "Open case file" and the assessor refuse them.
 */
export const CROSS_FIELD_PROBLEMS: ReadonlySet<ProblemCode> = new Set<ProblemCode>([
  'removed-but-in-canada',
  'order-in-canada-but-outside',
  'child-harm-without-children-affected',
  'unsure-with-grounds',
  'biometrics-exempt-above-people',
  'date-after-as-of',
]);

export interface Problem {
  code: ProblemCode;
  /** where, as written in the file: `answers.hardships[2]` */
  path: string;
  /** the answer fields involved (every one, for a contradiction) */
  fields: FieldId[];
  params?: Record<string, string | number>;
}

export interface CaseFile {
  format: typeof CASE_FILE_FORMAT;
  version: CaseFileVersion;
  answers: Answers;
}

export type CaseFileCheck =
  { ok: true; caseFile: CaseFile; missing: FieldId[] } | { ok: false; problems: Problem[]; missing: FieldId[] };

export type CheckMode = 'complete' | 'unfinished';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'number',
  int: 'whole-number',
  boolean: 'true-or-false',
  array: 'list',
};

/** A short, printable rendering of a value someone wrote, for messages. */
export function shownValue(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** A key someone wrote, escaped and cut short for messages. */
function keyText(key: string): string {
  const text = JSON.stringify(key).slice(1, -1);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

const rangeOf = (field: FieldId) => NUMBER_RANGES[field] ?? { min: 0, max: 0 };

/** The problem's parameters for a date before the earliest allowed entry date (one helper for every reader). */
export function dateTooEarlyParams(): { after: IsoDate } {
  return { after: only(PARAMETERS.refugeeOneYearEntriesAfter) };
}

function issueToProblem(field: FieldId, value: unknown, issue: $ZodIssue): Problem {
  const index = issue.path.length > 0 ? `[${String(issue.path[0])}]` : '';
  const path = `answers.${field}${index}`;
  const at = issue.path.length > 0 && Array.isArray(value) ? value[Number(issue.path[0])] : value;
  const base = { path, fields: [field] };
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'int' && typeof at === 'number')
        return { ...base, code: 'not-a-whole-number', params: { value: shownValue(at) } };
      return {
        ...base,
        code: 'wrong-type',
        params: { expected: TYPE_NAMES[issue.expected] ?? issue.expected, value: shownValue(at) },
      };
    case 'invalid_value':
      return {
        ...base,
        code: 'invalid-value',
        params: { value: shownValue(at), allowed: issue.values.map(String).join(', ') },
      };
    case 'too_small':
    case 'too_big':
      return { ...base, code: 'out-of-range', params: { value: shownValue(at), ...rangeOf(field) } };
    default: {
      const code = issue.message === 'date-too-early' ? 'date-too-early' : 'invalid-date';
      const params: Record<string, string> = { value: shownValue(at) };
      if (code === 'date-too-early') Object.assign(params, dateTooEarlyParams());
      return { ...base, code, params };
    }
  }
}

/** First pass: each field on its own. Returns the values that parsed. */
function checkFields(answers: Record<string, unknown>, version: CaseFileVersion, problems: Problem[]): Answers {
  const valid: Record<string, unknown> = {};
  for (const key of Object.keys(answers)) {
    const value = answers[key];
    if (!isFieldId(key) || (version === 1 && V2_FIELDS.includes(key))) {
      problems.push({ code: 'unknown-field', path: `answers.${keyText(key)}`, fields: [] });
      continue;
    }
    if (value === null) {
      problems.push({ code: 'null-value', path: `answers.${key}`, fields: [key] });
      continue;
    }
    const parsed = fieldSchemaFor(key, version).safeParse(value);
    if (!parsed.success) {
      problems.push(...parsed.error.issues.map((issue) => issueToProblem(key, value, issue)));
      continue;
    }
    if (ARRAY_FIELDS.includes(key) && new Set(value as unknown[]).size !== (value as unknown[]).length) {
      problems.push({ code: 'duplicate', path: `answers.${key}`, fields: [key] });
      continue;
    }
    if (key === 'inadmissibility' && (value as string[]).includes('unsure') && (value as string[]).length > 1) {
      problems.push({ code: 'unsure-with-grounds', path: `answers.${key}`, fields: [key] });
      continue;
    }
    valid[key] = parsed.data;
  }
  return valid as Answers;
}

/** Second pass: contradictions and dates, over the values that parsed. */
function checkAcrossFields(answers: Record<string, unknown>, valid: Answers, asOf: IsoDate, problems: Problem[]): void {
  if (valid.removal === 'removed' && valid.location === 'in-canada') {
    problems.push({ code: 'removed-but-in-canada', path: 'answers.removal', fields: ['removal', 'location'] });
  }
  if (valid.removal === 'order-in-canada' && valid.location === 'outside-canada') {
    problems.push({ code: 'order-in-canada-but-outside', path: 'answers.removal', fields: ['removal', 'location'] });
  }
  const childrenAffectedUnreadable = Object.hasOwn(answers, 'childrenAffected') && valid.childrenAffected === undefined;
  if (valid.childHarm !== undefined && valid.childrenAffected !== true && !childrenAffectedUnreadable) {
    problems.push({
      code: 'child-harm-without-children-affected',
      path: 'answers.childHarm',
      fields: ['childHarm', 'childrenAffected'],
    });
  }
  const people = peopleInApplication(valid);
  if (valid.biometricsExempt !== undefined && valid.biometricsExempt > people) {
    problems.push({
      code: 'biometrics-exempt-above-people',
      path: 'answers.biometricsExempt',
      fields: ['biometricsExempt', 'spouseIncluded', 'dependentChildren'],
      params: { value: valid.biometricsExempt, people },
    });
  }
  for (const field of DATE_FIELDS) {
    const date = valid[field] as IsoDate | undefined;
    if (date !== undefined && date > asOf) {
      problems.push({
        code: 'date-after-as-of',
        path: `answers.${field}`,
        fields: [field],
        params: { value: date, asOf },
      });
    }
  }
}

/**
 * Checks a parsed JSON value as a case file on the evaluation date `asOf`. In `complete` mode a
 * missing required answer is a problem; in `unfinished` mode (the wizard's save and open) missing
 * answers are only listed in `missing`, and every other problem still rejects the file.
 */
export function checkCaseFile(input: unknown, asOf: IsoDate, mode: CheckMode = 'complete'): CaseFileCheck {
  if (!isPlainObject(input))
    return { ok: false, problems: [{ code: 'not-an-object', path: '', fields: [] }], missing: [] };
  const problems: Problem[] = [];
  if (input.format !== CASE_FILE_FORMAT)
    problems.push({ code: 'wrong-format', path: 'format', fields: [], params: { value: shownValue(input.format) } });
  const version = CASE_FILE_VERSIONS.find((v) => v === input.version);
  if (version === undefined)
    problems.push({ code: 'wrong-version', path: 'version', fields: [], params: { value: shownValue(input.version) } });
  if (asOf < EARLIEST_EVALUATION_DATE)
    problems.push({
      code: 'as-of-before-law',
      path: 'asOf',
      fields: [],
      params: { value: asOf, date: EARLIEST_EVALUATION_DATE },
    });
  const answers = input.answers;
  if (!isPlainObject(answers)) {
    problems.push({ code: 'answers-not-an-object', path: 'answers', fields: [] });
    return { ok: false, problems, missing: [] };
  }
  // A file of an unknown version is still checked as the newest, so every problem is reported at once.
  const read = version ?? CASE_FILE_VERSION;
  const valid = checkFields(answers, read, problems);
  checkAcrossFields(answers, valid, asOf, problems);
  const missing = requiredFields(valid, asOf, read).filter((field) => answers[field] === undefined);
  if (mode === 'complete') {
    problems.push(
      ...missing.map((field): Problem => ({ code: 'required', path: `answers.${field}`, fields: [field] })),
    );
  }
  if (problems.length > 0) return { ok: false, problems, missing };
  return { ok: true, caseFile: { format: CASE_FILE_FORMAT, version: read, answers: valid }, missing };
}

/** Checks answers held by the project itself (the wizard's store, a what-if) as a case file of the version it writes. */
export function checkAnswers(answers: unknown, asOf: IsoDate, mode: CheckMode): CaseFileCheck {
  return checkCaseFile({ format: CASE_FILE_FORMAT, version: CASE_FILE_VERSION, answers }, asOf, mode);
}
