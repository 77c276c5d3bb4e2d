/**
 * The re-check table: one row per file, a sort button in each column's header (its state in
 * aria-sort), "then" and "now" in one cell (one value when they agree, the stored one struck out
 * when not), a refused file's reasons across the result's columns, and a way to open each file
 * that can be opened.
 */
import { memo, type ReactNode } from 'react';
import type { BatchRow } from './batch-model';
import type { Column, Sort } from './batch-sort';
import { COLUMNS } from './batch-sort';
import type { BatchWords } from './batch-words';
import { useCt } from './consultant-i18n';

interface Props {
  rows: readonly BatchRow[];
  /** still growing: more rows are on their way */
  busy: boolean;
  caption: string;
  words: BatchWords;
  sort: Sort | null;
  onSort: (column: Column) => void;
  onOpen: (row: Extract<BatchRow, { kind: 'assessed' | 'unfinished' }>) => void;
}

const COLUMN_CLASS: Partial<Record<Column, string>> = {
  file: 'batch__col--file',
  outcome: 'batch__col--wide',
  earliest: 'batch__col--wide',
};

const ARROWS = { ascending: '\u25b2', descending: '\u25bc' } as const;

export function BatchTable({ rows, busy, caption, words, sort, onSort, onOpen }: Props) {
  const ct = useCt();
  return (
    <div className="batch__scroll" aria-busy={busy || undefined}>
      <table className="batch__table" data-batch="table">
        <caption>{caption}</caption>
        <colgroup>
          {COLUMNS.map((column) => (
            <col key={column} className={COLUMN_CLASS[column]} />
          ))}
          <col className="batch__col--open" />
        </colgroup>
        <thead>
          <tr>
            {COLUMNS.map((column) => {
              const sorted = sort?.column === column ? sort.direction : undefined;
              return (
                <th scope="col" key={column} aria-sort={sorted}>
                  <button type="button" className="batch__sort" onClick={() => onSort(column)}>
                    {ct(`consultant.batch.col.${column}`)}
                    <span aria-hidden="true" className="batch__arrow">
                      {sorted ? ARROWS[sorted] : '\u2195'}
                    </span>
                  </button>
                </th>
              );
            })}
            <th scope="col">{ct('consultant.batch.col.open')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <Row key={row.index} row={row} words={words} onOpen={onOpen} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface RowProps {
  row: BatchRow;
  words: BatchWords;
  onOpen: Props['onOpen'];
}

/**
 * A row renders again only for another row or other words: a sort moves rows, and the table grows
 * by slices, without rendering the rows already there. (`onOpen` is left out of the comparison: it
 * opens the row it is given, whichever render made it.)
 */
const Row = memo(RowOf, (before, after) => before.row === after.row && before.words === after.words);

function RowOf({ row, words, onOpen }: RowProps) {
  const ct = useCt();
  const reasons = (span: number) => (
    <td colSpan={span}>
      {words.reasons(row).map((reason, i) => (
        <p className="batch__reason" key={i}>
          {reason}
        </p>
      ))}
    </td>
  );
  let cells: ReactNode;
  if (row.kind === 'refused') {
    cells = reasons(5);
  } else {
    const known = (
      <>
        <td>{words.reference(row.reference)}</td>
        <td>{words.savedOn(row.savedOn)}</td>
      </>
    );
    cells =
      row.kind === 'unfinished' ? (
        <>
          {known}
          {reasons(3)}
        </>
      ) : (
        <>
          {known}
          <td>
            <ThenNow stored={row.stored && words.outcome(row.stored.outcome)} now={words.outcome(row.now.outcome)} />
          </td>
          <td>
            <ThenNow stored={row.stored && words.earliest(row.stored)} now={words.earliest(row.now)} />
          </td>
          <td>
            <ThenNow stored={row.stored && words.fees(row.stored.feesTotal)} now={words.fees(row.now.feesTotal)} />
          </td>
        </>
      );
  }
  const changed = row.kind === 'assessed' && row.changed === true;
  return (
    <tr data-batch-row={row.kind} data-changed={row.kind === 'assessed' ? String(row.changed) : undefined}>
      <th scope="row" className="batch__file">
        {row.fileName}
      </th>
      {cells}
      <td>
        {changed ? (
          <strong className="consultant-tag consultant-tag--changed">{words.changed(row)}</strong>
        ) : (
          words.changed(row)
        )}
      </td>
      <td>
        {row.kind === 'refused' ? null : (
          <button
            type="button"
            className="button button--secondary batch__open"
            aria-label={ct('consultant.batch.open-file', { file: row.fileName })}
            onClick={() => onOpen(row)}
          >
            {ct('consultant.batch.open')}
          </button>
        )}
      </td>
    </tr>
  );
}

/** One value when the stored result agrees with today's (or there is none), else both. */
function ThenNow({ stored, now }: { stored: string | null; now: string }) {
  const ct = useCt();
  if (stored === null || stored === now) return <>{now}</>;
  return (
    <>
      <del>
        <span className="visually-hidden">{ct('consultant.batch.was')} </span>
        {stored}
      </del>{' '}
      <span aria-hidden="true">{'\u2192'}</span>{' '}
      <ins>
        <span className="visually-hidden">{ct('consultant.batch.now')} </span>
        {now}
      </ins>
    </>
  );
}
