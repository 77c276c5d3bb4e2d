/**
 * The outcome in plain words, first on the page: what the person can do, and for a bar, from when
 * or what must happen first. A lifted 12-month wait says here too from when the person could apply
 * if IRCC does not accept the exception; a redirect still warns about removal and the designated
 * foreign national's bar, which the early stop of the questions leaves unasked. The outcome is said
 * in text; the colour only repeats it.
 */
import { useLang, useT, type MessageKey, type Translate } from '../i18n/i18n';
import { formatDate } from '../i18n/locale';
import type { Lang } from '../i18n/shell';
import { isInCanada, removalOrderMayBeInForce, sentenceValues, type Answers, type Assessment } from '../rules';
import { ruleContext, ruleParams, type RuleContext } from './rule-text';

export function OutcomeSummary({ assessment, answers }: { assessment: Assessment; answers: Answers }) {
  const t = useT();
  const lang = useLang();
  const { outcome } = assessment;
  const context = ruleContext(t, lang, assessment, answers);
  return (
    <div className={`outcome outcome--${outcome}`} data-outcome={outcome}>
      <p className="outcome__title">{t(`results.outcome.${outcome}`)}</p>
      <p>{summary(assessment, t, lang)}</p>
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
    </div>
  );
}

function summary({ outcome, pathway, earliestApplicationDate }: Assessment, t: Translate, lang: Lang): string {
  switch (outcome) {
    case 'barred':
      return earliestApplicationDate
        ? t('results.summary.barred-date', { date: formatDate(earliestApplicationDate, lang) })
        : t('results.summary.barred-no-date');
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
  const { t, answers, asOf } = context;
  const lift = assessment.rules.find((r) => r.id === 'lift.twelve-month');
  const texts = lift ? [t('results.summary.lift', ruleParams(lift, context))] : [];
  if (assessment.outcome !== 'use-other-class') return texts;
  if (isInCanada(answers))
    texts.push(t(removalOrderMayBeInForce(answers) ? 'results.redirect.removal' : 'results.redirect.removal-if'));
  texts.push(t('results.redirect.dfn', sentenceValues('bar.designated-foreign-national', answers, asOf)));
  return texts;
}
