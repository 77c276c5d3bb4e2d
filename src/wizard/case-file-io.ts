/**
 * Case files in and out of the wizard: "Save case file" writes the contract's JSON (finished or
 * not, of the version the engine writes) with `savedAt` and `rulesVersion`; "Open case file" reads
 * one through the engine's checks, accepting only missing answers, and says where it came from. A
 * rejected file changes nothing. A file of an earlier version is checked as that version, then
 * opened as an unfinished file of the current one: its answers are kept, and the questions the
 * current version adds that apply are asked (`newQuestions`).
 * A consultant's notes travel as the top-level `notes` (never inside `answers`); notes that are not
 * valid are left out and counted, and never stop the answers from opening.
 * A file whose answers are complete also remembers its result (the top-level `result`, decision
 * 0015); on opening, a stored result is read as untrusted input, and one that fails its check is none.
 */
import {
  CASE_FILE_FORMAT,
  CASE_FILE_VERSION,
  MAX_CASE_FILE_BYTES,
  RULES_VERSION,
  V2_FIELDS,
  assess,
  checkAnswers,
  checkCaseFile,
  isIsoDate,
  parseCaseFileText,
  readStoredResult,
  storedResultOf,
  type Answers,
  type FieldId,
  type Problem,
  type StoredResult,
} from '../rules';
import { caseFileName, downloadJson } from './download';
import { seenForOpened, type Progress } from './journey';
import { readNotes, type Notes } from './notes';
import type { OpenedFrom } from './store';

export interface SavedCaseFile {
  format: typeof CASE_FILE_FORMAT;
  version: typeof CASE_FILE_VERSION;
  savedAt: string;
  rulesVersion: string;
  answers: Answers;
  notes?: Notes;
  /** the result the answers give on `savedAt`, when they are complete */
  result?: StoredResult;
}

export function caseFileOf(answers: Answers, today: string, notes?: Notes): SavedCaseFile {
  const file: SavedCaseFile = {
    format: CASE_FILE_FORMAT,
    version: CASE_FILE_VERSION,
    savedAt: today,
    rulesVersion: RULES_VERSION,
    answers,
  };
  if (notes) file.notes = notes;
  const check = checkAnswers(answers, today, 'complete');
  if (check.ok) file.result = storedResultOf(assess(check.caseFile, today), RULES_VERSION);
  return file;
}

/** "Save case file": the answers and notes, named by the day and the client reference; gives the file's name. */
export function saveCaseFile(answers: Answers, notes: Notes | undefined, today: string): string {
  const name = caseFileName(today, notes?.clientReference);
  downloadJson(name, caseFileOf(answers, today, notes));
  return name;
}

/** A problem that stops a file from being opened: the engine's, or one about the file itself. */
export type OpenProblem =
  Problem | { code: 'too-large' | 'not-json' | 'too-deep'; path: ''; fields: []; params?: Record<string, number> };

export type OpenResult =
  | {
      ok: true;
      progress: Progress;
      opened: OpenedFrom;
      complete: boolean;
      notes?: Notes | undefined;
      notesIgnored: number;
      /** questions of the current version that a file of an earlier version did not have, and that apply */
      newQuestions: FieldId[];
    }
  | { ok: false; problems: OpenProblem[] };

export function readCaseFile(text: string, byteSize: number, today: string): OpenResult {
  // The message fills in both figures: the file's size in bytes and the limit.
  const params = { size: byteSize, limit: MAX_CASE_FILE_BYTES };
  if (byteSize > MAX_CASE_FILE_BYTES)
    return { ok: false, problems: [{ code: 'too-large', path: '', fields: [], params }] };
  const parsed = parseCaseFileText(text);
  if (!parsed.ok) return { ok: false, problems: [{ code: parsed.problem, path: '', fields: [], params }] };
  const check = checkCaseFile(parsed.value, today, 'unfinished');
  if (!check.ok) return { ok: false, problems: check.problems };
  const { savedAt, rulesVersion, notes, result } = parsed.value as Record<string, unknown>;
  const opened: OpenedFrom = {};
  if (isIsoDate(savedAt)) opened.savedAt = savedAt;
  if (typeof rulesVersion === 'string') opened.rulesVersion = rulesVersion.slice(0, 40);
  const stored = readStoredResult(result);
  if (stored) opened.result = stored;
  const answers = check.caseFile.answers;
  // Held from now on as the version the engine writes: what it requires that the file lacks.
  const { missing } = checkAnswers(answers, today, 'unfinished');
  const newQuestions = check.caseFile.version === CASE_FILE_VERSION ? [] : missing.filter((f) => V2_FIELDS.includes(f));
  const read = readNotes(notes);
  return {
    ok: true,
    progress: { answers, seen: seenForOpened(answers, today) },
    opened,
    complete: missing.length === 0,
    notes: read.notes,
    notesIgnored: read.ignored,
    newQuestions,
  };
}
