/**
 * "Re-check many case files": a dialog opened from the consultant bar, part of consultant mode's
 * tools (chunk `consultant-tools`, decision 0016), never in a person's journey. Files chosen or
 * dropped are read, checked and assessed on this device (use-batch-run.ts); the table comes when
 * all are done and grows in a few slices; it sorts, filters to the changed results, exports as
 * CSV, and opens a file in the questions as "Open case file" does.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useCatalogue, useLang, useT } from '../i18n/i18n';
import { LOCALES, formatDate } from '../i18n/locale';
import type { ProblemCatalogue } from '../i18n/problem-text';
import { journeyOf } from '../wizard/journey';
import type { NavState } from '../wizard/notices';
import { pathFor } from '../wizard/paths';
import { openAnswers } from '../wizard/store';
import { BatchChooser } from './batch-chooser';
import { csvText, downloadCsv } from './batch-csv';
import type { BatchRow } from './batch-model';
import { yieldToPage } from './batch-run';
import { changedOnly, sortRows, type Column, type Sort } from './batch-sort';
import { BatchTable } from './batch-table';
import { batchWords, csvRecords } from './batch-words';
import { useCt } from './consultant-i18n';
import { useBatchRun } from './use-batch-run';
import './batch.css';

/** How many rows the table shows at first, and how many more after each slice. */
const FIRST_ROWS = 100;
const MORE_ROWS = 200;

export function BatchDialog({ onClose }: { onClose: () => void }) {
  const ct = useCt();
  const t = useT();
  const lang = useLang();
  const navigate = useNavigate();
  const problems = useCatalogue() as ProblemCatalogue;
  const dialog = useRef<HTMLDialogElement>(null);
  const { batch, progress, status, setStatus, check } = useBatchRun();
  const [sort, setSort] = useState<Sort | null>(null);
  const [onlyChanged, setOnlyChanged] = useState(false);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  // Made once: the language cannot change under a modal dialog, and the table's rows keep their
  // render while the words stay the same object.
  const [words] = useState(() => batchWords(t, ct, lang, problems));
  const [visible, setVisible] = useState(FIRST_ROWS);
  const shown = useMemo(() => {
    if (!batch) return [];
    const rows = onlyChanged ? changedOnly(batch.rows) : batch.rows;
    if (!sort) return rows;
    const collator = new Intl.Collator(LOCALES[lang], { numeric: true, sensitivity: 'base' });
    return sortRows(rows, sort, collator.compare);
  }, [batch, onlyChanged, sort, lang]);

  // The table grows by slices, the page getting the event loop back between them.
  useEffect(() => {
    if (visible >= shown.length) return;
    let stopped = false;
    void yieldToPage().then(() => {
      if (!stopped) setVisible((count) => count + MORE_ROWS);
    });
    return () => {
      stopped = true;
    };
  }, [visible, shown.length]);

  const choose = (files: File[]) => {
    setVisible(FIRST_ROWS);
    void check(files);
  };

  const open = (row: Extract<BatchRow, { kind: 'assessed' | 'unfinished' }>) => {
    if (!batch) return;
    const { opened } = row;
    const { today } = batch;
    openAnswers(opened.progress, opened.opened, today, opened.notes);
    const state: NavState = {
      opened: true,
      newQuestions: opened.newQuestions.length > 0 || undefined,
      notesIgnored: opened.notesIgnored || undefined,
    };
    dialog.current?.close();
    // Straight to the result when every answer is in (the consultant came for it), else the first question left.
    const resume = journeyOf(opened.progress, today).resume();
    navigate(pathFor(lang, resume.kind === 'check' ? { kind: 'results' } : resume), { state });
  };

  const exportCsv = () => {
    if (!batch) return;
    const file = `hc-recheck-${batch.today}.csv`;
    downloadCsv(file, csvText(csvRecords(shown, words, ct)));
    setStatus(ct('consultant.batch.exported', { file }));
  };

  const sortBy = (column: Column) =>
    setSort((now) =>
      now?.column === column && now.direction === 'ascending'
        ? { column, direction: 'descending' }
        : { column, direction: 'ascending' },
    );

  return (
    <dialog ref={dialog} className="batch" aria-labelledby="batch-title" onClose={onClose} data-batch="dialog">
      <div className="batch__head">
        <h2 id="batch-title" className="heading-m">
          {ct('consultant.batch.title')}
        </h2>
        <button type="button" className="button button--secondary" onClick={() => dialog.current?.close()}>
          {ct('consultant.batch.close')}
        </button>
      </div>
      <p>{ct('consultant.batch.intro')}</p>
      <BatchChooser onFiles={choose} />
      <p id="batch-status" role="status" className="batch__status">
        {status}
      </p>
      {progress ? (
        <progress
          className="batch__progress"
          max={progress.total}
          value={progress.done}
          aria-labelledby="batch-status"
        />
      ) : null}
      {batch ? (
        <>
          <div className="batch__tools">
            <div className="choice">
              <input
                className="choice__input"
                type="checkbox"
                id="batch-changed-only"
                checked={onlyChanged}
                onChange={(event) => setOnlyChanged(event.target.checked)}
              />
              <label className="choice__label" htmlFor="batch-changed-only">
                {ct('consultant.batch.changed-only')}
              </label>
            </div>
            <button type="button" className="button button--secondary" onClick={exportCsv}>
              {ct('consultant.batch.export')}
            </button>
          </div>
          {shown.length > 0 ? (
            <BatchTable
              rows={shown.slice(0, visible)}
              busy={visible < shown.length}
              caption={ct('consultant.batch.caption', { date: formatDate(batch.today, lang) })}
              words={words}
              sort={sort}
              onSort={sortBy}
              onOpen={open}
            />
          ) : (
            <p>{ct('consultant.batch.none-changed')}</p>
          )}
        </>
      ) : null}
    </dialog>
  );
}
