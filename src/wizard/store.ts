/**
 * The answer store: the one place the wizard's progress lives, shared by every step's form.
 * Kept in the tab's session storage only (gone when the tab closes); a damaged or foreign entry
 * is discarded with a notice instead of breaking the page.
 */
import { useSyncExternalStore } from 'react';
import { checkCaseFile, type Answers } from '../rules';
import { prune, type Progress } from './journey';

export const STORAGE_KEY = 'hc-navigator';
export const STORAGE_VERSION = 1;
/** Far enough ahead that stored dates are only checked for shape here; steps check "not in the future". */
const ANY_DATE = '9999-12-31';

export type StoreNotice = 'store-discarded' | null;

interface State extends Progress {
  notice: StoreNotice;
}

const EMPTY: State = { answers: {}, seen: [], notice: null };
let state: State = EMPTY;
let loaded = false;
const listeners = new Set<() => void>();

function storage(): Storage | undefined {
  try { return typeof sessionStorage === 'undefined' ? undefined : sessionStorage; } catch { return undefined; }
}

/** Reads a stored entry defensively: anything unexpected is dropped, never trusted. */
export function readStored(text: string | null): { progress: Progress; damaged: boolean } {
  if (text === null) return { progress: { answers: {}, seen: [] }, damaged: false };
  try {
    const data: unknown = JSON.parse(text);
    if (typeof data !== 'object' || data === null) throw new Error('not an object');
    const { version, answers, seen } = data as Record<string, unknown>;
    if (version !== STORAGE_VERSION) throw new Error('other version');
    const check = checkCaseFile({ format: 'hc-case', version: 1, answers }, ANY_DATE, 'unfinished');
    if (!check.ok) throw new Error('invalid answers');
    const seenIds = Array.isArray(seen) ? seen.filter((s): s is string => typeof s === 'string') : [];
    return { progress: prune({ answers: check.caseFile.answers, seen: seenIds }), damaged: false };
  } catch {
    return { progress: { answers: {}, seen: [] }, damaged: true };
  }
}

function load(): void {
  if (loaded) return;
  loaded = true;
  const store = storage();
  let text: string | null = null;
  try { text = store?.getItem(STORAGE_KEY) ?? null; } catch { text = null; }
  const { progress, damaged } = readStored(text);
  state = { ...progress, notice: damaged ? 'store-discarded' : null };
  if (damaged) persist();
}

function persist(): void {
  const store = storage();
  try {
    if (Object.keys(state.answers).length === 0 && state.seen.length === 0) store?.removeItem(STORAGE_KEY);
    else store?.setItem(STORAGE_KEY, JSON.stringify({ version: STORAGE_VERSION, answers: state.answers, seen: state.seen }));
  } catch {
    // Storage full or refused (private mode): the answers stay in memory for this page.
  }
}

function set(next: State): void {
  state = next;
  persist();
  for (const listener of listeners) listener();
}

export function getProgress(): State {
  load();
  return state;
}

/** Records a step's answers (undefined removes one), marks it seen, and drops what no longer applies. */
export function saveStep(stepId: string, values: Partial<Answers>): { dropped: string[] } {
  const current = getProgress();
  const answers: Answers = { ...current.answers };
  for (const [field, value] of Object.entries(values)) {
    if (value === undefined) delete (answers as Record<string, unknown>)[field];
    else (answers as Record<string, unknown>)[field] = value;
  }
  const seen = current.seen.includes(stepId) ? current.seen : [...current.seen, stepId];
  const next = prune({ answers, seen });
  const dropped = Object.keys(current.answers).filter((f) => !(f in next.answers) && !(f in values));
  set({ ...next, notice: current.notice });
  return { dropped };
}

/** Replaces all progress (opening a case file). */
export function replaceProgress(progress: Progress): void {
  set({ ...prune(progress), notice: null });
}

export function clearAll(): void {
  set({ ...EMPTY });
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

/** For tests: forget the in-memory state so the next read comes from storage again. */
export function resetForTests(): void {
  state = EMPTY;
  loaded = false;
}
