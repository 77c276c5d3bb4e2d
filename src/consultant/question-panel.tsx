/**
 * Under each question, in consultant mode: the case-file field it answers, the rules that read it,
 * each with its effect and its own citations linked to the official text in the page's language
 * (grouped by rule, so a question many rules read does not end in one long list of sources), and
 * one line on why it matters in law.
 */
import { useLang } from '../i18n/i18n';
import { CitationList } from '../results/citation-list';
import { RULES, type FieldId } from '../rules';
import { RULE_READS } from '../rules/rule-reads';
import { useCt } from './consultant-i18n';
import { legalValues } from './legal-params';

export function QuestionPanel({ field }: { field: FieldId }) {
  const ct = useCt();
  const values = legalValues(useLang());
  const rules = RULES.filter((rule) => RULE_READS[rule.id].includes(field));
  return (
    <div className="consultant-panel" data-consultant-field={field}>
      <p className="consultant-panel__title">{ct('consultant.question.title')}</p>
      <dl className="consultant-facts">
        <dt>{ct('consultant.question.field')}</dt>
        <dd>
          <code>{field}</code>
        </dd>
        <dt>{ct('consultant.question.rules')}</dt>
        <dd>
          {rules.length === 0 ? (
            ct('consultant.question.no-rules')
          ) : (
            <ul className="consultant-rules">
              {rules.map((rule) => (
                <li key={rule.id} data-rule-id={rule.id}>
                  <code>{rule.id}</code>{' '}
                  <span className="consultant-tag">{ct(`consultant.effect.${rule.effect}`)}</span>
                  <CitationList citations={rule.citations} />
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{ct('consultant.question.law')}</dt>
        <dd>
          <p data-law>{ct(`consultant.law.${field}`, values)}</p>
        </dd>
      </dl>
    </div>
  );
}
