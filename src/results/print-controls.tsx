/** "Print or save as PDF", and the answers the printed summary carries after the result. */
import { useId } from 'react';
import { useT } from '../i18n/i18n';
import type { Answers } from '../rules';
import { AnswersSummary } from '../wizard/answers-summary';

export function PrintButton() {
  const t = useT();
  return <button type="button" className="button button--secondary no-print" onClick={() => window.print()}>{t('print.button')}</button>;
}

/** Shown only on paper: every answer behind the result (its id is unique: a page may show two results side by side). */
export function PrintedAnswers({ answers }: { answers: Answers }) {
  const t = useT();
  const id = useId();
  return (
    <section className="print-only" aria-labelledby={id}>
      <h2 id={id} className="heading-m">{t('print.answers-title')}</h2>
      <AnswersSummary answers={answers} changeLinks={false} />
    </section>
  );
}
