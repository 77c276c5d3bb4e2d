/** The one question a what if changes, drawn and checked exactly as on its step of the wizard. */
import type { Question } from '../questions/catalogue';
import type { Answers, FieldId } from '../rules';
import { QuestionField } from '../wizard/question-field';
import { useStepForm } from '../wizard/use-step-form';
import { useCt } from './consultant-i18n';

interface Props {
  question: Question;
  /** the answers the what if has reached; the field starts from this question's */
  answers: Answers;
  /** answers are hidden: the field starts empty */
  hidden: boolean;
  asOf: string;
  onApply: (value: Answers[FieldId] | undefined) => void;
}

export function WhatIfForm({ question, answers, hidden, asOf, onApply }: Props) {
  const ct = useCt();
  // The question stands alone (no answers given to check it against): no other answer limits it, and
  // no error names a number taken from them (the family's size) while answers are hidden.
  const { form, errorFor, handleSubmit } = useStepForm([question], undefined, asOf, {
    start: hidden ? {} : answers,
    focusError: true,
  });
  return (
    <form noValidate className="what-if__form" onSubmit={handleSubmit((given) => onApply(given[question.field]))}>
      <QuestionField question={question} isHeading={false} form={form} error={errorFor(question.field)} />
      <button type="submit" className="button">
        {ct('consultant.whatif.apply')}
      </button>
    </form>
  );
}
