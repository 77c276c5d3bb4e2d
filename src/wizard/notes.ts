/**
 * A consultant's notes on a case: the client's reference, a note per step and one on the result.
 * They travel with the answers (the answer store, the case file's top-level `notes`), never inside
 * `answers`. Anything read from storage or a file is checked here first: only text, only known
 * steps, each note within a length limit; whatever else is found is left out and counted.
 * They are part of the saved case file (decision 0007), so they live here with the store and the
 * case-file input and output; consultant mode writes and shows them.
 */
import { isStepId, type StepId } from '../questions/slugs';

export interface Notes {
  clientReference?: string;
  steps?: Partial<Record<StepId, string>>;
  results?: string;
}

export const MAX_NOTE_LENGTH = 2000;
export const MAX_REFERENCE_LENGTH = 60;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const fits = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;

/** Drops empty notes; undefined when nothing is left. */
export function tidyNotes(notes: Notes | undefined): Notes | undefined {
  if (!notes) return undefined;
  const tidy: Notes = {};
  if (notes.clientReference) tidy.clientReference = notes.clientReference;
  const steps = Object.entries(notes.steps ?? {}).filter(([, text]) => text);
  if (steps.length > 0) tidy.steps = Object.fromEntries(steps);
  if (notes.results) tidy.results = notes.results;
  return Object.keys(tidy).length > 0 ? tidy : undefined;
}

/** Reads notes defensively: what is valid is kept, the rest counted in `ignored`. */
export function readNotes(value: unknown): { notes: Notes | undefined; ignored: number } {
  if (value === undefined) return { notes: undefined, ignored: 0 };
  if (!isPlainObject(value)) return { notes: undefined, ignored: 1 };
  const notes: Notes = {};
  let ignored = 0;
  for (const [key, item] of Object.entries(value)) {
    if (key === 'clientReference' && fits(item, MAX_REFERENCE_LENGTH)) notes.clientReference = item;
    else if (key === 'results' && fits(item, MAX_NOTE_LENGTH)) notes.results = item;
    else if (key === 'steps' && isPlainObject(item)) {
      const steps: Partial<Record<StepId, string>> = {};
      for (const [stepId, text] of Object.entries(item)) {
        if (isStepId(stepId) && fits(text, MAX_NOTE_LENGTH)) steps[stepId] = text;
        else ignored += 1;
      }
      notes.steps = steps;
    } else ignored += 1;
  }
  return { notes: tidyNotes(notes), ignored };
}
