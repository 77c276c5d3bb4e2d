/**
 * The results page: the assessment of the answers on today's date, in the page's language. In
 * consultant mode the consultant's tools (trace, what if, notes, both languages) come with it.
 */
import { Navigate } from 'react-router';
import { ConsultantResults, useConsultantSettings } from '../consultant/mode';
import { useLang } from '../i18n/i18n';
import { assess, checkAnswers } from '../rules';
import { firstUnfinishedStep } from '../wizard/journey';
import type { NavState } from '../wizard/notices';
import { pathFor } from '../wizard/paths';
import { useProgress } from '../wizard/store';
import { localToday } from '../wizard/today';
import { useFocusHeading } from '../wizard/use-focus-heading';
import { OpenedNotice } from './opened-notice';
import { ResultsView } from './results-view';

export function ResultsPage() {
  const lang = useLang();
  const progress = useProgress();
  const consultant = useConsultantSettings().on;
  useFocusHeading('results');
  const asOf = localToday();
  const first = firstUnfinishedStep(progress, asOf);
  const check = checkAnswers(progress.answers, asOf, 'complete');
  if (first || !check.ok) {
    const target = first ? pathFor(lang, { kind: 'step', stepId: first.id }) : pathFor(lang, { kind: 'check' });
    return <Navigate replace to={target} state={{ notice: 'deep-link' } satisfies NavState} />;
  }
  const assessment = assess(check.caseFile, asOf);
  const view = <ResultsView assessment={assessment} answers={check.caseFile.answers} />;
  return (
    <>
      <OpenedNotice opened={progress.opened} asOf={asOf} />
      {consultant ? <ConsultantResults assessment={assessment} answers={check.caseFile.answers} asOf={asOf} fallback={view} /> : view}
    </>
  );
}
