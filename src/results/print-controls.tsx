/** "Print or save as PDF", and the section that carries the answers after the result on paper. */
import { useId, type ReactNode } from 'react';
import { useT } from '../i18n/i18n';

export function PrintButton() {
  const t = useT();
  return (
    <button type="button" className="button button--secondary no-print" onClick={() => window.print()}>
      {t('print.button')}
    </button>
  );
}

/**
 * Shown only on paper: every answer behind the result, as the page lists them (`children`). Its id
 * is unique: a page may show two results side by side.
 */
export function PrintedAnswers({ children }: { children: ReactNode }) {
  const t = useT();
  const id = useId();
  return (
    <section className="print-only" aria-labelledby={id}>
      <h2 id={id} className="heading-m">
        {t('print.answers-title')}
      </h2>
      {children}
    </section>
  );
}
