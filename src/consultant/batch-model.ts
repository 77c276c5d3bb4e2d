/**
 * Re-checking many case files at once: each file is read exactly as "Open case file" reads it,
 * assessed on the day of the check, and set beside the result it was saved with (its top-level
 * `result`, checked as untrusted input). One row per file: assessed, unfinished (it can still be
 * opened, at its first unanswered question) or refused, with the problems that refused it.
 */
import {
  MAX_CASE_FILE_BYTES,
  RULES_VERSION,
  assess,
  checkAnswers,
  parseCaseFileText,
  readStoredResult,
  storedResultOf,
  type FieldId,
  type IsoDate,
  type StoredResult,
} from '../rules';
import { readCaseFile, type OpenProblem, type OpenResult } from '../wizard/case-file-io';

/** What opening the file in the wizard needs: the same reading as "Open case file". */
export type Opened = Extract<OpenResult, { ok: true }>;

/** A problem that stops a file from being assessed; a file the browser could not read is one more. */
export type BatchProblem = OpenProblem | { code: 'unreadable-file'; path: ''; fields: []; params: { reason: string } };

/** The part of a result the table compares: the outcome, the earliest date and the fees' total. */
export type Summary = Pick<StoredResult, 'outcome' | 'earliestApplicationDate' | 'feesTotal'>;

interface RowBase {
  /** the file's place in the batch as chosen, the order when nothing else decides */
  index: number;
  fileName: string;
}

export type BatchRow = RowBase &
  (
    | {
        kind: 'assessed';
        reference: string | null;
        savedOn: IsoDate | null;
        /** the result stored in the file, or null when it holds none (or none that is valid) */
        stored: Summary | null;
        now: Summary;
        /** null: no earlier result to compare with */
        changed: boolean | null;
        opened: Opened;
      }
    | { kind: 'unfinished'; reference: string | null; savedOn: IsoDate | null; missing: FieldId[]; opened: Opened }
    | { kind: 'refused'; problems: BatchProblem[] }
  );

export const sameSummary = (a: Summary, b: Summary): boolean =>
  a.outcome === b.outcome && a.earliestApplicationDate === b.earliestApplicationDate && a.feesTotal === b.feesTotal;

const summaryOf = ({ outcome, earliestApplicationDate, feesTotal }: StoredResult): Summary => ({
  outcome,
  earliestApplicationDate,
  feesTotal,
});

/** The stored result of a file already read and checked (so its text parses), or null. */
function storedSummary(text: string): Summary | null {
  const parsed = parseCaseFileText(text);
  if (!parsed.ok || typeof parsed.value !== 'object' || parsed.value === null) return null;
  const stored = readStoredResult((parsed.value as Record<string, unknown>).result);
  return stored && summaryOf(stored);
}

/**
 * One file's row. `text` is the file's text, or null when it was not read: a file over the limit is
 * refused on its size alone (`byteSize`), before anything reads it.
 */
export function batchRowOf(
  index: number,
  fileName: string,
  text: string | null,
  byteSize: number,
  today: IsoDate,
): BatchRow {
  const read = readCaseFile(byteSize > MAX_CASE_FILE_BYTES ? '' : (text ?? ''), byteSize, today);
  if (!read.ok) return { index, fileName, kind: 'refused', problems: read.problems };
  const reference = read.notes?.clientReference || null;
  const savedOn = read.opened.savedAt ?? null;
  const check = checkAnswers(read.progress.answers, today, 'complete');
  if (!check.ok && check.missing.length === 0) return { index, fileName, kind: 'refused', problems: check.problems };
  if (!check.ok)
    return { index, fileName, kind: 'unfinished', reference, savedOn, missing: check.missing, opened: read };
  const now = summaryOf(storedResultOf(assess(check.caseFile, today), RULES_VERSION));
  const stored = storedSummary(text ?? '');
  const changed = stored === null ? null : !sameSummary(stored, now);
  return { index, fileName, kind: 'assessed', reference, savedOn, stored, now, changed, opened: read };
}

/** The row of a file the browser failed to read (moved or deleted since it was chosen). */
export function unreadableRow(index: number, fileName: string, reason: string): BatchRow {
  return {
    index,
    fileName,
    kind: 'refused',
    problems: [{ code: 'unreadable-file', path: '', fields: [], params: { reason } }],
  };
}
