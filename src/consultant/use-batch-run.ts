/**
 * A batch run as the dialog sees it: the rows once every file is done, the progress meanwhile, and
 * what the status line says (progress at most once a second, so a screen reader hears it without
 * hearing every slice). The last batch stays in memory until the answers are forgotten or wiped,
 * so a consultant can open one file and come back to the others.
 */
import { useEffect, useRef, useState } from 'react';
import { localToday } from '../lib/today';
import type { IsoDate } from '../rules';
import { WIPE_EVENT } from '../wizard/storage-keys';
import type { BatchRow } from './batch-model';
import { runBatch } from './batch-run';
import { changedOnly } from './batch-sort';
import { useCt, type ConsultantTranslate } from './consultant-i18n';

export interface Batch {
  rows: BatchRow[];
  /** the evaluation date of every row */
  today: IsoDate;
}

let kept: Batch | null = null;
const keep = (batch: Batch | null) => {
  kept = batch;
};
if (typeof window !== 'undefined') window.addEventListener(WIPE_EVENT, () => keep(null));

function atMostEverySecond<A extends unknown[]>(say: (...args: A) => void): (...args: A) => void {
  let last = performance.now();
  return (...args) => {
    const now = performance.now();
    if (now - last < 1000) return;
    last = now;
    say(...args);
  };
}

/** What a finished batch comes to: how many files, how many results changed, how many were refused. */
function summary(rows: BatchRow[], ct: ConsultantTranslate): string {
  const refused = rows.filter((row) => row.kind === 'refused').length;
  return [
    ct('consultant.batch.done', { count: rows.length }),
    ct('consultant.batch.changed-count', { count: changedOnly(rows).length }),
    refused > 0 ? ct('consultant.batch.refused-count', { count: refused }) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

export function useBatchRun() {
  const ct = useCt();
  const running = useRef<AbortController | null>(null);
  const [batch, setBatch] = useState<Batch | null>(kept);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => () => running.current?.abort(), []);

  const check = async (files: File[]) => {
    if (files.length === 0) return;
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    const today = localToday();
    const total = files.length;
    setBatch(null);
    setProgress({ done: 0, total });
    setStatus(ct('consultant.batch.started', { count: total }));
    const announce = atMostEverySecond((done: number) => setStatus(ct('consultant.batch.progress', { done, total })));
    const rows = await runBatch(files, {
      today,
      signal: controller.signal,
      onProgress: (done) => {
        setProgress({ done, total });
        announce(done);
      },
    });
    if (!rows) return;
    const finished = { rows, today };
    keep(finished);
    setBatch(finished);
    setProgress(null);
    setStatus(summary(rows, ct));
  };

  return { batch, progress, status, setStatus, check };
}
