/**
 * Case files in and out of the wizard: "Save case file" writes the contract's JSON (finished or
 * not) with `savedAt` and `rulesVersion`; "Open case file" reads one through the engine's checks,
 * accepting only missing answers, and says where it came from. A rejected file changes nothing.
 * A consultant's notes travel as the top-level `notes` (never inside `answers`); notes that are not
 * valid are left out and counted, and never stop the answers from opening.
 */
import {
  CASE_FILE_FORMAT, CASE_FILE_VERSION, MAX_CASE_FILE_BYTES, RULES_VERSION, checkCaseFile, isIsoDate, parseCaseFileText,
  type Answers, type Problem,
} from '../rules';
import { readNotes, type Notes } from '../consultant/notes';
import { seenForOpened, type Progress } from './journey';
import type { OpenedFrom } from './store';

export interface SavedCaseFile {
  format: typeof CASE_FILE_FORMAT;
  version: typeof CASE_FILE_VERSION;
  savedAt: string;
  rulesVersion: string;
  answers: Answers;
  notes?: Notes;
}

export function caseFileOf(answers: Answers, today: string, notes?: Notes): SavedCaseFile {
  const file: SavedCaseFile = { format: CASE_FILE_FORMAT, version: CASE_FILE_VERSION, savedAt: today, rulesVersion: RULES_VERSION, answers };
  return notes ? { ...file, notes } : file;
}

/** A problem that stops a file from being opened: the engine's, or one about the file itself. */
export type OpenProblem = Problem | { code: 'too-large' | 'not-json' | 'too-deep'; path: ''; fields: [] };

export type OpenResult =
  | { ok: true; progress: Progress; opened: OpenedFrom; complete: boolean; notes?: Notes; notesIgnored: number }
  | { ok: false; problems: OpenProblem[] };

export function readCaseFile(text: string, byteSize: number, today: string): OpenResult {
  if (byteSize > MAX_CASE_FILE_BYTES) return { ok: false, problems: [{ code: 'too-large', path: '', fields: [] }] };
  const parsed = parseCaseFileText(text);
  if (!parsed.ok) return { ok: false, problems: [{ code: parsed.problem, path: '', fields: [] }] };
  const check = checkCaseFile(parsed.value, today, 'unfinished');
  if (!check.ok) return { ok: false, problems: check.problems };
  const { savedAt, rulesVersion, notes } = parsed.value as Record<string, unknown>;
  const opened: OpenedFrom = {};
  if (isIsoDate(savedAt)) opened.savedAt = savedAt;
  if (typeof rulesVersion === 'string') opened.rulesVersion = rulesVersion.slice(0, 40);
  const answers = check.caseFile.answers;
  const read = readNotes(notes);
  return {
    ok: true, progress: { answers, seen: seenForOpened(answers) }, opened, complete: check.missing.length === 0,
    notes: read.notes, notesIgnored: read.ignored,
  };
}
