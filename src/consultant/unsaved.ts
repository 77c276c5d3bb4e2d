/**
 * Whether the answers or notes have changed since they were last on file (saved to a case file or
 * opened from one), so that opening another file or forgetting can warn first. What was last on
 * file is kept as a fingerprint in this page's memory only: after a reload, anything held counts as
 * unsaved, which warns once too often rather than once too few. Forgetting and quick exit clear it.
 */
import type { Answers } from '../rules';
import { tidyNotes, type Notes } from '../wizard/notes';
import { WIPE_EVENT } from '../wizard/storage-keys';

/** The same text for the same answers and notes, whatever order their keys were written in. */
export function fingerprint(answers: Answers, notes: Notes | undefined): string {
  const sorted = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(sorted)
      : typeof value === 'object' && value !== null
        ? Object.fromEntries(
            Object.keys(value)
              .sort()
              .map((key) => [key, sorted((value as Record<string, unknown>)[key])]),
          )
        : value;
  return JSON.stringify(sorted({ answers, notes: tidyNotes(notes) ?? null }));
}

const NOTHING = fingerprint({}, undefined);
let onFile: string | undefined;

if (typeof window !== 'undefined') window.addEventListener(WIPE_EVENT, () => (onFile = undefined));

/** The answers and notes, as they are now, are in a file. */
export function markFiled(answers: Answers, notes: Notes | undefined): void {
  onFile = fingerprint(answers, notes);
}

export function hasUnsavedChanges(answers: Answers, notes: Notes | undefined): boolean {
  return fingerprint(answers, notes) !== (onFile ?? NOTHING);
}
