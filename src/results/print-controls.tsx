/** "Print or save as PDF", and the answers the printed summary carries after the result. */
import { useT } from '../i18n/i18n';
import type { Answers } from '../rules';
import { AnswersSummary } from '../wizard/answers-summary';

export function PrintButton() {
  const t = useT();
  return <button type="button" className="button button--secondary no-print" onClick={() => window.print()}>{t('print.button')}</button>;
}

/** Shown only on paper: every answer behind the result. */
export function PrintedAnswers({ answers }: { answers: Answers }) {
  const t = useT();
  return (
    <section className="print-only" aria-labelledby="printed-answers">
      <h2 id="printed-answers" className="heading-m">{t('print.answers-title')}</h2>
      <AnswersSummary answers={answers} changeLinks={false} />
    </section>
  );
}
