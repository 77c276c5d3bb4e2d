/**
 * The results page: the assessment of the answers on today's date, in the page's language, with
 * the answers on paper and the way back to them. It guards the journey (unfinished answers go back
 * to their step) and hands the result to the results slot when the app filled it (slots.tsx).
 */
import { Link, Navigate } from 'react-router';
import { useLang, useT } from '../i18n/i18n';
import { localToday } from '../lib/today';
import { PrintedAnswers } from '../results/print-controls';
import { ResultsView } from '../results/results-view';
import { formatDate } from '../i18n/locale';
import { RULES_VERSION, assess, checkAnswers } from '../rules';
import { AnswersSummary } from './answers-summary';
import { journeyOf } from './journey';
import type { NavState } from './notices';
import { OpenedNotice } from './opened-notice';
import { pathFor } from './paths';
import { useWizardSlots } from './slots';
import { useProgress } from './store';
import { useFocusHeading } from './use-focus-heading';
import { usePageTitle } from './use-page-title';

/** In the language around it: a result shown in both languages links to each one's page. */
function CheckAnswersLink() {
  const t = useT();
  const lang = useLang();
  return (
    <p className="outcome__check no-print">
      <Link to={pathFor(lang, { kind: 'check' })}>{t('results.check-answers')}</Link>
    </p>
  );
}

/** On paper only, at the top: what this is, when it was worked out, under which rules, for which client. */
function PrintHeader({ asOf, reference }: { asOf: string; reference: string | undefined }) {
  const t = useT();
  const lang = useLang();
  return (
    <div className="print-only print-header">
      <p>
        <strong>{t('app.name')}</strong>
      </p>
      <p>{t('print.header', { date: formatDate(asOf, lang), version: RULES_VERSION })}</p>
      {reference ? <p>{t('print.header-reference', { reference })}</p> : null}
    </div>
  );
}

export function ResultsPage() {
  const lang = useLang();
  const t = useT();
  const progress = useProgress();
  const { Results, PrintControls, ruleIds = false } = useWizardSlots();
  useFocusHeading('results');
  usePageTitle(lang, t('results.title'));
  const asOf = localToday();
  const resume = journeyOf(progress, asOf).resume();
  const check = checkAnswers(progress.answers, asOf, 'complete');
  if (resume.kind === 'step' || !check.ok) {
    return <Navigate replace to={pathFor(lang, resume)} state={{ notice: 'deep-link' } satisfies NavState} />;
  }
  const assessment = assess(check.caseFile, asOf);
  const { answers } = check.caseFile;
  const view = (
    <ResultsView
      assessment={assessment}
      answers={answers}
      ruleIds={ruleIds}
      checkAnswers={<CheckAnswersLink />}
      print={PrintControls ? <PrintControls /> : undefined}
    >
      <PrintedAnswers>
        <AnswersSummary answers={answers} changeLinks={false} />
      </PrintedAnswers>
    </ResultsView>
  );
  return (
    <>
      <PrintHeader asOf={asOf} reference={progress.notes?.clientReference?.trim() || undefined} />
      <OpenedNotice opened={progress.opened} asOf={asOf} />
      {Results ? <Results assessment={assessment} answers={answers} asOf={asOf} view={view} /> : view}
    </>
  );
}
