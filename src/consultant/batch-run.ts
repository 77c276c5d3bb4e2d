/**
 * Runs a batch in the page without holding it up: files are read a few at a time (the browser
 * reads them off the main thread), and checked and assessed in slices of a few milliseconds, after
 * each of which the page gets the event loop back, so it stays responsive and no task runs long.
 */
import { MAX_CASE_FILE_BYTES, type IsoDate } from '../rules';
import { batchRowOf, unreadableRow, type BatchRow } from './batch-model';

/** How long one slice of work may run before the page gets the event loop back. */
const SLICE_MS = 8;
/** How many files are read at once. */
const READ_AHEAD = 32;

type Yielder = { yield?: () => Promise<void> };

/** Back to the event loop: `scheduler.yield` where the browser has it, else a zero timeout. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Yielder }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A file's text, or null for a file over the limit, which is never read (its size refuses it). */
async function textOf(file: File): Promise<string | Error | null> {
  if (file.size > MAX_CASE_FILE_BYTES) return null;
  try {
    return await file.text();
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

export interface RunOptions {
  today: IsoDate;
  /** called after each slice with how many files are done */
  onProgress?: (done: number) => void;
  /** stops the run (a new batch was chosen, or the tool closed) */
  signal?: AbortSignal;
}

/** Every file's row, in the order given; resolves to null when stopped. */
export async function runBatch(
  files: readonly File[],
  { today, onProgress, signal }: RunOptions,
): Promise<BatchRow[] | null> {
  const rows: BatchRow[] = [];
  for (let start = 0; start < files.length; start += READ_AHEAD) {
    const group = files.slice(start, start + READ_AHEAD);
    const texts = await Promise.all(group.map(textOf));
    let sliceEnd = performance.now() + SLICE_MS;
    for (const [offset, file] of group.entries()) {
      if (signal?.aborted) return null;
      const text = texts[offset];
      const index = start + offset;
      rows.push(
        text instanceof Error
          ? unreadableRow(index, file.name, text.name)
          : batchRowOf(index, file.name, text ?? null, file.size, today),
      );
      if (performance.now() >= sliceEnd) {
        onProgress?.(rows.length);
        await yieldToPage();
        sliceEnd = performance.now() + SLICE_MS;
      }
    }
    onProgress?.(rows.length);
  }
  return signal?.aborted ? null : rows;
}
