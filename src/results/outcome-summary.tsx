/**
 * The outcome in plain words, first on the page: what the person can do, and for a bar, from when
 * or what must happen first. A lifted 12-month wait says here too from when the person could apply
 * if IRCC does not accept the exception; a redirect still warns about removal and the designated
 * foreign national's bar, which the early stop of the questions leaves unasked. The outcome is said
 * in text; the colour only repeats it.
 */
import type { ReactNode } from 'react';
import { useLang, useT, type MessageKey, type Translate } from '../i18n/i18n';
import { formatDate } from '../i18n/locale';
import { isInCanada, removalOrderMayBeInForce, sentenceValues, type Answers, type Assessment } from '../rules';
import { ruleContext, ruleParams, ruleText, type RuleContext } from './rule-text';

interface Props {
  assessment: Assessment;
  answers: Answers;
  /** what follows the panel's words inside it: the way back to the answers */
  children?: ReactNode;
}

export function OutcomeSummary({ assessment, answers, children }: Props) {
  const t = useT();
  const lang = useLang();
  const { outcome } = assessment;
  const context = ruleContext(t, lang, assessment, answers);
  const date = keyDate(assessment, context);
  return (
    <div className={`outcome outcome--${outcome}`} data-outcome={outcome}>
      <h1 className="outcome__title" id="outcome-title">
        {heading(assessment, context)}
      </h1>
      {/* a redirect's heading names the class: its general sentence would only delay the warnings */}
      {outcome === 'use-other-class' ? null : <p>{summary(assessment, t)}</p>}
      {date ? (
        <p className="outcome__date" data-key-date>
          {date}
        </p>
      ) : null}
      {outcome === 'barred' && assessment.earliestApplicationDate === null ? (
        <ul>
          {firstSteps(assessment, context).map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      ) : null}
      {caveats(assessment, context).map((text) => (
        <p key={text} data-caveat>
          {text}
        </p>
      ))}
      {children}
    </div>
  );
}

/** The outcome as the page's heading; a redirect names its class (the first one the engine gives). */
function heading(assessment: Assessment, context: RuleContext): string {
  const redirect = assessment.outcome === 'use-other-class' && assessment.rules.find((r) => r.effect === 'redirect');
  return redirect ? ruleText(redirect, context).title : context.t(`results.outcome.${assessment.outcome}`);
}

/** The date that matters most, on its own line: the earliest day to apply, or a lifted wait's fallback. */
function keyDate(assessment: Assessment, context: RuleContext): string | null {
  const { t, lang } = context;
  if (assessment.earliestApplicationDate)
    return t('results.key-date.earliest', { date: formatDate(assessment.earliestApplicationDate, lang) });
  const lift = assessment.rules.find((r) => r.id === 'lift.twelve-month');
  return lift ? t('results.key-date.lift', ruleParams(lift, context)) : null;
}

function summary({ outcome, pathway, earliestApplicationDate }: Assessment, t: Translate): string {
  switch (outcome) {
    case 'barred':
      // A dated bar's date stands on its own line below, so the sentence does not repeat it.
      return t(earliestApplicationDate ? 'results.summary.barred-dated' : 'results.summary.barred-no-date');
    case 'can-apply':
      return t(
        pathway === 'outside-canada'
          ? 'results.summary.can-apply.outside-canada'
          : 'results.summary.can-apply.in-canada',
      );
    default:
      return t(`results.summary.${outcome}`);
  }
}

/** With no date: what must happen first, one line per bar (a dated bar says from when, in its own words). */
function firstSteps(assessment: Assessment, context: RuleContext): string[] {
  const { t } = context;
  return assessment.rules
    .filter((r) => r.effect === 'bar')
    .map((rule) => t(`results.first.${rule.until ? 'until.' : ''}${rule.id}` as MessageKey, ruleParams(rule, context)));
}

/** What the outcome alone would leave out: the wait an exception may lift, and a redirect's limits. */
function caveats(assessment: Assessment, context: RuleContext): string[] {
  const { t, answers } = context;
  const lift = assessment.rules.find((r) => r.id === 'lift.twelve-month');
  const texts = lift ? [t('results.summary.lift', ruleParams(lift, context))] : [];
  const quebec = assessment.rules.find((r) => r.id === 'inform.quebec-selection');
  if (quebec && (assessment.outcome === 'can-apply' || assessment.outcome === 'barred')) {
    const params = ruleParams(quebec, context);
    texts.push(t(params.date ? 'results.summary.quebec' : 'results.summary.quebec-undated', params));
  }
  // A "not sure" on a class that comes before H&C could change the outcome itself: say so here.
  if (assessment.outcome === 'can-apply' || assessment.outcome === 'barred')
    for (const answer of ['spouseOrPartnerInCanada', 'permitHolderEligible'] as const)
      if (answers[answer] === 'unsure') texts.push(t(`results.unsure.${answer}`));
  if (assessment.outcome !== 'use-other-class') return texts;
  if (isInCanada(answers))
    texts.push(t(removalOrderMayBeInForce(answers) ? 'results.redirect.removal' : 'results.redirect.removal-if'));
  return texts;
}

/**
 * A redirect's other limit, which the early stop leaves unasked: the designated foreign national's
 * bar. Less urgent than removal, it follows the next steps so that the first screen holds the first.
 */
export function RedirectLimits({ assessment, answers }: { assessment: Assessment; answers: Answers }) {
  const t = useT();
  if (assessment.outcome !== 'use-other-class') return null;
  const values = sentenceValues('bar.designated-foreign-national', answers, assessment.asOf);
  return (
    <p className="notice notice--warning" data-caveat="dfn">
      {t('results.redirect.dfn', values)}
    </p>
  );
}
