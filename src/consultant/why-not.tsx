/**
 * Why not: every rule of the table that did not fire on the result, in the engine's order, with its
 * condition in words (legal periods filled from the parameters on the result's date, or on the
 * rule's in-force date for a rule not yet in force) and the person's answers to the fields it reads
 * (`RULE_READS`, kept honest by a test). A listed rule is weighed only when the person can apply or
 * is barred; its row says so otherwise. "Hide answers" hides the answers here as in the trace.
 * The answers are shown as given, as in the trace; in-force dates are compared here rather than with
 * the engine's `inForceOn`, whose import would add an export to the journey's shared chunk.
 */
import { useId } from 'react';
import { useLang, useT } from '../i18n/i18n';
import { LOCALES, formatDate } from '../i18n/locale';
import { QUESTIONS } from '../questions/catalogue';
import { RULES, type Answers, type Assessment, type FieldId, type Rule, type RuleId } from '../rules';
import { RULE_READS } from '../rules/rule-reads';
import { answerText } from '../wizard/answer-text';
import { useCt } from './consultant-i18n';
import { legalValues } from './legal-params';
import { useConsultantSettings } from './settings';

export function WhyNot({ assessment, answers }: { assessment: Assessment; answers: Answers }) {
  const ct = useCt();
  const lang = useLang();
  const titleId = useId();
  const fired = new Set<string>(assessment.rules.map((r) => r.id));
  const rules = RULES.filter((rule) => !fired.has(rule.id));
  if (rules.length === 0) return null;
  return (
    <>
      <h4 id={titleId} className="heading-s">
        {ct('consultant.whynot.title')}
      </h4>
      <p>{ct('consultant.whynot.intro', { date: formatDate(assessment.asOf, lang) })}</p>
      <table className="table table--words" aria-labelledby={titleId}>
        <thead>
          <tr>
            <th scope="col">{ct('consultant.whynot.col.rule')}</th>
            <th scope="col">{ct('consultant.whynot.col.condition')}</th>
            <th scope="col">{ct('consultant.whynot.col.answers')}</th>
          </tr>
        </thead>
        <tbody>
          {rules.map((rule) => (
            <WhyNotRow key={rule.id} rule={rule} assessment={assessment} answers={answers} />
          ))}
        </tbody>
      </table>
    </>
  );
}

const OPEN_OUTCOMES: readonly Assessment['outcome'][] = ['barred', 'can-apply'];

function WhyNotRow({ rule, assessment, answers }: { rule: Rule<RuleId>; assessment: Assessment; answers: Answers }) {
  const ct = useCt();
  const lang = useLang();
  const { asOf } = assessment;
  const inForce = rule.inForce === undefined || asOf >= rule.inForce.from;
  const notWeighed = inForce && rule.step === 'listed' && !OPEN_OUTCOMES.includes(assessment.outcome);
  const values = legalValues(lang, inForce || !rule.inForce ? asOf : rule.inForce.from);
  return (
    <tr data-why-not={rule.id}>
      <th scope="row">
        <code>{rule.id}</code>
      </th>
      <td>
        {!inForce && rule.inForce ? (
          <p data-why-not-note="not-in-force">
            {ct('consultant.whynot.not-in-force', {
              date: formatDate(asOf, lang),
              from: formatDate(rule.inForce.from, lang),
            })}
          </p>
        ) : null}
        {notWeighed ? <p data-why-not-note="not-weighed">{ct('consultant.whynot.not-weighed')}</p> : null}
        <p data-why-not-condition>{ct(`consultant.condition.${rule.id}`, values)}</p>
      </td>
      <td>
        <ReadAnswers rule={rule} answers={answers} />
      </td>
    </tr>
  );
}

/** The answers a rule reads, "question: answer"; the questions not asked in one line after them. */
function ReadAnswers({ rule, answers }: { rule: Rule<RuleId>; answers: Answers }) {
  const ct = useCt();
  const t = useT();
  const lang = useLang();
  const { hideAnswers } = useConsultantSettings();
  const read = QUESTIONS.filter((q) => RULE_READS[rule.id].includes(q.field));
  if (read.length === 0) return ct('consultant.whynot.none-read');
  // Hidden answers hide which questions were asked too: that alone tells much of a story.
  const shown = hideAnswers ? read : read.filter((q) => answers[q.field] !== undefined);
  const notAsked = hideAnswers ? [] : read.filter((q) => answers[q.field] === undefined);
  const short = (field: FieldId) => t(`q.${field}.short`);
  return (
    <ul className="consultant-rules">
      {shown.map((q) => (
        <li key={q.field} data-why-not-answer={q.field}>
          {ct('consultant.trace.answer', {
            question: short(q.field),
            answer: hideAnswers ? t('consultant.hidden') : answerText(q, answers, t, lang),
          })}
        </li>
      ))}
      {notAsked.length > 0 ? (
        <li data-why-not-answer="not-asked">
          {ct('consultant.whynot.not-asked', {
            questions: new Intl.ListFormat(LOCALES[lang]).format(notAsked.map((q) => short(q.field))),
          })}
        </li>
      ) : null}
    </ul>
  );
}
