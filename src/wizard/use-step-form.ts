/**
 * One step's form (react-hook-form's wizard guidance: one form per step, saved to a shared store).
 * Its resolver converts and checks each question's raw value once (step-schema.ts), so
 * `handleSubmit` receives the step's answers, ready for the store; a refused form gets each shown
 * question's error in the page's language. A question that an answer on the same page makes
 * relevant is shown as soon as that answer is given. The step page and the what-if form use it.
 */
import { useEffect, useState, type BaseSyntheticEvent } from 'react';
import { useForm, useWatch, type FieldErrors, type Resolver, type UseFormReturn } from 'react-hook-form';
import type { SummaryError } from '../components/error-summary';
import { useLang, useT, type MessageKey, type Translate } from '../i18n/i18n';
import type { Question } from '../questions/catalogue';
import type { Answers, FieldId, IsoDate } from '../rules';
import {
  checkStep,
  shownQuestions,
  toFormValue,
  type FormError,
  type FormValues,
  type StepAnswers,
} from './step-schema';

/** Errors said in each question's own words (GOV.UK's "Select yes if…", "Enter the date of…"). */
const OWN_WORDS: Partial<Record<FormError['key'], 'error' | 'error-negative'>> = {
  'error.choose-one': 'error',
  'error.choose-at-least-one': 'error',
  'error.enter-date': 'error',
  'error.enter-number': 'error',
  'error.number-negative': 'error-negative',
};

/**
 * An error in words: a question left empty says what to give for that question (so two questions
 * on a page never share a message); an option it names is given by its label, not by its stored value.
 */
export function errorMessage(t: Translate, field: FieldId, { key, params }: FormError): string {
  const option = params?.option;
  const words = OWN_WORDS[key];
  const message = words ? (`q.${field}.${words}` as MessageKey) : key;
  return t(message, option === undefined ? params : { ...params, option: t(`q.${field}.option.${option}`) });
}

/**
 * react-hook-form's resolver for a step: the step's answers as the form's values (see
 * `checkStep`), or the errors of the questions it shows, in words (with, under `types.other`, the
 * earlier question an error clashes with).
 */
export function stepResolver(
  questions: readonly Question[],
  asOf: IsoDate,
  answers: Answers | undefined,
  t: Translate,
): Resolver<FormValues, unknown, StepAnswers> {
  return (raw) => {
    const checked = checkStep(questions, raw, asOf, answers);
    if (checked.ok) return { values: checked.answers, errors: {} };
    const errors: FieldErrors<FormValues> = {};
    for (const q of questions) {
      const error = checked.errors[q.field];
      if (error)
        errors[q.field] = {
          type: error.key,
          message: errorMessage(t, q.field, error),
          ...(error.other ? { types: { other: error.other } } : {}),
        };
    }
    return { values: {}, errors };
  };
}

export interface StepForm {
  /** the form itself, for each question's field */
  form: UseFormReturn<FormValues, unknown, StepAnswers>;
  /** the questions shown now, a revealed one included as soon as the answer revealing it is given */
  shown: Question[];
  /** the shown questions' errors, in their order, for the error summary */
  errors: SummaryError[];
  errorFor(field: FieldId): string | undefined;
  /** the earlier question this field's error clashes with, to link to it */
  otherFor(field: FieldId): FieldId | undefined;
  /** changes on every refused submit, so the error summary takes the focus again */
  attempt: number;
  /** the form's submit handler: `onValid` receives the step's answers (undefined removes one) */
  handleSubmit(onValid: (answers: StepAnswers) => void): (event?: BaseSyntheticEvent) => Promise<void>;
}

export interface StepFormOptions {
  /** the answers the fields start from, when not `answers` (the what-if form with answers hidden starts from none) */
  start?: Answers;
  /** a refused submit focuses the first field in error (react-hook-form's own), for a form with no error summary to take it */
  focusError?: boolean;
}

/**
 * The form of `questions`, checked on `asOf` against the stored `answers`: these decide which
 * questions an answer on the page reveals and the limits other answers set (no more people exempt
 * from biometrics than in the application). Without `answers`, each question stands alone.
 */
export function useStepForm(
  questions: readonly Question[],
  answers: Answers | undefined,
  asOf: IsoDate,
  options: StepFormOptions = {},
): StepForm {
  const t = useT();
  const lang = useLang();
  const start = options.start ?? answers ?? {};
  const form = useForm<FormValues, unknown, StepAnswers>({
    resolver: stepResolver(questions, asOf, answers, t),
    defaultValues: Object.fromEntries(questions.map((q) => [q.field, toFormValue(q, start[q.field])])),
    shouldFocusError: options.focusError ?? false,
  });
  // Only the answers that reveal a question re-render the form as they change.
  const revealers = [...new Set(questions.flatMap((q) => q.revealedBy ?? []))];
  useWatch({ control: form.control, name: revealers, disabled: revealers.length === 0 });
  const shown = shownQuestions(questions, form.getValues(), asOf, answers);
  const [attempt, setAttempt] = useState(0);
  useErrorsInLanguage(form, lang);

  const errors = shown.flatMap((q) => {
    const message = form.formState.errors[q.field]?.message;
    return typeof message === 'string' ? [{ fieldId: q.field, message }] : [];
  });
  return {
    form,
    shown,
    errors,
    errorFor: (field) => errors.find((e) => e.fieldId === field)?.message,
    otherFor: (field) => form.formState.errors[field]?.types?.other as FieldId | undefined,
    attempt,
    handleSubmit: (onValid) =>
      form.handleSubmit(
        (given) => onValid(given),
        () => setAttempt((n) => n + 1),
      ),
  };
}

/**
 * A language switch keeps the page and its form: the errors shown are checked again, to be said in
 * the new language (an error's words are made by the resolver).
 */
function useErrorsInLanguage(form: UseFormReturn<FormValues, unknown, StepAnswers>, lang: string): void {
  useEffect(() => {
    if (Object.keys(form.formState.errors).length > 0) void form.trigger();
  }, [form, lang]);
}
