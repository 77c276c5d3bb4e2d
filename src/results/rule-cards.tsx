/**
 * One card per rule that fired, grouped: what decides the outcome, then warnings, suggestions and
 * information. Each card shows the reason, what it means, its sources and its rule id (consultants
 * quote the ids).
 */
import { useLang, useT } from '../i18n/i18n';
import type { Answers, Assessment, FiredRule } from '../rules';
import { CitationList } from './citation-list';
import { QuebecSupport } from './quebec-support';
import { groupRules } from './rule-groups';
import { ruleText, type RuleContext } from './rule-text';

export function RuleCards({ assessment, answers }: { assessment: Assessment; answers: Answers }) {
  const t = useT();
  const context: RuleContext = { t, lang: useLang(), pathway: assessment.pathway, answers, asOf: assessment.asOf };
  return groupRules(assessment.rules).map(({ group, rules }) => (
    <section key={group}>
      <h2 className="heading-m">{t(`results.group.${group}`)}</h2>
      {rules.map((rule) => (
        <RuleCard key={rule.id} rule={rule} context={context} />
      ))}
    </section>
  ));
}

function RuleCard({ rule, context }: { rule: FiredRule; context: RuleContext }) {
  const text = ruleText(rule, context);
  return (
    <div className="card" data-rule={rule.id}>
      <h3 className="heading-s">{text.title}</h3>
      {text.paragraphs.map((paragraph, i) => (
        <p key={i}>{paragraph}</p>
      ))}
      {rule.id === 'inform.quebec-support' ? <QuebecSupport /> : null}
      <CitationList citations={rule.citations} />
      <p className="card__rule">{context.t('results.rule-id', { id: rule.id })}</p>
    </div>
  );
}
