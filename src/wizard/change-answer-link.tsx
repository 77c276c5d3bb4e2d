/**
 * A link to an earlier question whose answer clashes with, or decides, the one in front of the
 * person: "Change your answer: Where you are now". Once that step is saved, the journey brings the
 * person back to the first question still to answer, as a Change link on "Check your answers" does.
 */
import { Link } from 'react-router';
import { useLang, useT, type MessageKey, type Translate } from '../i18n/i18n';
import { stepOfField } from '../questions/catalogue';
import type { FieldId } from '../rules';
import type { NavState } from './notices';
import { pathFor } from './paths';

/** A question's name as "Check your answers" shows it; on a page of several questions, the page's title. */
export function questionName(t: Translate, field: FieldId): string {
  const step = stepOfField(field);
  return step.questions.length > 1 ? t(`step.${step.id}.title` as MessageKey) : t(`q.${field}.short`);
}

export function ChangeAnswerLink({ field }: { field: FieldId }) {
  const t = useT();
  const lang = useLang();
  return (
    <Link
      to={pathFor(lang, { kind: 'step', stepId: stepOfField(field).id })}
      state={{ fromCheck: true } satisfies NavState}
      data-change={field}
    >
      {t('check.change-label', { question: questionName(t, field) })}
    </Link>
  );
}
