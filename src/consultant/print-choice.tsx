/**
 * Printing in consultant mode is a choice of copies. The client copy is the result in plain words
 * under the practice's letterhead, without the rules trace, rule ids or notes: it is handed over.
 * The file copy is everything (trace, rule ids, notes): it stays with the practice. A "what if" has
 * its own copy, marked as hypothetical. Each button puts its class on <html> for the print style
 * sheet to read, prints, and takes the class off once the print dialog closes.
 */
import { useId } from 'react';
import { practice as configured, type PracticeSettings } from '../../config/practice';
import { useT } from '../i18n/i18n';
import { useCt } from './consultant-i18n';

export type PrintedCopy = 'client' | 'file' | 'what-if';

const COPIES: PrintedCopy[] = ['client', 'file', 'what-if'];
const classOf = (copy: PrintedCopy) => `print-${copy}`;

/** Prints one copy: its class is on <html> from just before the dialog opens until it closes. */
export function printCopy(copy: PrintedCopy): void {
  const root = document.documentElement;
  // A dialog closed without an afterprint (a crash, a blocked print) must not leave its copy behind.
  root.classList.remove(...COPIES.map(classOf));
  root.classList.add(classOf(copy));
  window.addEventListener('afterprint', () => root.classList.remove(classOf(copy)), { once: true });
  window.print();
}

export function PrintChoice() {
  const ct = useCt();
  // Unique: with both languages side by side, the result (and these buttons) shows twice.
  const hint = useId();
  return (
    <div className="print-choice no-print" data-consultant="print-choice">
      <p className="hint" id={hint}>
        {ct('consultant.print.hint')}
      </p>
      <div className="print-choice__buttons">
        <button
          type="button"
          className="button button--secondary"
          aria-describedby={hint}
          onClick={() => printCopy('client')}
        >
          {ct('consultant.print.client')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          aria-describedby={hint}
          onClick={() => printCopy('file')}
        >
          {ct('consultant.print.file')}
        </button>
      </div>
    </div>
  );
}

/**
 * On paper, under the header: which copy this is, and on the client copy the practice's name,
 * licence number and contact (config/practice.ts). Without a practice the client copy has no
 * letterhead; "Get professional help" still lists the public resources.
 */
export function PrintedCopyHeading({ practice = configured }: { practice?: PracticeSettings }) {
  const ct = useCt();
  const t = useT();
  const name = practice.name.trim();
  const body = practice.licence.body.trim();
  const number = practice.licence.number.trim();
  const phone = practice.phone.trim();
  const email = practice.email.trim();
  return (
    <div className="printed-copy" data-consultant="printed-copy">
      <div className="printed-copy__client">
        {name ? (
          <div className="letterhead" data-consultant="letterhead">
            <p>
              <strong>{name}</strong>
            </p>
            {body && number ? <p>{t('help.licence', { body, number })}</p> : null}
            {phone ? <p>{t('help.phone', { phone })}</p> : null}
            {email ? <p>{t('help.email', { email })}</p> : null}
          </div>
        ) : null}
        <p className="printed-copy__name">{ct('consultant.print.client-heading')}</p>
      </div>
      <p className="printed-copy__file printed-copy__name">{ct('consultant.print.file-heading')}</p>
    </div>
  );
}
