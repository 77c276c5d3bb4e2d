import { act, render, renderHook, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ErrorSummary } from '../components/error-summary';
import { loadCatalogue, loadedCatalogue } from '../i18n/catalogue';
import { LangProvider, translator } from '../i18n/i18n';
import type { Lang } from '../i18n/shell';
import { stepById } from '../questions/catalogue';
import type { StepId } from '../questions/slugs';
import type { Answers } from '../rules';
import { QuestionField } from './question-field';
import type { FormValues, StepAnswers } from './step-schema';
import { stepResolver, useStepForm, type StepFormOptions } from './use-step-form';

const asOf = '2026-06-01';
const inCanada: Answers = { status: 'foreign-national', location: 'in-canada' };
const family: Answers = { ...inCanada, spouseIncluded: true, dependentChildren: 1, familyMemberPendingClaim: 'no' };
const questionsOf = (id: StepId) => stepById(id).questions;
const en = () => translator('en', loadedCatalogue('en'));

beforeAll(async () => {
  await Promise.all([loadCatalogue('en'), loadCatalogue('fr')]);
});

describe('the step resolver', () => {
  const resolve = (id: StepId, raw: FormValues, answers?: Answers) =>
    stepResolver(
      questionsOf(id),
      asOf,
      answers,
      en(),
    )(raw, undefined, { fields: {}, shouldUseNativeValidation: undefined });

  it('gives the step’s answers as the form’s values, converted once: booleans, numbers, a hidden question’s answer gone', async () => {
    expect(
      await resolve(
        'family',
        { spouseIncluded: 'true', dependentChildren: '2', familyMemberPendingClaim: 'unsure' },
        inCanada,
      ),
    ).toEqual({
      values: { spouseIncluded: true, dependentChildren: 2, familyMemberPendingClaim: 'unsure' },
      errors: {},
    });
    expect(
      await resolve(
        'family',
        { spouseIncluded: 'false', dependentChildren: '0', familyMemberPendingClaim: 'yes' },
        inCanada,
      ),
    ).toEqual({
      values: { spouseIncluded: false, dependentChildren: 0, familyMemberPendingClaim: undefined },
      errors: {},
    });
  });

  it('gives each shown question’s error in words, with its key as the type, and no values', async () => {
    expect(
      await resolve(
        'family',
        { spouseIncluded: 'true', dependentChildren: 'two', familyMemberPendingClaim: '' },
        inCanada,
      ),
    ).toEqual({
      values: {},
      errors: {
        dependentChildren: { type: 'error.whole-number', message: 'Enter a whole number, like 2' },
        familyMemberPendingClaim: {
          type: 'error.choose-one',
          message: 'Select yes if a family member to be included has a refugee claim waiting for a decision',
        },
      },
    });
  });

  it('names an option by its label, and the limit other answers set by its number and the question that sets it', async () => {
    const alone = await resolve('hardships', { hardships: ['none', 'safety'] });
    expect(alone.errors.hardships?.message).toBe('Choose "None of these" on its own, or uncheck it');
    const unsure = await resolve('inadmissibility', { inadmissibility: ['unsure', 'health'] });
    expect(unsure.errors.inadmissibility?.message).toBe(
      'You chose "I\'m not sure" and a reason too. Choose "I\'m not sure" on its own, or only the reasons that apply',
    );
    const above = await resolve('biometrics', { biometricsExempt: '4' }, family);
    expect(above.errors.biometricsExempt?.message).toBe(
      'Enter a number from 0 to 3, the number of people in your application',
    );
    expect(above.errors.biometricsExempt?.types).toEqual({ other: 'spouseIncluded' });
  });
});

/** A step's page reduced to what the hook serves: the error summary, the shown questions, Continue. */
function StepForm({
  id,
  answers,
  onValid,
  options,
}: {
  id: StepId;
  answers: Answers | undefined;
  onValid: (a: StepAnswers) => void;
  options?: StepFormOptions;
}) {
  const step = useStepForm(questionsOf(id), answers, asOf, options);
  return (
    <form noValidate onSubmit={step.handleSubmit(onValid)}>
      <ErrorSummary title="There is a problem" errors={step.errors} focusKey={step.attempt} />
      {step.shown.map((q) => (
        <QuestionField key={q.field} question={q} isHeading={false} form={step.form} error={step.errorFor(q.field)} />
      ))}
      <button type="submit">Continue</button>
    </form>
  );
}

const inLang = (lang: Lang, ui: ReactNode) => <LangProvider lang={lang}>{ui}</LangProvider>;
const pendingClaim = () => screen.queryByRole('group', { name: /refugee claim waiting for a decision/ });
const submit = (user: ReturnType<typeof userEvent.setup>) =>
  user.click(screen.getByRole('button', { name: 'Continue' }));

describe('useStepForm', () => {
  it('reveals the pending-claim question as soon as a spouse is included, checks it, and hands over converted answers', async () => {
    const user = userEvent.setup();
    const onValid = vi.fn<(answers: StepAnswers) => void>();
    render(inLang('en', <StepForm id="family" answers={inCanada} onValid={onValid} />));
    expect(pendingClaim()).toBeNull();
    const spouse = screen.getByRole('group', { name: /spouse or common-law partner be included/ });
    await user.click(within(spouse).getByLabelText('Yes'));
    expect(pendingClaim()).toBeInTheDocument();
    await user.type(screen.getByLabelText(/How many dependent children/), '0');
    await submit(user);
    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(
      within(summary)
        .getAllByRole('link')
        .map((a) => [a.getAttribute('href'), a.textContent]),
    ).toEqual([
      [
        '#familyMemberPendingClaim',
        'Select yes if a family member to be included has a refugee claim waiting for a decision',
      ],
    ]);
    expect(onValid).not.toHaveBeenCalled();
    await user.click(within(pendingClaim() as HTMLElement).getByLabelText("I'm not sure"));
    await submit(user);
    await waitFor(() => expect(onValid).toHaveBeenCalledTimes(1));
    expect(onValid.mock.calls[0]?.[0]).toEqual({
      spouseIncluded: true,
      dependentChildren: 0,
      familyMemberPendingClaim: 'unsure',
    });
  });

  it('starts from the stored answers, and drops the answer of a question the form now hides', async () => {
    const user = userEvent.setup();
    const onValid = vi.fn<(answers: StepAnswers) => void>();
    render(
      inLang('en', <StepForm id="family" answers={{ ...family, familyMemberPendingClaim: 'yes' }} onValid={onValid} />),
    );
    expect(screen.getByLabelText(/How many dependent children/)).toHaveValue('1');
    await user.click(within(screen.getByRole('group', { name: /spouse or common-law partner/ })).getByLabelText('No'));
    await user.clear(screen.getByLabelText(/How many dependent children/));
    await user.type(screen.getByLabelText(/How many dependent children/), '0');
    expect(pendingClaim()).toBeNull();
    await submit(user);
    await waitFor(() => expect(onValid).toHaveBeenCalledTimes(1));
    expect(onValid.mock.calls[0]?.[0]).toEqual({
      spouseIncluded: false,
      dependentChildren: 0,
      familyMemberPendingClaim: undefined,
    });
  });

  it('refuses more people exempt from biometrics than in the application, and lets the answer be left empty', async () => {
    const user = userEvent.setup();
    const onValid = vi.fn<(answers: StepAnswers) => void>();
    render(inLang('en', <StepForm id="biometrics" answers={family} onValid={onValid} />));
    await user.type(screen.getByLabelText(/How many of the people/), '4');
    await submit(user);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Enter a number from 0 to 3, the number of people in your application',
    );
    await user.clear(screen.getByLabelText(/How many of the people/));
    await submit(user);
    await waitFor(() => expect(onValid).toHaveBeenCalledWith({ biometricsExempt: undefined }));
  });

  it('says the errors shown again in the new language after a language switch, keeping what was typed', async () => {
    const user = userEvent.setup();
    const ui = (lang: Lang) => inLang(lang, <StepForm id="biometrics" answers={family} onValid={() => {}} />);
    const { rerender } = render(ui('en'));
    await user.type(screen.getByLabelText(/How many of the people/), '9');
    await submit(user);
    expect(await screen.findByRole('alert')).toHaveTextContent('Enter a number from 0 to 3');
    rerender(ui('fr'));
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'Entrez un nombre de 0 à 3, soit le nombre de personnes dans votre demande',
      ),
    );
    expect(screen.getByLabelText(/Combien des personnes/)).toHaveValue('9');
  });

  it('hands over the answers of a valid form, and counts refused submits so the error summary takes the focus again', async () => {
    const wrapper = ({ children }: { children: ReactNode }) => inLang('en', children);
    const { result } = renderHook(() => useStepForm(questionsOf('status'), inCanada, asOf), { wrapper });
    const onValid = vi.fn<(answers: StepAnswers) => void>();
    await act(() => result.current.handleSubmit(onValid)());
    expect(onValid).toHaveBeenCalledWith({ status: 'foreign-national' });
    expect(result.current.attempt).toBe(0);
    act(() => result.current.form.setValue('status', ''));
    await act(() => result.current.handleSubmit(onValid)());
    await act(() => result.current.handleSubmit(onValid)());
    expect(result.current.attempt).toBe(2);
    expect(result.current.errors).toEqual([{ fieldId: 'status', message: 'Select your status in Canada today' }]);
    expect(result.current.errorFor('status')).toBe('Select your status in Canada today');
    expect(onValid).toHaveBeenCalledTimes(1);
  });

  it('serves the what-if form: one question on its own, started from given answers or from none', async () => {
    const user = userEvent.setup();
    const onValid = vi.fn<(answers: StepAnswers) => void>();
    const q = stepById('biometrics').questions;
    const wrapper = ({ children }: { children: ReactNode }) => inLang('en', children);
    const hidden = renderHook(() => useStepForm(q, undefined, asOf, { start: {} }), { wrapper });
    expect(hidden.result.current.form.getValues()).toEqual({ biometricsExempt: '' });
    hidden.unmount();
    render(
      inLang(
        'en',
        <StepForm id="biometrics" answers={undefined} options={{ start: { biometricsExempt: 1 } }} onValid={onValid} />,
      ),
    );
    const field = screen.getByLabelText(/How many of the people/);
    expect(field).toHaveValue('1');
    await user.clear(field);
    await user.type(field, '5');
    await submit(user);
    // Alone, no other answer limits the number.
    await waitFor(() => expect(onValid).toHaveBeenCalledWith({ biometricsExempt: 5 }));
  });
});
