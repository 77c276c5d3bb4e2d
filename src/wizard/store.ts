/**
 * The answer store: the one place the wizard's progress lives, shared by every step's form.
 * By default it is kept in the tab's session storage only (gone when the tab closes); the person
 * may choose to keep it on this device (local storage), and forget it in one click. A damaged or
 * foreign entry is discarded with a notice instead of breaking the page; an entry whose answers only
 * clash with each other is kept, the clashing answer asked again (journey.ts `settle`); an entry of
 * an earlier format is read and kept (see `readStored`). Quick exit wipes it from memory through WIPE_EVENT.
 * A consultant's notes live in the same entry, so they are kept, forgotten and wiped with the
 * answers.
 */
import { useSyncExternalStore } from 'react';
import { localToday } from '../lib/today';
import {
  CASE_FILE_FORMAT,
  CASE_FILE_VERSION,
  CROSS_FIELD_PROBLEMS,
  checkAnswers,
  checkCaseFile,
  isIsoDate,
  readStoredResult,
  type Answers,
  type FieldId,
  type StoredResult,
} from '../rules';
import type { StepId } from '../questions/slugs';
import { askAgain, prune, settle, type Clash, type Progress } from './journey';
import { readNotes, tidyNotes, type Notes } from './notes';
import {
  ANSWERS_ONLY,
  FORMAT_1_CASE_FILE,
  STORAGE_KEY,
  STORAGE_VERSION,
  WIPE_EVENT,
  wipeStorage,
} from './storage-keys';
import type { StepAnswers } from './step-schema';

/** What happened to the stored answers on load: discarded, or kept with clashing answers to give again. */
export type StoreNotice = 'store-discarded' | { clashes: readonly Clash[] } | null;

/** Where answers opened from a case file came from, to say so before the result. */
export interface OpenedFrom {
  savedAt?: string;
  rulesVersion?: string;
  /** the result the file remembered, once checked (decision 0015) */
  result?: StoredResult;
}

export interface State extends Progress {
  /** changes whenever the answers are replaced wholesale (forgotten, wiped, opened), so forms start afresh */
  generation: number;
  remember: boolean;
  opened: OpenedFrom | null;
  notice: StoreNotice;
  /** a consultant's notes, if any (consultant mode) */
  notes?: Notes | undefined;
}

const EMPTY: State = { answers: {}, seen: [], generation: 0, remember: false, opened: null, notice: null };
let state: State = EMPTY;
let loaded = false;
const listeners = new Set<() => void>();

function area(kind: 'session' | 'local'): Storage | undefined {
  try {
    if (kind === 'session') return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

function read(kind: 'session' | 'local'): string | null {
  try {
    return area(kind)?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

function openedFrom(value: unknown): OpenedFrom | null {
  if (typeof value !== 'object' || value === null) return null;
  const { savedAt, rulesVersion, result } = value as Record<string, unknown>;
  const opened: OpenedFrom = {};
  if (isIsoDate(savedAt)) opened.savedAt = savedAt;
  if (typeof rulesVersion === 'string' && rulesVersion.length <= 40) opened.rulesVersion = rulesVersion;
  const stored = readStoredResult(result);
  if (stored) opened.result = stored;
  return opened;
}

/**
 * The case file an entry holds. An entry of the current format carries its own (`caseFile`, as the
 * engine's door wrote it); an entry of format 1, saved before the contract's version 2, holds bare
 * answers of case-file version 1: it is read as such, and its answers are kept.
 */
function storedCaseFile(data: Record<string, unknown>): unknown {
  if (data.version === 1) return { ...FORMAT_1_CASE_FILE, answers: data.answers };
  if (data.version !== STORAGE_VERSION) throw new Error('other version');
  return data.caseFile;
}

/**
 * The answers of a stored case file, checked by the engine as the version they were stored as: each
 * must be valid on its own (anything else throws); answers that only clash with each other are
 * returned as they are, for `settle`.
 */
function storedAnswers(caseFile: unknown, asOf: string): Answers {
  const check = checkCaseFile(caseFile, asOf, 'unfinished');
  if (check.ok) return check.caseFile.answers;
  if (check.problems.some((p) => !CROSS_FIELD_PROBLEMS.has(p.code))) throw new Error('invalid answers');
  return (caseFile as { answers: Answers }).answers;
}

/**
 * Reads a stored entry defensively: anything unexpected is dropped, never trusted. The answers are
 * checked by the engine as the case file they were stored as, then held as the version it writes.
 * Answers that clash are settled on `asOf` (`clashes` says which were dropped), never discarded whole.
 */
export function readStored(
  text: string | null,
  asOf: string = localToday(),
): {
  progress: Progress;
  opened: OpenedFrom | null;
  damaged: boolean;
  notes?: Notes | undefined;
  clashes?: Clash[] | undefined;
} {
  const none = { progress: { answers: {}, seen: [] }, opened: null };
  if (text === null) return { ...none, damaged: false };
  try {
    const data: unknown = JSON.parse(text);
    if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error('not an object');
    const { seen, opened, notes } = data as Record<string, unknown>;
    const answers = storedAnswers(storedCaseFile(data as Record<string, unknown>), asOf);
    const seenIds = Array.isArray(seen) ? seen.filter((s): s is string => typeof s === 'string') : [];
    const { progress, clashes } = settle({ answers, seen: seenIds }, asOf);
    if (!checkAnswers(progress.answers, asOf, 'unfinished').ok) throw new Error('unsettled');
    return {
      progress,
      opened: openedFrom(opened),
      damaged: false,
      notes: readNotes(notes).notes,
      clashes: clashes.length > 0 ? clashes : undefined,
    };
  } catch {
    return { ...none, damaged: true };
  }
}

/** The entry as it is kept: the answers wrapped as a case file of the version the engine writes. */
export function storedEntry(state: Pick<State, 'answers' | 'seen' | 'opened' | 'notes'>): string {
  const caseFile = { format: CASE_FILE_FORMAT, version: CASE_FILE_VERSION, answers: state.answers };
  return JSON.stringify({
    version: STORAGE_VERSION,
    caseFile,
    seen: state.seen,
    opened: state.opened,
    notes: state.notes,
  });
}

function load(): void {
  if (loaded) return;
  loaded = true;
  const local = read('local');
  const remember = local !== null;
  const { progress, opened, damaged, notes, clashes } = readStored(remember ? local : read('session'), localToday());
  state = {
    ...progress,
    generation: 0,
    remember: remember && !damaged,
    opened,
    notice: damaged ? 'store-discarded' : clashes ? { clashes } : null,
    notes,
  };
  // A damaged entry is wiped; one of an earlier format, or with answers settled, is rewritten.
  if (damaged) wipeStorage();
  persist();
  if (typeof window !== 'undefined')
    window.addEventListener(WIPE_EVENT, () => {
      state = { ...EMPTY, generation: state.generation + 1 };
      emit();
    });
}

function persist(): void {
  const here = area(state.remember ? 'local' : 'session');
  const other = area(state.remember ? 'session' : 'local');
  try {
    other?.removeItem(STORAGE_KEY);
    const empty = Object.keys(state.answers).length === 0 && state.seen.length === 0 && !state.notes;
    if (empty && !state.remember) here?.removeItem(STORAGE_KEY);
    else here?.setItem(STORAGE_KEY, storedEntry(state));
  } catch {
    // Storage full or refused (private mode): the answers stay in memory for this page.
  }
}

function emit(): void {
  for (const listener of listeners) listener();
}

function set(next: State): void {
  state = next;
  persist();
  emit();
}

export function getProgress(): State {
  load();
  return state;
}

/**
 * Records a step's answers (undefined removes one) on the evaluation date `asOf`, marks the step
 * seen, and drops what no longer applies, is to be asked again, or no longer fits (a removal
 * answered before a change of where the person is). Once answers are given, a notice about
 * clashing stored answers has done its work.
 */
export function saveStep(stepId: StepId, values: StepAnswers, asOf: string): { dropped: FieldId[] } {
  const current = getProgress();
  const answers: Answers = { ...current.answers };
  for (const [field, value] of Object.entries(values)) {
    if (value === undefined) delete (answers as Record<string, unknown>)[field];
    else (answers as Record<string, unknown>)[field] = value;
  }
  const seen = current.seen.includes(stepId) ? current.seen : [...current.seen, stepId];
  const next = settle(askAgain(current.answers, { answers, seen }), asOf).progress;
  const dropped = (Object.keys(current.answers) as FieldId[]).filter((f) => !(f in next.answers) && !(f in values));
  const notice = current.notice === 'store-discarded' ? current.notice : null;
  set({ ...current, ...next, notice });
  return { dropped };
}

/** Replaces all progress (and notes) with those opened from a case file. */
export function openAnswers(progress: Progress, opened: OpenedFrom, asOf: string, notes?: Notes): void {
  const current = getProgress();
  set({
    ...current,
    ...prune(progress, asOf),
    opened,
    notice: null,
    generation: current.generation + 1,
    notes: tidyNotes(notes),
  });
}

/** Replaces the consultant's notes (an empty note is dropped). */
export function setNotes(notes: Notes | undefined): void {
  set({ ...getProgress(), notes: tidyNotes(notes) });
}

/** Keep the answers on this device across visits (local storage), or only for this tab. */
export function setRemember(remember: boolean): void {
  set({ ...getProgress(), remember });
}

/** Forgets everything, everywhere: memory, this tab, this device (consultant settings too). */
/** "Forget my answers": the answers and notes, in memory and in storage; the tool's settings stay. */
export function forgetAll(): void {
  wipeStorage([STORAGE_KEY]);
  set({ ...EMPTY, generation: getProgress().generation + 1 });
  if (typeof window !== 'undefined') window.dispatchEvent(new CustomEvent(WIPE_EVENT, { detail: ANSWERS_ONLY }));
}

export function dismissNotice(): void {
  set({ ...getProgress(), notice: null });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useProgress(): State {
  return useSyncExternalStore(subscribe, getProgress, getProgress);
}
