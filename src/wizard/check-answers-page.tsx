/** "Check your answers": every answer on the journey, each with a Change link that comes back here. */
import { Link, Navigate } from 'react-router';
import { useLang, useT, type MessageKey } from '../i18n/i18n';
import { answerText } from './answer-text';
import { askedFields, firstUnfinishedStep, journey } from './journey';
import { Notices, type NavState } from './notices';
import { pathFor } from './paths';
import { useProgress } from './store';
import { useFocusHeading } from './use-focus-heading';

export function CheckAnswersPage() {
  const t = useT();
  const lang = useLang();
  const progress = useProgress();
  useFocusHeading('check');
  const first = firstUnfinishedStep(progress);
  if (first) {
    return <Navigate replace to={pathFor(lang, { kind: 'step', stepId: first.id })} state={{ notice: 'deep-link' } satisfies NavState} />;
  }
  const rows = journey(progress.answers).flatMap((step) =>
    step.questions.filter((q) => askedFields(step, progress.answers).includes(q.field)).map((q) => ({ step, q })));
  return (
    <>
      <Notices />
      <h1 className="heading-l">{t('check.title')}</h1>
      <p>{t('check.intro')}</p>
      <dl className="summary-list">
        {rows.map(({ step, q }) => (
          <div className="summary-list__row" key={q.field}>
            <dt className="summary-list__key">{t(`q.${q.field}.short` as MessageKey)}</dt>
            <dd className="summary-list__value">{answerText(q, progress.answers, t, lang)}</dd>
            <dd className="summary-list__actions">
              <Link to={pathFor(lang, { kind: 'step', stepId: step.id })} state={{ fromCheck: true } satisfies NavState}
                aria-label={t('check.change-label', { question: t(`q.${q.field}.short` as MessageKey) })}>
                {t('check.change')}
              </Link>
            </dd>
          </div>
        ))}
      </dl>
      <Link className="button" to={pathFor(lang, { kind: 'results' })}>{t('check.submit')}</Link>
    </>
  );
}
