/**
 * What the re-check table says in each cell, in the page's language: the outcome's words, dates and
 * amounts as the language writes them (each day written once and reused: a batch repeats them),
 * and why a file was not assessed, in the words "Open case file" uses for the same problems.
 */
import { formatDate, formatMoney } from '../i18n/locale';
import type { Translate } from '../i18n/i18n';
import { problemMessage, type ProblemCatalogue } from '../i18n/problem-text';
import type { Lang } from '../i18n/shell';
import type { IsoDate, Outcome, Problem } from '../rules';
import type { BatchProblem, BatchRow } from './batch-model';
import type { ConsultantTranslate } from './consultant-i18n';
import { earliestText } from './earliest-words';

/** At most this many problems are named for one file; the rest are counted. */
const PROBLEMS_NAMED = 3;

export interface BatchWords {
  outcome: (outcome: Outcome) => string;
  /** the earliest date of a result, or what its absence means for that outcome */
  earliest: (result: { outcome: Outcome; earliestApplicationDate: IsoDate | null }) => string;
  fees: (total: number | null) => string;
  reference: (reference: string | null) => string;
  savedOn: (iso: IsoDate | null) => string;
  changed: (row: BatchRow) => string;
  /** why the file was not assessed, one sentence per line; none for an assessed file */
  reasons: (row: BatchRow) => string[];
}

function memo<K, V>(compute: (key: K) => V): (key: K) => V {
  const seen = new Map<K, V>();
  return (key) => {
    if (!seen.has(key)) seen.set(key, compute(key));
    return seen.get(key) as V;
  };
}

export function batchWords(t: Translate, ct: ConsultantTranslate, lang: Lang, problems: ProblemCatalogue): BatchWords {
  const day = memo((iso: IsoDate) => formatDate(iso, lang));
  const where = (p: BatchProblem) =>
    p.fields.length > 0 ? p.fields.map((f) => t(`q.${f}.short`)).join(', ') : p.path || t('answers.open.file');
  const line = (p: BatchProblem) =>
    ct('consultant.batch.problem', { where: where(p), problem: problemMessage(p as Problem, problems) });
  return {
    outcome: (outcome) => t(`results.outcome.${outcome}`),
    earliest: (result) =>
      result.earliestApplicationDate ? day(result.earliestApplicationDate) : earliestText(ct, lang, result),
    fees: memo((total: number | null) => (total === null ? ct('consultant.batch.no-total') : formatMoney(total, lang))),
    reference: (reference) => reference ?? ct('consultant.batch.no-reference'),
    savedOn: (iso) => (iso ? day(iso) : ct('consultant.batch.unknown')),
    changed: (row) => {
      if (row.kind === 'refused') return ct('consultant.batch.not-assessed');
      if (row.kind === 'unfinished') return ct('consultant.batch.unfinished-tag');
      if (row.changed === null) return ct('consultant.batch.no-earlier');
      return ct(row.changed ? 'consultant.batch.changed' : 'consultant.batch.same');
    },
    reasons: (row) => {
      if (row.kind === 'assessed') return [];
      if (row.kind === 'unfinished') {
        // A file saved complete before questions were added is not unfinished work: say which it lacks.
        const onlyNew = row.missing.every((field) => row.opened.newQuestions.includes(field));
        const params = { count: row.missing.length, question: t(`q.${row.missing[0]!}.short`) };
        return [ct(onlyNew ? 'consultant.batch.new-questions' : 'consultant.batch.unfinished', params)];
      }
      const named = row.problems.slice(0, PROBLEMS_NAMED).map(line);
      const more = row.problems.length - named.length;
      return more > 0 ? [...named, ct('consultant.batch.more', { count: more })] : named;
    },
  };
}

/**
 * The table as CSV records: a header, then one record per row, "then" and "now" in columns of their
 * own. Days stay ISO and totals plain numbers, as a spreadsheet sorts and sums them.
 */
export function csvRecords(rows: readonly BatchRow[], words: BatchWords, ct: ConsultantTranslate): string[][] {
  const header = (
    [
      'file',
      'reference',
      'saved',
      'outcome-then',
      'outcome-now',
      'earliest-then',
      'earliest-now',
      'fees-then',
      'fees-now',
      'changed',
      'problem',
    ] as const
  ).map((column) => ct(`consultant.batch.col.${column}`));
  const text = (value: string | number | null | undefined) =>
    value === null || value === undefined ? '' : String(value);
  const records = rows.map((row) => {
    if (row.kind === 'refused')
      return [row.fileName, '', '', '', '', '', '', '', '', words.changed(row), words.reasons(row).join('\n')];
    const { reference, savedOn } = row;
    const first = [row.fileName, text(reference), text(savedOn)];
    if (row.kind === 'unfinished')
      return [...first, '', '', '', '', '', '', words.changed(row), words.reasons(row).join('\n')];
    const { stored, now } = row;
    return [
      ...first,
      stored ? words.outcome(stored.outcome) : '',
      words.outcome(now.outcome),
      text(stored?.earliestApplicationDate),
      text(now.earliestApplicationDate),
      text(stored?.feesTotal),
      text(now.feesTotal),
      words.changed(row),
      '',
    ];
  });
  return [header, ...records];
}
