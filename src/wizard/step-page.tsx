/**
 * A step of the wizard: one form for the step's questions (use-step-form.ts), each checked by the
 * engine's schema for its field; on Continue the answers go to the store, answers that no longer
 * apply are dropped, and the person moves to the next step (or back to "Check your answers" after a
 * change). A step offers only the choices that fit the earlier answers; a limit set by an earlier
 * answer is checked on the spot, its error linking to that answer's question. A question that an
 * answer on the same page makes relevant is revealed under it as soon
 * as that answer is given (GOV.UK's conditional reveal). Where back, on and resume lead, and whether
 * the step may be shown, the journey says (journey.ts): a step that is not reachable yet sends the
 * person to the first unfinished one. What the app puts in the slots (slots.tsx) shows under each
 * question and at the end of the form. The page's form carries `data-step="<step id>"` for checks
 * from outside.
 */
import { Fragment, useMemo } from 'react';
import { Link, Navigate, useLocation, useNavigate, useParams } from 'react-router';
import { ErrorSummary } from '../components/error-summary';
import { useHas, useLang, useT, type MessageKey } from '../i18n/i18n';
import { pathFor } from './paths';
import { stepById, type Question, type Step } from '../questions/catalogue';
import { stepIdForAddress } from '../questions/slugs';
import { NotFoundPage } from './not-found-page';
import { answersBefore, journeyOf, type Journey, type Progress } from './journey';
import { ChangeAnswerLink } from './change-answer-link';
import { QuestionField } from './question-field';
import { offeredQuestions, type StepAnswers } from './step-schema';
import { getProgress, saveStep, useProgress } from './store';
import { localToday } from '../lib/today';
import { useFocusHeading } from './use-focus-heading';
import { usePageTitle } from './use-page-title';
import { CONTINUE_MARK, useMeasureStepPaint } from './step-timing';
import { Notices, rememberDropped, type NavState } from './notices';
import { useWizardSlots } from './slots';
import { useStepForm } from './use-step-form';

export function StepPage() {
  const { slug } = useParams();
  const lang = useLang();
  const progress = useProgress();
  const location = useLocation();
  const stepId = stepIdForAddress(slug);
  const today = localToday();
  if (!stepId) return <NotFoundPage lang={lang} />;
  const journey = journeyOf(progress, today);
  if (!journey.canVisit(stepId)) {
    return <Navigate to={pathFor(lang, journey.resume())} replace state={{ notice: 'deep-link' } satisfies NavState} />;
  }
  return (
    <StepForm
      key={`${stepId}:${progress.generation}`}
      step={stepById(stepId)}
      progress={progress}
      journey={journey}
      fromCheck={Boolean((location.state as NavState | null)?.fromCheck)}
    />
  );
}

function StepForm({
  step,
  progress,
  journey,
  fromCheck,
}: {
  step: Step;
  progress: Progress;
  journey: Journey;
  fromCheck: boolean;
}) {
  const t = useT();
  const lang = useLang();
  const navigate = useNavigate();
  const today = localToday();
  const questions = useMemo(
    () => offeredQuestions(step.questions, answersBefore(step, progress.answers), today),
    [step, progress.answers, today],
  );
  const { form, shown, errors, errorFor, otherFor, attempt, handleSubmit } = useStepForm(
    questions,
    progress.answers,
    today,
  );
  const { QuestionExtra, StepExtra } = useWizardSlots();
  useFocusHeading(step.id);
  useMeasureStepPaint(step.id);
  usePageTitle(lang, t('wizard.progress', journey.position(step.id)), errors.length > 0);

  const onValid = (answers: StepAnswers) => {
    const { dropped } = saveStep(step.id, answers, today);
    const state: NavState = { dropped: rememberDropped(dropped), fromCheck };
    const after = journeyOf(getProgress(), today);
    navigate(pathFor(lang, fromCheck ? after.resume() : after.next(step.id)), { state });
  };
  const single = step.questions.length === 1;

  return (
    <>
      <Link className="back-link" to={pathFor(lang, journey.previous(step.id))}>
        {t('wizard.back')}
      </Link>
      <Notices />
      <p className="progress">{t('wizard.progress', journey.position(step.id))}</p>
      <ErrorSummary title={t('error.summary-title')} errors={errors} focusKey={attempt} />
      <form
        noValidate
        data-step={step.id}
        onSubmit={(event) => {
          performance.mark(CONTINUE_MARK);
          return handleSubmit(onValid)(event);
        }}
      >
        {single ? null : (
          <>
            <h1 className="heading-l">{t(`step.${step.id}.title` as MessageKey)}</h1>
            <p>{t(`step.${step.id}.intro` as MessageKey)}</p>
          </>
        )}
        {shown.map((q) => {
          const other = otherFor(q.field);
          const variant = q.wordsFollow === undefined ? undefined : progress.answers[q.wordsFollow];
          const field = (
            <>
              <QuestionField
                question={q}
                isHeading={single}
                form={form}
                error={errorFor(q.field)}
                variant={variant === undefined ? undefined : String(variant)}
                inset={<FollowedAnswer question={q} variant={variant} />}
              />
              {other ? (
                <p>
                  <ChangeAnswerLink field={other} />
                </p>
              ) : null}
              {QuestionExtra ? <QuestionExtra field={q.field} /> : null}
            </>
          );
          return <Fragment key={q.field}>{q.revealedBy ? <div className="conditional">{field}</div> : field}</Fragment>;
        })}
        {StepExtra ? <StepExtra stepId={step.id} /> : null}
        <button type="submit" className="button">
          {t('wizard.continue')}
        </button>
      </form>
    </>
  );
}

/** The inset of a question whose words follow an earlier answer: what that answer means here, and a way to change it. */
function FollowedAnswer({ question, variant }: { question: Question; variant: unknown }) {
  const t = useT();
  const has = useHas();
  const key = `q.${question.field}.inset.${String(variant)}`;
  if (question.wordsFollow === undefined || !has(key)) return null;
  return (
    <div className="inset-text" data-inset={question.field}>
      <p>{t(key)}</p>
      <p>
        <ChangeAnswerLink field={question.wordsFollow} />
      </p>
    </div>
  );
}
