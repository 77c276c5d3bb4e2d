/**
 * Every answer on the journey as a summary list: on "Check your answers" with Change links, and
 * in the printed result without them. The values may be masked (a slot: a shared screen).
 */
import { Link } from 'react-router';
import { useLang, useT } from '../i18n/i18n';
import { localToday } from '../lib/today';
import type { Answers } from '../rules';
import { answerText } from './answer-text';
import { askedFields, journey } from './journey';
import type { NavState } from './notices';
import { pathFor } from './paths';
import { useWizardSlots } from './slots';

/** `asOf`: the evaluation date that decides where the journey stops (today where the person is, unless given). */
export function AnswersSummary({
  answers,
  asOf = localToday(),
  changeLinks,
}: {
  answers: Answers;
  asOf?: string;
  changeLinks: boolean;
}) {
  const t = useT();
  const lang = useLang();
  const { maskAnswers } = useWizardSlots();
  const rows = journey(answers, asOf).flatMap((step) => {
    const asked = askedFields(step, answers);
    return step.questions.filter((q) => asked.includes(q.field)).map((q) => ({ step, q }));
  });
  return (
    <dl className="summary-list">
      {rows.map(({ step, q }) => (
        <div className="summary-list__row" key={q.field} data-field={q.field}>
          <dt className="summary-list__key">{t(`q.${q.field}.short`)}</dt>
          <dd className="summary-list__value">
            {maskAnswers ? (
              <span className="answer-hidden">{t('consultant.hidden')}</span>
            ) : (
              answerText(q, answers, t, lang)
            )}
          </dd>
          {changeLinks ? (
            <dd className="summary-list__actions">
              <Link
                to={pathFor(lang, { kind: 'step', stepId: step.id })}
                state={{ fromCheck: true } satisfies NavState}
                aria-label={t('check.change-label', { question: t(`q.${q.field}.short`) })}
              >
                {t('check.change')}
              </Link>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}
