/**
 * The engine's next-step codes as actions, in its order: `step.<code>` reads `next.<code>.*`. A
 * step's numbers come from the rows of the rules that asked for it (`next` on each row), so no
 * step writes a legal number of its own. Where the person applies, whether a removal order may be
 * in force and whether a bar holds pick another paragraph.
 */
import type { Params } from '../i18n/format';
import { useLang, useT, type MessageKey } from '../i18n/i18n';
import { formatDate } from '../i18n/locale';
import type { Lang } from '../i18n/shell';
import {
  removalOrderMayBeInForce,
  ruleById,
  sentenceValues,
  type Answers,
  type Assessment,
  type NextStep,
} from '../rules';
import { shownValues } from './rule-text';

type Code<S> = S extends `step.${infer C}` ? C : never;
const codeOf = (step: NextStep) => step.slice('step.'.length) as Code<NextStep>;

function bodyKey(step: NextStep, { pathway, outcome }: Assessment, answers: Answers): MessageKey {
  if (step === 'step.prepare-for-quebec-selection' && pathway === 'outside-canada')
    return 'next.prepare-for-quebec-selection.body-abroad';
  if (step === 'step.wait-until-earliest-date' && removalOrderMayBeInForce(answers))
    return 'next.wait-until-earliest-date.body-removal';
  if (step === 'step.request-authorization-to-return' && answers.removalOrderType === 'deportation')
    return 'next.request-authorization-to-return.body-deportation';
  if (step === 'step.complete-forms' && outcome === 'barred') return 'next.complete-forms.body-barred';
  return `next.${codeOf(step)}.body`;
}

function stepParams(step: NextStep, assessment: Assessment, answers: Answers, date: string, lang: Lang): Params {
  const asking = assessment.rules.filter((rule) => ruleById(rule.id).next?.includes(step));
  const values = Object.assign({}, ...asking.map((rule) => sentenceValues(rule.id, answers, assessment.asOf)));
  return { ...shownValues(values, lang), date };
}

/** The steps that cannot wait when a removal order may be in force or a bar holds: removal, then advice. */
const URGENT: readonly NextStep[] = [
  'step.respond-to-prra-notice',
  'step.keep-status-and-plan-departure',
  'step.request-authorization-to-return',
  'step.get-professional-advice',
];

/** The engine's steps by urgency: removal and legal advice first when removal or a bar is at stake. */
export function stepsByUrgency(assessment: Assessment, answers: Answers): NextStep[] {
  const steps = [...assessment.nextSteps];
  if (!removalOrderMayBeInForce(answers) && assessment.outcome !== 'barred') return steps;
  const urgent = URGENT.filter((step) => steps.includes(step));
  return [...urgent, ...steps.filter((step) => !urgent.includes(step))];
}

export function NextSteps({ assessment, answers }: { assessment: Assessment; answers: Answers }) {
  const t = useT();
  const lang = useLang();
  const date = assessment.earliestApplicationDate ? formatDate(assessment.earliestApplicationDate, lang) : '';
  return (
    <section id="next-steps">
      <h2 className="heading-m">{t('results.next.title')}</h2>
      <ol className="steps">
        {stepsByUrgency(assessment, answers).map((step) => {
          const params = stepParams(step, assessment, answers, date, lang);
          return (
            <li key={step} data-next-step={step}>
              <h3 className="heading-s">{t(`next.${codeOf(step)}.title`, params)}</h3>
              <p>{t(bodyKey(step, assessment, answers), params)}</p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
