/** The results page: the assessment of the answers on today's date, in the page's language. */
import { Link, Navigate } from 'react-router';
import { useLang, useT } from '../i18n/i18n';
import { assess, checkCaseFile } from '../rules';
import { firstUnfinishedStep } from '../wizard/journey';
import type { NavState } from '../wizard/notices';
import { pathFor } from '../wizard/paths';
import { useProgress } from '../wizard/store';
import { localToday } from '../wizard/today';
import { useFocusHeading } from '../wizard/use-focus-heading';

export function ResultsPage() {
  const t = useT();
  const lang = useLang();
  const progress = useProgress();
  useFocusHeading('results');
  const first = firstUnfinishedStep(progress);
  const asOf = localToday();
  const check = checkCaseFile({ format: 'hc-case', version: 1, answers: progress.answers }, asOf, 'complete');
  if (first || !check.ok) {
    const target = first ? pathFor(lang, { kind: 'step', stepId: first.id }) : pathFor(lang, { kind: 'check' });
    return <Navigate replace to={target} state={{ notice: 'deep-link' } satisfies NavState} />;
  }
  const assessment = assess(check.caseFile, asOf);
  return (
    <>
      <h1 className="heading-l">{t('results.title')}</h1>
      <p className={`outcome outcome--${assessment.outcome}`} data-outcome={assessment.outcome}>
        {t(`results.outcome.${assessment.outcome}`)}
      </p>
      <p><Link to={pathFor(lang, { kind: 'check' })}>{t('results.check-answers')}</Link></p>
    </>
  );
}
