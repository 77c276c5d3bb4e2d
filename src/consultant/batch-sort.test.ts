import { describe, expect, it } from 'vitest';
import type { Outcome } from '../rules';
import type { BatchRow, Opened, Summary } from './batch-model';
import { changedOnly, sortRows, type Column, type Direction } from './batch-sort';

const opened = {} as Opened;
const summary = (outcome: Outcome, earliestApplicationDate: string | null, feesTotal: number | null): Summary => ({
  outcome,
  earliestApplicationDate,
  feesTotal,
});
const rows: BatchRow[] = [
  {
    index: 0,
    fileName: 'file-10.json',
    kind: 'assessed',
    reference: 'B-2',
    savedOn: '2025-03-01',
    stored: summary('can-apply', null, 1210),
    now: summary('barred', '2026-09-01', 1210),
    changed: true,
    opened,
  },
  { index: 1, fileName: 'file-9.json', kind: 'refused', problems: [] },
  {
    index: 2,
    fileName: 'File-2.json',
    kind: 'assessed',
    reference: null,
    savedOn: '2026-01-10',
    stored: null,
    now: summary('can-apply', null, 1295),
    changed: null,
    opened,
  },
  { index: 3, fileName: 'file-1.json', kind: 'unfinished', reference: 'a-1', savedOn: null, missing: [], opened },
  {
    index: 4,
    fileName: 'file-3.json',
    kind: 'assessed',
    reference: 'C-3',
    savedOn: '2024-12-31',
    stored: summary('barred', '2026-01-01', null),
    now: summary('barred', '2026-01-01', null),
    changed: false,
    opened,
  },
];

const compare = new Intl.Collator('en-CA', { numeric: true, sensitivity: 'base' }).compare;
const order = (column: Column, direction: Direction = 'ascending') =>
  sortRows(rows, { column, direction }, compare).map((row) => row.index);

describe('sorting the re-check table', () => {
  it('sorts file names as people read them (numbers by value, case aside)', () => {
    expect(order('file')).toEqual([3, 2, 4, 1, 0]);
    expect(order('file', 'descending')).toEqual([0, 1, 4, 2, 3]);
  });

  it('keeps rows with nothing in the column at the end, in the order chosen, both ways', () => {
    expect(order('reference')).toEqual([3, 0, 4, 1, 2]);
    expect(order('reference', 'descending')).toEqual([4, 0, 3, 1, 2]);
    expect(order('saved')).toEqual([4, 0, 2, 1, 3]);
    expect(order('earliest')).toEqual([4, 0, 1, 2, 3]);
    expect(order('fees', 'descending')).toEqual([2, 0, 1, 3, 4]);
  });

  it('sorts results by today’s outcome, then the stored one', () => {
    const byOutcome = order('outcome');
    expect(byOutcome.slice(-2)).toEqual([1, 3]);
    expect(byOutcome.indexOf(4)).toBeLessThan(byOutcome.indexOf(0)); // barred then barred, before can-apply then barred
  });

  it('puts changed results first, then the same, then no earlier result, then unfinished and refused files', () => {
    expect(order('changed')).toEqual([0, 4, 2, 3, 1]);
  });

  it('filters to the files whose result changed', () => {
    expect(changedOnly(rows).map((row) => row.index)).toEqual([0]);
  });
});
