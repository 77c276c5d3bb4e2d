/**
 * Each step's form schema, derived from the engine's field schemas (one source of truth): the
 * form's raw values (radio strings, checkbox lists, day/month/year boxes, typed numbers) are
 * turned into answer values, then checked by the engine's own schema for that field. Given the
 * answers already stored, a step also knows which of its questions an answer on the same page
 * reveals (only those are checked and kept) and the limits that depend on other answers (no more
 * people exempt from biometrics than people in the application). Errors are catalogue keys; the
 * step page turns them into words.
 */
import * as z from 'zod/mini';
import {
  NUMBER_RANGES, dateTooEarlyParams, fieldSchemas, isIsoDate, peopleInApplication,
  type Answers, type FieldId,
} from '../rules';
import { isAsked, type Question } from '../questions/catalogue';

export interface DateParts { day: string; month: string; year: string }
export type FormValue = string | string[] | DateParts;
export type FormValues = Record<string, FormValue>;

/** An error: a catalogue key and the values it needs. */
export interface FormError { key: string; params?: Record<string, string | number> }

const pad = (s: string, n: number) => s.trim().padStart(n, '0');

export function toFormValue(question: Question, value: Answers[FieldId]): FormValue {
  switch (question.kind) {
    case 'boolean': return value === undefined ? '' : String(value);
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
    case 'number': return value === undefined ? '' : String(value);
    default: return typeof value === 'string' ? value : '';
  }
}

type Converted = { ok: true; value: Answers[FieldId] | undefined } | { ok: false; error: FormError };

function fail(key: string, params?: FormError['params']): Converted {
  return { ok: false, error: params ? { key, params } : { key } };
}

function convertDate(question: Question, raw: DateParts, today: string): Converted {
  const parts = [raw.day, raw.month, raw.year].map((p) => (p ?? '').trim());
  if (parts.every((p) => p === '')) return question.optional ? { ok: true, value: undefined } : fail('error.enter-date');
  if (parts.some((p) => p === '')) return fail('error.date-incomplete');
  if (parts.some((p) => !/^\d+$/.test(p)) || parts[2]?.length !== 4) return fail('error.date-invalid');
  const iso = `${parts[2]}-${pad(parts[1] as string, 2)}-${pad(parts[0] as string, 2)}`;
  if (!isIsoDate(iso)) return fail('error.date-invalid');
  if (iso > today) return fail('error.date-future');
  return { ok: true, value: iso };
}

function convertNumber(question: Question, raw: string): Converted {
  const text = raw.trim().replace(',', '.');
  if (text === '') return question.optional ? { ok: true, value: undefined } : fail('error.enter-number');
  if (!/^\d+(\.\d+)?$/.test(text)) return fail(question.kind === 'integer' ? 'error.whole-number' : 'error.enter-number');
  return { ok: true, value: Number(text) };
}

function convertMulti(question: Question, raw: string[]): Converted {
  const chosen = raw.filter(Boolean);
  if (chosen.length === 0) return fail('error.choose-at-least-one');
  const exclusive = chosen.find((v) => (question.exclusiveOptions as readonly string[] | undefined)?.includes(v));
  if (exclusive && chosen.length > 1) return fail('error.exclusive-alone', { option: exclusive });
  if (exclusive === 'none') return { ok: true, value: [] };
  return { ok: true, value: chosen as Answers['hardships'] };
}

/** Turns one question's raw form value into its answer (undefined: left empty), or an error. */
export function convert(question: Question, raw: FormValue | undefined, today: string): Converted {
  switch (question.kind) {
    case 'date': return convertDate(question, (raw ?? {}) as DateParts, today);
    case 'integer':
    case 'number': return convertNumber(question, typeof raw === 'string' ? raw : '');
    case 'multi': return convertMulti(question, Array.isArray(raw) ? raw : []);
    case 'boolean': return raw === 'true' || raw === 'false' ? { ok: true, value: raw === 'true' } : fail('error.choose-one');
    default: return typeof raw === 'string' && raw !== '' ? { ok: true, value: raw as Answers[FieldId] } : fail('error.choose-one');
  }
}

/** The most a number may be given the other answers, when they limit it (and the error that says so). */
function limitFor(question: Question, answers: Answers | undefined): { max: number; error: FormError } | undefined {
  if (question.field !== 'biometricsExempt' || answers === undefined) return undefined;
  const people = peopleInApplication(answers);
  return { max: people, error: { key: 'error.biometrics-above-people', params: { people } } };
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
  if (issue?.message === 'date-too-early') return { key: 'error.date-too-early', params: { date: dateTooEarlyParams().after } };
  if (question.kind === 'date') return { key: 'error.date-invalid' };
  return { key: 'error.choose-one' };
}

/** One question's error for its raw form value, or undefined when the value is a valid answer (or left empty). */
function questionError(question: Question, raw: unknown, today: string, answers: Answers | undefined): FormError | undefined {
  const converted = convert(question, raw as FormValue, today);
  if (!converted.ok) return converted.error;
  return converted.value === undefined ? undefined : engineError(question, converted.value, answers);
}

/** The stored answers as this form would change them: its valid values in, its empty or invalid ones out. */
export function liveAnswers(questions: readonly Question[], values: FormValues, today: string, answers: Answers): Answers {
  const live: Record<string, unknown> = { ...answers };
  for (const q of questions) {
    const converted = convert(q, values[q.field], today);
    live[q.field] = converted.ok && questionError(q, values[q.field], today, answers) === undefined ? converted.value : undefined;
    if (live[q.field] === undefined) delete live[q.field];
  }
  return live as Answers;
}

/**
 * The questions of a step shown for these form values: those asked given the stored answers and
 * what the form says now (a question revealed by an answer on the same page). Without stored
 * answers (a single question on its own), every question given.
 */
export function shownQuestions(questions: readonly Question[], values: FormValues, today: string, answers: Answers | undefined): Question[] {
  if (answers === undefined) return [...questions];
  const live = liveAnswers(questions, values, today, answers);
  return questions.filter((q) => isAsked(q, live));
}

/**
 * The zod schema of a step's raw values: each shown question converted, then checked by the
 * engine's schema (and any limit the stored `answers` set). Hidden questions are not checked.
 */
export function stepSchema(questions: readonly Question[], today: string, answers?: Answers) {
  return z.object(Object.fromEntries(questions.map((q) => [q.field, z.any()]))).check(z.superRefine((values, ctx) => {
    for (const q of shownQuestions(questions, values as FormValues, today, answers)) {
      const error = questionError(q, (values as FormValues)[q.field], today, answers);
      if (error) ctx.issues.push({ code: 'custom', message: JSON.stringify(error), input: (values as FormValues)[q.field], path: [q.field] });
    }
  }));
}

/**
 * The answers a valid form gives: a value for each shown question (undefined for an optional answer
 * left empty), and undefined for a question the form hides, so its old answer goes.
 */
export function formToAnswers(questions: readonly Question[], values: FormValues, today: string, answers?: Answers): Partial<Answers> {
  const shown = shownQuestions(questions, values, today, answers);
  const result: Record<string, unknown> = {};
  for (const q of questions) {
    const converted = convert(q, values[q.field], today);
    if (!shown.includes(q)) result[q.field] = undefined;
    else if (converted.ok) result[q.field] = converted.value;
  }
  return result as Partial<Answers>;
}
