/**
 * Sorting and filtering the re-check table. Each column sorts by what it shows now (a result by
 * today's outcome, then the stored one); rows with nothing in a column (a refused file, a missing
 * reference) stay at the end whichever the direction, and equal rows keep the order the files were
 * chosen in.
 */
import { OUTCOMES } from '../rules';
import type { BatchRow } from './batch-model';

export const COLUMNS = ['file', 'reference', 'saved', 'outcome', 'earliest', 'fees', 'changed'] as const;
export type Column = (typeof COLUMNS)[number];
export type Direction = 'ascending' | 'descending';
export interface Sort {
  column: Column;
  direction: Direction;
}

type Key = string | number | null;

/** Changed first, then the same, then the files with no earlier result, then those not assessed. */
const CHANGED_ORDER = { true: 0, false: 1, null: 2 } as const;

function keyOf(row: BatchRow, column: Column): Key {
  if (column === 'file') return row.fileName;
  if (row.kind === 'refused') return null;
  if (column === 'reference') return row.reference;
  if (column === 'saved') return row.savedOn;
  if (row.kind === 'unfinished') return column === 'changed' ? 3 : null;
  switch (column) {
    case 'outcome':
      return OUTCOMES.indexOf(row.now.outcome) * 10 + (row.stored ? OUTCOMES.indexOf(row.stored.outcome) + 1 : 0);
    case 'earliest':
      return row.now.earliestApplicationDate;
    case 'fees':
      return row.now.feesTotal;
    case 'changed':
      return CHANGED_ORDER[String(row.changed) as keyof typeof CHANGED_ORDER];
  }
}

/** The rows in the order asked; `compareText` compares words as the page's language sorts them. */
export function sortRows(
  rows: readonly BatchRow[],
  { column, direction }: Sort,
  compareText: (a: string, b: string) => number,
): BatchRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const keyed = rows.map((row) => ({ row, key: keyOf(row, column) }));
  keyed.sort((a, b) => {
    if (a.key === null || b.key === null) {
      if (a.key !== b.key) return a.key === null ? 1 : -1;
      return a.row.index - b.row.index;
    }
    const order =
      typeof a.key === 'number' && typeof b.key === 'number'
        ? a.key - b.key
        : compareText(String(a.key), String(b.key));
    return order === 0 ? a.row.index - b.row.index : sign * order;
  });
  return keyed.map(({ row }) => row);
}

/** "Changed only": the files whose outcome, earliest date or fees differ from the stored result. */
export function changedOnly(rows: readonly BatchRow[]): BatchRow[] {
  return rows.filter((row) => row.kind === 'assessed' && row.changed === true);
}
