/**
 * One card per rule that fired, grouped: what decides the outcome, then warnings, suggestions and
 * information. Each card shows the reason, what it means and its sources; in consultant mode
 * (`ruleIds`), also its rule id, which consultants quote and a person never needs.
 */
import { useLang, useT } from '../i18n/i18n';
import type { Answers, Assessment, FiredRule } from '../rules';
import { CitationList } from './citation-list';
import { QuebecSupport } from './quebec-support';
import { groupRules } from './rule-groups';
import { ruleContext, ruleText, type RuleContext } from './rule-text';

interface Props {
  assessment: Assessment;
  answers: Answers;
  ruleIds?: boolean;
}

export function RuleCards({ assessment, answers, ruleIds = false }: Props) {
  const t = useT();
  const context = ruleContext(t, useLang(), assessment, answers);
  return groupRules(assessment.rules).map(({ group, rules }) => (
    <section key={group}>
      <h2 className="heading-m">{t(`results.group.${group}`)}</h2>
      {rules.map((rule) => (
        <RuleCard key={rule.id} rule={rule} context={context} ruleId={ruleIds} />
      ))}
    </section>
  ));
}

function RuleCard({ rule, context, ruleId }: { rule: FiredRule; context: RuleContext; ruleId: boolean }) {
  const text = ruleText(rule, context);
  return (
    <div className="card" data-rule={rule.id}>
      <h3 className="heading-s">{text.title}</h3>
      {text.paragraphs.map((paragraph, i) => (
        <p key={i}>{paragraph}</p>
      ))}
      {rule.id === 'inform.quebec-support' ? <QuebecSupport /> : null}
      <CitationList citations={rule.citations} />
      {ruleId ? <p className="card__rule">{context.t('results.rule-id', { id: rule.id })}</p> : null}
    </div>
  );
}
