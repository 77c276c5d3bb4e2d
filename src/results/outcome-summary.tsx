/**
 * The outcome in plain words, first on the page: what the person can do, and for a bar, from when
 * or what must happen first. The outcome is said in text; the colour only repeats it.
 */
import { useLang, useT, type MessageKey, type Translate } from '../i18n/i18n';
import { formatDate } from '../i18n/locale';
import type { Lang } from '../i18n/shell';
import type { Answers, Assessment } from '../rules';
import { ruleParams, ruleText, type RuleContext } from './rule-text';

export function OutcomeSummary({ assessment, answers }: { assessment: Assessment; answers: Answers }) {
  const t = useT();
  const lang = useLang();
  const { outcome } = assessment;
  const context: RuleContext = { t, lang, pathway: assessment.pathway, answers, asOf: assessment.asOf };
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

/** With no date: what must happen first, one line per bar (a dated bar says when it ends). */
function firstSteps(assessment: Assessment, context: RuleContext): string[] {
  const { t, lang } = context;
  return assessment.rules
    .filter((r) => r.effect === 'bar')
    .map((rule) =>
      rule.until
        ? t('results.first.until', { rule: ruleText(rule, context).title, until: formatDate(rule.until, lang) })
        : t(`results.first.${rule.id}` as MessageKey, ruleParams(rule, context)),
    );
}
