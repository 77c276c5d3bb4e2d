/**
 * Each step's form schema, derived from the engine's field schemas (one source of truth): the
 * form's raw values (radio strings, checkbox lists, day/month/year boxes, typed numbers) are
 * turned into answer values, then checked by the engine's own schema for that field. Errors are
 * catalogue keys; the step page turns them into words.
 */
import * as z from 'zod/mini';
import {
  MAX_DEPENDENT_CHILDREN, MAX_YEARS_IN_CANADA, fieldSchemas, isIsoDate, lawDates, only,
  type Answers, type FieldId,
} from '../rules';
import type { Question } from '../questions/catalogue';

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
  if (text === '') return fail('error.enter-number');
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

/** The engine's verdict on a converted value, as a form error. */
function engineError(question: Question, value: unknown): FormError | undefined {
  const result = fieldSchemas[question.field].safeParse(value);
  if (result.success) return undefined;
  const issue = result.error.issues[0];
  if (issue?.code === 'too_small' || issue?.code === 'too_big') {
    return { key: 'error.number-range', params: { min: 0, max: question.field === 'dependentChildren' ? MAX_DEPENDENT_CHILDREN : MAX_YEARS_IN_CANADA } };
  }
  if (issue?.code === 'invalid_type' && question.kind === 'integer') return { key: 'error.whole-number' };
  if (issue?.message === 'date-too-early') return { key: 'error.date-too-early', params: { date: only(lawDates.refugeeOneYearEntriesAfter) } };
  if (question.kind === 'date') return { key: 'error.date-invalid' };
  return { key: 'error.choose-one' };
}

/** The zod schema of one question's raw value: convert, then the engine's schema. */
export function questionSchema(question: Question, today: string) {
  return z.any().check(z.superRefine((raw: unknown, ctx) => {
    const converted = convert(question, raw as FormValue, today);
    const error = converted.ok
      ? (converted.value === undefined ? undefined : engineError(question, converted.value))
      : converted.error;
    if (error) ctx.issues.push({ code: 'custom', message: JSON.stringify(error), input: raw, path: [] });
  }));
}

export function stepSchema(questions: readonly Question[], today: string) {
  return z.object(Object.fromEntries(questions.map((q) => [q.field, questionSchema(q, today)])));
}

/** The answers a valid form gives (undefined for an optional answer left empty). */
export function formToAnswers(questions: readonly Question[], values: FormValues, today: string): Partial<Answers> {
  const answers: Record<string, unknown> = {};
  for (const q of questions) {
    const converted = convert(q, values[q.field], today);
    if (converted.ok) answers[q.field] = converted.value;
  }
  return answers as Partial<Answers>;
}
