/**
 * A step of the wizard: one form (react-hook-form) for the step's questions, checked by the schema
 * derived from the engine's; on Continue the answers go to the store, answers that no longer apply
 * are dropped, and the person moves to the next step (or back to "Check your answers" after a
 * change). A question that an answer on the same page makes relevant is revealed under it as soon
 * as that answer is given (GOV.UK's conditional reveal). A step that is not reachable yet sends the
 * person to the first unfinished one. What the app puts in the slots (slots.tsx) shows under each
 * question and at the end of the form. The page's form carries `data-step="<step id>"` for checks
 * from outside.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { Fragment, useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { Link, Navigate, useLocation, useNavigate, useParams } from 'react-router';
import { ErrorSummary, type SummaryError } from '../components/error-summary';
import { useLang, useT, type MessageKey } from '../i18n/i18n';
import { pathFor } from './paths';
import { stepById, type Step } from '../questions/catalogue';
import { stepIdForSlug } from '../questions/slugs';
import { NotFoundPage } from './not-found-page';
import { firstUnfinishedStep, isReachable, journey, position, type Progress } from './journey';
import { QuestionField } from './question-field';
import { formToAnswers, shownQuestions, stepSchema, toFormValue, type FormError, type FormValues } from './step-schema';
import { getProgress, saveStep, useProgress } from './store';
import { localToday } from '../lib/today';
import { useFocusHeading } from './use-focus-heading';
import { CONTINUE_MARK, useMeasureStepPaint } from './step-timing';
import { Notices, type NavState } from './notices';
import { useWizardSlots } from './slots';

export function StepPage() {
  const { slug } = useParams();
  const lang = useLang();
  const progress = useProgress();
  const location = useLocation();
  const stepId = stepIdForSlug(lang, slug);
  const step = stepId ? stepById(stepId) : undefined;
  const today = localToday();
  if (!step) return <NotFoundPage lang={lang} />;
  if (!isReachable(step.id, progress, today)) {
    const first = firstUnfinishedStep(progress, today);
    const target = first ? pathFor(lang, { kind: 'step', stepId: first.id }) : pathFor(lang, { kind: 'check' });
    return <Navigate to={target} replace state={{ notice: 'deep-link' } satisfies NavState} />;
  }
  return <StepForm key={`${step.id}:${progress.generation}`} step={step} progress={progress} fromCheck={Boolean((location.state as NavState | null)?.fromCheck)} />;
}

function StepForm({ step, progress, fromCheck }: { step: Step; progress: Progress; fromCheck: boolean }) {
  const t = useT();
  const lang = useLang();
  const navigate = useNavigate();
  const today = localToday();
  const all = step.questions;
  const schema = useMemo(() => stepSchema(all, today, progress.answers), [all, today, progress.answers]);
  const form = useForm<FormValues>({
    resolver: zodResolver(schema),
    defaultValues: Object.fromEntries(all.map((q) => [q.field, toFormValue(q, progress.answers[q.field])])),
    shouldFocusError: false,
  });
  // Only the answers that reveal a question re-render the page as they change.
  const revealers = [...new Set(all.flatMap((q) => q.revealedBy ?? []))];
  useWatch({ control: form.control, name: revealers, disabled: revealers.length === 0 });
  const questions = shownQuestions(all, form.getValues(), today, progress.answers);
  const [attempt, setAttempt] = useState(0);
  const { QuestionExtra, StepExtra } = useWizardSlots();
  useFocusHeading(step.id);
  useMeasureStepPaint(step.id);

  const steps = journey(progress.answers, today);
  const index = steps.findIndex((s) => s.id === step.id);
  const previous = index > 0 ? steps[index - 1] : undefined;

  const onValid = (valid: FormValues) => {
    const { dropped } = saveStep(step.id, formToAnswers(all, valid, today, progress.answers), today);
    const state: NavState = { dropped: dropped.length, fromCheck };
    const after = getProgress();
    const first = firstUnfinishedStep(after, today);
    if (fromCheck || !first) {
      navigate(first ? pathFor(lang, { kind: 'step', stepId: first.id }) : pathFor(lang, { kind: 'check' }), { state });
      return;
    }
    const nextSteps = journey(after.answers, today);
    const next = nextSteps[nextSteps.findIndex((s) => s.id === step.id) + 1];
    navigate(next ? pathFor(lang, { kind: 'step', stepId: next.id }) : pathFor(lang, { kind: 'check' }), { state });
  };

  const errors: SummaryError[] = questions.flatMap((q) => {
    const message = form.formState.errors[q.field]?.message;
    if (typeof message !== 'string') return [];
    const error = JSON.parse(message) as FormError;
    // An option named in a message is shown by its label, not its stored value.
    const option = error.params?.option;
    const params = option === undefined ? error.params : { ...error.params, option: t(`q.${q.field}.option.${option}` as MessageKey) };
    return [{ fieldId: q.field, message: t(error.key as MessageKey, params) }];
  });
  const errorFor = (field: string) => errors.find((e) => e.fieldId === field)?.message;
  const single = all.length === 1;

  return (
    <>
      <Link className="back-link" to={previous ? pathFor(lang, { kind: 'step', stepId: previous.id }) : pathFor(lang, { kind: 'start' })}>
        {t('wizard.back')}
      </Link>
      <Notices />
      <p className="progress">{t('wizard.progress', position(step.id, progress.answers, today))}</p>
      <ErrorSummary title={t('error.summary-title')} errors={errors} focusKey={attempt} />
      <form noValidate data-step={step.id} onSubmit={(event) => {
        performance.mark(CONTINUE_MARK);
        return form.handleSubmit(onValid, () => setAttempt((n) => n + 1))(event);
      }}>
        {single ? null : (
          <>
            <h1 className="heading-l">{t(`step.${step.id}.title` as MessageKey)}</h1>
            <p>{t(`step.${step.id}.intro` as MessageKey)}</p>
          </>
        )}
        {questions.map((q) => {
          const field = (
            <>
              <QuestionField question={q} isHeading={single} form={form} error={errorFor(q.field)} />
              {QuestionExtra ? <QuestionExtra field={q.field} /> : null}
            </>
          );
          return <Fragment key={q.field}>{q.revealedBy ? <div className="conditional">{field}</div> : field}</Fragment>;
        })}
        {StepExtra ? <StepExtra stepId={step.id} /> : null}
        <button type="submit" className="button">{t('wizard.continue')}</button>
      </form>
    </>
  );
}
