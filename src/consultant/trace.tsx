/**
 * The rules trace: every rule that fired, in the engine's order, with its effect, its citations
 * linked to the official text, its dates (wording checked; for a rule that has one, its in-force
 * date and the Act that enacted it; a bar's end, or the end a lifted bar would have) and the
 * answers it read that made it fire; then the rules that did not fire (`why-not.tsx`). On screen
 * and on paper.
 */
import { useLang, useT } from '../i18n/i18n';
import { formatDate } from '../i18n/locale';
import { citationLabel } from '../results/citation-label';
import { QUESTIONS } from '../questions/catalogue';
import { RULES_VERSION, citationLinks, ruleById, type Answers, type Assessment, type FiredRule } from '../rules';
import { RULE_READS } from '../rules/rule-reads';
import { answerText } from '../wizard/answer-text';
import { useCt } from './consultant-i18n';
import { useConsultantSettings } from './settings';
import { WhyNot } from './why-not';

export function Trace({ assessment, answers }: { assessment: Assessment; answers: Answers }) {
  const ct = useCt();
  const lang = useLang();
  return (
    <>
      <h3 className="heading-m">{ct('consultant.trace.title')}</h3>
      <p>{ct('consultant.trace.intro', { date: formatDate(assessment.asOf, lang), version: RULES_VERSION })}</p>
      <ol className="trace">
        {assessment.rules.map((fired) => (
          <TraceRule key={fired.id} fired={fired} answers={answers} />
        ))}
      </ol>
      <WhyNot assessment={assessment} answers={answers} />
    </>
  );
}

function TraceRule({ fired, answers }: { fired: FiredRule; answers: Answers }) {
  const ct = useCt();
  const t = useT();
  const lang = useLang();
  const { hideAnswers } = useConsultantSettings();
  const rule = ruleById(fired.id);
  const read = QUESTIONS.filter((q) => RULE_READS[rule.id].includes(q.field) && answers[q.field] !== undefined);
  const date = (iso: string) => formatDate(iso, lang);
  return (
    <li className="trace__rule" data-trace-rule={fired.id}>
      <h4 className="heading-s">
        <code>{fired.id}</code>
      </h4>
      <dl className="consultant-facts">
        <dt>{ct('consultant.trace.effect')}</dt>
        <dd data-trace="effect">{ct(`consultant.effect.${fired.effect}`)}</dd>
        <dt>{ct('consultant.trace.sources')}</dt>
        <dd>
          <ul className="inline-list">
            {fired.citations.map((citation) => {
              const href = citationLinks(citation)?.[lang];
              const label = citationLabel(citation, lang);
              return <li key={citation}>{href ? <a href={href}>{label}</a> : label}</li>;
            })}
          </ul>
        </dd>
        <dt>{ct('consultant.trace.checked')}</dt>
        <dd data-trace="checked">{date(rule.checked)}</dd>
        {rule.inForce ? (
          <>
            <dt>{ct('consultant.trace.in-force')}</dt>
            <dd data-trace="in-force">{date(rule.inForce.from)}</dd>
            <dt>{ct('consultant.trace.enacted-by')}</dt>
            <dd data-trace="enacted-by">{rule.inForce.enactedBy}</dd>
          </>
        ) : null}
        {fired.effect === 'bar' || fired.until ? (
          <>
            <dt>{ct(fired.effect === 'bar' ? 'consultant.trace.until' : 'consultant.trace.lift-until')}</dt>
            <dd data-trace="until">{fired.until ? date(fired.until) : ct('consultant.trace.no-end')}</dd>
          </>
        ) : null}
        <dt>{ct('consultant.trace.answers')}</dt>
        <dd>
          {read.length === 0 ? (
            ct('consultant.trace.no-answers')
          ) : (
            <ul className="consultant-rules">
              {read.map((q) => (
                <li key={q.field} data-trace-answer={q.field}>
                  {ct('consultant.trace.answer', {
                    question: t(`q.${q.field}.short`),
                    answer: hideAnswers ? t('consultant.hidden') : answerText(q, answers, t, lang),
                  })}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
    </li>
  );
}
