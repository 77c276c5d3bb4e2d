/**
 * "Check your answers": every answer on the journey, each with a Change link that comes back here,
 * and, when the answers so far already give a result (a redirect, an exclusion), a word on why the
 * questions stopped.
 */
import { Link, Navigate } from 'react-router';
import { useLang, useT } from '../i18n/i18n';
import { localToday } from '../lib/today';
import { assess, checkAnswers } from '../rules';
import { AnswersSummary } from './answers-summary';
import { journeyOf } from './journey';
import { Notices, type NavState } from './notices';
import { pathFor } from './paths';
import { useProgress } from './store';
import { useFocusHeading } from './use-focus-heading';
import { usePageTitle } from './use-page-title';

export function CheckAnswersPage() {
  const t = useT();
  const lang = useLang();
  const progress = useProgress();
  useFocusHeading('check');
  usePageTitle(lang, t('check.title'));
  const asOf = localToday();
  const resume = journeyOf(progress, asOf).resume();
  if (resume.kind === 'step') {
    return <Navigate replace to={pathFor(lang, resume)} state={{ notice: 'deep-link' } satisfies NavState} />;
  }
  const check = checkAnswers(progress.answers, asOf, 'complete');
  // A redirect or an exclusion ends the questions before the last step: say so, not just stop.
  const early = check.ok && ['use-other-class', 'not-eligible'].includes(assess(check.caseFile, asOf).outcome);
  return (
    <>
      <Notices />
      <h1 className="heading-l">{t('check.title')}</h1>
      {early ? (
        <p className="notice" data-early-stop>
          {t('check.early-stop')}
        </p>
      ) : null}
      <p>{t('check.intro')}</p>
      <AnswersSummary answers={progress.answers} asOf={asOf} changeLinks />
      <Link className="button" to={pathFor(lang, { kind: 'results' })}>
        {t('check.submit')}
      </Link>
    </>
  );
}
