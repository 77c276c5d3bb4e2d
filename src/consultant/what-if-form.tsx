/** The one question a what if changes, drawn and checked exactly as on its step of the wizard. */
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useT, type MessageKey } from '../i18n/i18n';
import type { Question } from '../questions/catalogue';
import type { Answers, FieldId } from '../rules';
import { QuestionField } from '../wizard/question-field';
import { formToAnswers, stepSchema, toFormValue, type FormError, type FormValues } from '../wizard/step-schema';
import { useCt } from './consultant-i18n';

interface Props {
  question: Question;
  /** the value to start from; undefined when answers are hidden */
  value: Answers[FieldId] | undefined;
  asOf: string;
  onApply: (value: Answers[FieldId] | undefined) => void;
}

export function WhatIfForm({ question, value, asOf, onApply }: Props) {
  const t = useT();
  const ct = useCt();
  const schema = useMemo(() => stepSchema([question], asOf), [question, asOf]);
  const form = useForm<FormValues>({ resolver: zodResolver(schema), defaultValues: { [question.field]: toFormValue(question, value) } });
  const message = form.formState.errors[question.field]?.message;
  const error = typeof message === 'string' ? (JSON.parse(message) as FormError) : undefined;
  return (
    <form noValidate className="what-if__form"
      onSubmit={form.handleSubmit((values) => onApply(formToAnswers([question], values, asOf)[question.field]))}>
      <QuestionField question={question} isHeading={false} form={form} error={error ? t(error.key as MessageKey, error.params) : undefined} />
      <button type="submit" className="button">{ct('consultant.whatif.apply')}</button>
    </form>
  );
}
