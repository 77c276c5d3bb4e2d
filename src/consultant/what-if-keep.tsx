/**
 * Keeping a what if: on paper (its own copy, headed as hypothetical) or as a case file of its own,
 * in the format "Save case file" writes, so that it opens again like any other. Its name says it is
 * a what if. It carries the client reference but not the notes: they were written about the
 * client's answers, and the what if's answers are not those.
 */
import { localToday } from '../lib/today';
import type { Answers } from '../rules';
import { caseFileOf } from '../wizard/case-file-io';
import { caseFileName, downloadJson } from '../wizard/download';
import { getProgress } from '../wizard/store';
import { useCt } from './consultant-i18n';
import { printCopy } from './print-choice';

/** `hc-case-what-if-<reference>-<date>.json`: beside the client's own files, and plainly not one of them. */
export function whatIfFileName(date: string, reference = ''): string {
  return caseFileName(date, reference).replace(/^hc-case-/, 'hc-case-what-if-');
}

export function saveWhatIf(answers: Answers): string {
  const today = localToday();
  const reference = getProgress().notes?.clientReference?.trim();
  const name = whatIfFileName(today, reference);
  downloadJson(name, caseFileOf(answers, today, reference ? { clientReference: reference } : undefined));
  return name;
}

export function WhatIfKeep({ answers, onSaved }: { answers: Answers; onSaved: (file: string) => void }) {
  const ct = useCt();
  return (
    <div className="what-if__keep">
      <p className="hint" id="what-if-keep-hint">
        {ct('consultant.whatif.keep-hint')}
      </p>
      <button
        type="button"
        className="button button--secondary"
        aria-describedby="what-if-keep-hint"
        onClick={() => printCopy('what-if')}
      >
        {ct('consultant.whatif.print')}
      </button>{' '}
      <button
        type="button"
        className="button button--secondary"
        aria-describedby="what-if-keep-hint"
        onClick={() => onSaved(saveWhatIf(answers))}
      >
        {ct('consultant.whatif.save')}
      </button>
    </div>
  );
}
