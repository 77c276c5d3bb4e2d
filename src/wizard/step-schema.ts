/**
 * Each question's raw form value turned into its answer and checked, once, with the engine's own
 * schema for that field (one source of truth): radio strings, checkbox lists, day/month/year boxes
 * and typed numbers become answer values, then the engine's schema for the field decides. Given the
 * answers already stored, a step also knows which of its questions an answer on the same page
 * reveals (only those are checked and kept) and the limits that depend on other answers (no more
 * people exempt from biometrics than people in the application, the error naming the question that
 * sets the limit). A choice that would contradict an earlier answer is not offered at all
 * (`offeredQuestions`: no removal order "in Canada" to a person outside it). `checkStep` gives a
 * step's answers or its errors; the step form's resolver (use-step-form.ts) hands them to the page.
 * Errors are catalogue keys with their values; the form turns them into words.
 */
import {
  CROSS_FIELD_PROBLEMS,
  NUMBER_RANGES,
  checkAnswers,
  dateTooEarlyParams,
  fieldSchemas,
  isIsoDate,
  peopleInApplication,
  type Answers,
  type FieldId,
  type IsoDate,
} from '../rules';
import type { CatalogueKey } from '../i18n/catalogue';
import { isAsked, type Question } from '../questions/catalogue';

export interface DateParts {
  day: string;
  month: string;
  year: string;
}
export type FormValue = string | string[] | DateParts;
/** The raw values of a step's form, by the field each question answers. */
export type FormValues = { [F in FieldId]?: FormValue };

/**
 * The answers a step gives: a value for each question it shows (undefined for an optional one left
 * empty), and undefined for each question it hides, so that question's old answer goes.
 */
export type StepAnswers = { [F in FieldId]?: Answers[F] | undefined };

/** An error: a catalogue key and the values it needs, and the earlier question it clashes with, if any. */
export interface FormError {
  key: Extract<CatalogueKey, `error.${string}`>;
  params?: Record<string, string | number>;
  other?: FieldId;
}

/** A question's raw value as its answer (undefined: left empty), or the error that says why it is not one. */
export type Checked = { ok: true; value: Answers[FieldId] | undefined } | { ok: false; error: FormError };

const pad = (s: string, n: number) => s.trim().padStart(n, '0');

export function toFormValue(question: Question, value: Answers[FieldId]): FormValue {
  switch (question.kind) {
    case 'boolean':
      return value === undefined ? '' : String(value);
    case 'multi': {
      if (value === undefined) return [];
      const list = value as string[];
      return list.length === 0 ? ['none'] : [...list];
    }
    case 'date': {
      if (typeof value !== 'string') return { day: '', month: '', year: '' };
      const [year = '', month = '', day = ''] = value.split('-');
      return { day: String(Number(day)), month: String(Number(month)), year };
    }
    case 'integer':
    case 'number':
      return value === undefined ? '' : String(value);
    default:
      return typeof value === 'string' ? value : '';
  }
}

function fail(key: FormError['key'], params?: FormError['params']): Checked {
  return { ok: false, error: params ? { key, params } : { key } };
}

/** Month names in both languages, without accents: a typed month is one when it starts one of them. */
const MONTH_NAMES = [
  ['january', 'janvier'],
  ['february', 'fevrier'],
  ['march', 'mars'],
  ['april', 'avril'],
  ['may', 'mai'],
  ['june', 'juin'],
  ['july', 'juillet'],
  ['august', 'aout'],
  ['september', 'septembre'],
  ['october', 'octobre'],
  ['november', 'novembre'],
  ['december', 'decembre'],
];

/**
 * A month typed as a number, or as a name or its short form in English or French ("mars", "Sept.",
 * "déc"): the month's number, or the text itself when no single month starts with it.
 */
export function monthNumber(text: string): string {
  const typed = text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f.]/g, '');
  if (!/^[a-z]{3,}$/.test(typed)) return text;
  const months = MONTH_NAMES.flatMap((names, i) => (names.some((n) => n.startsWith(typed)) ? [i + 1] : []));
  return months.length === 1 ? String(months[0]) : text;
}

function convertDate(question: Question, raw: DateParts, today: string): Checked {
  const parts = [raw.day, raw.month, raw.year].map((p) => (p ?? '').trim());
  if (parts.every((p) => p === ''))
    return question.optional ? { ok: true, value: undefined } : fail('error.enter-date');
  if (parts.some((p) => p === '')) return fail('error.date-incomplete');
  parts[1] = monthNumber(parts[1] as string);
  if (parts.some((p) => !/^\d+$/.test(p))) return fail('error.date-invalid');
  if (parts[2]?.length !== 4) return fail('error.date-year-digits');
  const iso = `${parts[2]}-${pad(parts[1] as string, 2)}-${pad(parts[0] as string, 2)}`;
  if (!isIsoDate(iso)) return fail('error.date-invalid');
  if (iso > today) return fail('error.date-future');
  return { ok: true, value: iso };
}

function convertNumber(question: Question, raw: string): Checked {
  const text = raw.trim().replace(',', '.');
  if (text === '') return question.optional ? { ok: true, value: undefined } : fail('error.enter-number');
  if (/^-\s*\d+(\.\d+)?$/.test(text)) return fail('error.number-negative');
  if (!/^\d+(\.\d+)?$/.test(text))
    return fail(question.kind === 'integer' ? 'error.whole-number' : 'error.enter-number');
  return { ok: true, value: Number(text) };
}

function convertMulti(question: Question, raw: string[]): Checked {
  const chosen = raw.filter(Boolean);
  if (chosen.length === 0) return fail('error.choose-at-least-one', { option: 'none' });
  const exclusive = chosen.find((v) => (question.exclusiveOptions as readonly string[] | undefined)?.includes(v));
  if (exclusive && chosen.length > 1)
    return fail(exclusive === 'unsure' ? 'error.unsure-with-grounds' : 'error.exclusive-alone', { option: exclusive });
  if (exclusive === 'none') return { ok: true, value: [] };
  return { ok: true, value: chosen as Answers['hardships'] };
}

/** Turns one question's raw form value into its answer (undefined: left empty), or an error. */
export function convert(question: Question, raw: FormValue | undefined, today: string): Checked {
  switch (question.kind) {
    case 'date':
      return convertDate(question, (raw ?? {}) as DateParts, today);
    case 'integer':
    case 'number':
      return convertNumber(question, typeof raw === 'string' ? raw : '');
    case 'multi':
      return convertMulti(question, Array.isArray(raw) ? raw : []);
    case 'boolean':
      return raw === 'true' || raw === 'false' ? { ok: true, value: raw === 'true' } : fail('error.choose-one');
    default:
      return typeof raw === 'string' && (question.options ?? []).includes(raw)
        ? { ok: true, value: raw as Answers[FieldId] }
        : fail('error.choose-one');
  }
}

/** Whether the engine finds this choice clashing with one of the earlier answers. */
function clashes(field: FieldId, value: string, earlier: Answers, asOf: IsoDate): boolean {
  const check = checkAnswers({ ...earlier, [field]: value }, asOf, 'unfinished');
  return (
    !check.ok &&
    check.problems.some((p) => CROSS_FIELD_PROBLEMS.has(p.code) && p.fields.includes(field) && p.fields.length > 1)
  );
}

/**
 * A step's questions with only the choices that fit the answers given before it (`earlier`): a
 * choice the engine finds contradicting one of them is not offered. A question with nothing to
 * leave out is the catalogue's own.
 */
export function offeredQuestions(questions: readonly Question[], earlier: Answers, asOf: IsoDate): Question[] {
  return questions.map((q) => {
    if (q.kind !== 'choice' || !q.options) return q;
    const options = q.options.filter((value) => !clashes(q.field, value, earlier, asOf));
    return options.length === q.options.length ? q : { ...q, options };
  });
}

/** The most a number may be given the other answers, when they limit it (and the error that says so). */
function limitFor(question: Question, answers: Answers | undefined): { max: number; error: FormError } | undefined {
  if (question.field !== 'biometricsExempt' || answers === undefined) return undefined;
  const people = peopleInApplication(answers);
  return { max: people, error: { key: 'error.biometrics-above-people', params: { people }, other: 'spouseIncluded' } };
}

/** The engine's verdict on a converted value, as a form error. */
function engineError(question: Question, value: unknown, answers: Answers | undefined): FormError | undefined {
  const limit = limitFor(question, answers);
  if (limit && typeof value === 'number' && Number.isInteger(value) && value > limit.max) return limit.error;
  const result = fieldSchemas[question.field].safeParse(value);
  if (result.success) return undefined;
  const issue = result.error.issues[0];
  if (issue?.code === 'too_small' || issue?.code === 'too_big') {
    const range = NUMBER_RANGES[question.field];
    return { key: 'error.number-range', params: { min: range?.min ?? 0, max: range?.max ?? 0 } };
  }
  if (issue?.code === 'invalid_type' && question.kind === 'integer') return { key: 'error.whole-number' };
  if (issue?.message === 'date-too-early')
    return { key: 'error.date-too-early', params: { date: dateTooEarlyParams().after } };
  if (question.kind === 'date') return { key: 'error.date-invalid' };
  return { key: 'error.choose-one' };
}

/**
 * One question's raw value converted and checked by the engine's schema for its field (and any
 * limit the stored `answers` set): its answer (undefined: left empty), or its error.
 */
export function convertAndCheck(
  question: Question,
  raw: FormValue | undefined,
  asOf: IsoDate,
  answers?: Answers,
): Checked {
  const converted = convert(question, raw, asOf);
  if (!converted.ok || converted.value === undefined) return converted;
  const error = engineError(question, converted.value, answers);
  return error ? { ok: false, error } : converted;
}

type Each = readonly (readonly [Question, Checked])[];

const checkEach = (
  questions: readonly Question[],
  values: FormValues,
  asOf: IsoDate,
  answers: Answers | undefined,
): Each => questions.map((q) => [q, convertAndCheck(q, values[q.field], asOf, answers)] as const);

/** The questions shown: those asked given the stored answers with this form's valid values in (all of them alone). */
function shownOf(questions: readonly Question[], each: Each, answers: Answers | undefined): Question[] {
  if (answers === undefined) return [...questions];
  const live: Record<string, unknown> = { ...answers };
  for (const [q, checked] of each) {
    if (checked.ok && checked.value !== undefined) live[q.field] = checked.value;
    else delete live[q.field];
  }
  return questions.filter((q) => isAsked(q, live as Answers));
}

/**
 * The questions of a step shown for these form values: those asked given the stored answers and
 * what the form says now (a question revealed by an answer on the same page). Without stored
 * answers (a single question on its own), every question given.
 */
export function shownQuestions(
  questions: readonly Question[],
  values: FormValues,
  asOf: IsoDate,
  answers: Answers | undefined,
): Question[] {
  return shownOf(questions, checkEach(questions, values, asOf, answers), answers);
}

export type StepCheck = { ok: true; answers: StepAnswers } | { ok: false; errors: Partial<Record<FieldId, FormError>> };

/**
 * A step's raw values, each converted and checked once: the step's answers (see `StepAnswers`), or
 * the errors of the questions it shows, in their order. Hidden questions are not checked.
 */
export function checkStep(
  questions: readonly Question[],
  values: FormValues,
  asOf: IsoDate,
  answers?: Answers,
): StepCheck {
  const each = checkEach(questions, values, asOf, answers);
  const shown = new Set(shownOf(questions, each, answers));
  const given: StepAnswers = {};
  const errors: Partial<Record<FieldId, FormError>> = {};
  for (const [q, checked] of each) {
    if (!shown.has(q)) Object.assign(given, { [q.field]: undefined });
    else if (checked.ok) Object.assign(given, { [q.field]: checked.value });
    else errors[q.field] = checked.error;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, answers: given };
}
