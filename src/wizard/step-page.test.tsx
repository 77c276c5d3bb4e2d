import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { localToday } from '../lib/today';
import { stepById } from '../questions/catalogue';
import { inCanada as fixtureInCanada } from '../testing/answers';
import { CASE_FILE_VERSION, type Answers } from '../rules';
import { answersBefore, seenForOpened } from './journey';
import { pathFor } from './paths';
import { STORAGE_KEY, STORAGE_VERSION } from './storage-keys';

const FAMILY = pathFor('en', { kind: 'step', stepId: 'family' });
const BIOMETRICS = pathFor('en', { kind: 'step', stepId: 'biometrics' });
/** A person in Canada (the shared fixture) who has answered every step before the family step. */
const inCanada: Answers = answersBefore(stepById('family'), fixtureInCanada);
/** The steps that person has done: every one before the family step. */
const STEPS_BEFORE_FAMILY = seenForOpened(inCanada, localToday());

const kept = () =>
  JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null') as {
    version: number;
    caseFile: { version: number; answers: Answers };
    seen: string[];
  } | null;
const keep = (answers: Answers, seen: string[]) =>
  sessionStorage.setItem(
    STORAGE_KEY,
    JSON.stringify({
      version: STORAGE_VERSION,
      caseFile: { format: 'hc-case', version: CASE_FILE_VERSION, answers },
      seen,
    }),
  );

/** The step pages and "Check your answers" with a fresh store that reads what the tab kept. */
async function renderWizard(at: string, state?: unknown) {
  vi.resetModules();
  const [{ StepPage }, { CheckAnswersPage }, { CatalogueGate, LangProvider }, { loadCatalogue }] = await Promise.all([
    import('./step-page'),
    import('./check-answers-page'),
    import('../i18n/i18n'),
    import('../i18n/catalogue'),
  ]);
  await loadCatalogue('en');
  await act(async () => {
    render(
      <MemoryRouter initialEntries={[{ pathname: at, state }]}>
        <LangProvider lang="en">
          <Suspense fallback={<p>loading</p>}>
            <CatalogueGate>
              <main>
                <Routes>
                  <Route path="/en/questions/:slug" element={<StepPage />} />
                  <Route path="/en/check-your-answers" element={<CheckAnswersPage />} />
                </Routes>
              </main>
            </CatalogueGate>
          </Suspense>
        </LangProvider>
      </MemoryRouter>,
    );
  });
}

/** Waits until the page shown is this step's (submitting and redirecting take a moment). */
const onStep = (id: string) => waitFor(() => expect(document.querySelector('form')).toHaveAttribute('data-step', id));
const pendingClaim = () => screen.queryByRole('group', { name: /refugee claim waiting for a decision/ });

describe('the family step', () => {
  beforeEach(() => keep(inCanada, STEPS_BEFORE_FAMILY));

  it('reveals the pending-claim question as soon as a spouse or a child is included, and checks it', async () => {
    const user = userEvent.setup();
    await renderWizard(FAMILY);
    await onStep('family');
    expect(screen.getByText(/You must declare every family member/)).toBeInTheDocument();
    expect(pendingClaim()).toBeNull();
    const spouse = screen.getByRole('group', { name: /spouse or common-law partner be included/ });
    await user.click(within(spouse).getByLabelText('Yes'));
    expect(pendingClaim()).toBeInTheDocument();
    await user.click(within(spouse).getByLabelText('No'));
    expect(pendingClaim()).toBeNull();
    await user.type(screen.getByLabelText(/How many dependent children/), '2');
    expect(pendingClaim()).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(
      within(summary)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['#familyMemberPendingClaim']);
    await user.click(within(pendingClaim() as HTMLElement).getByLabelText("I'm not sure"));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await onStep('biometrics');
    expect(kept()?.caseFile.answers).toMatchObject({
      spouseIncluded: false,
      dependentChildren: 2,
      familyMemberPendingClaim: 'unsure',
    });
  });
});

describe('the biometrics step', () => {
  const family: Answers = { ...inCanada, spouseIncluded: true, dependentChildren: 1, familyMemberPendingClaim: 'no' };

  it('is optional, and refuses more people exempt than in the application, naming the count', async () => {
    const user = userEvent.setup();
    keep(family, [...STEPS_BEFORE_FAMILY, 'family']);
    await renderWizard(BIOMETRICS);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'How many of the people in your application are under 14 or over 79? (optional)',
    );
    const field = screen.getByLabelText(/How many of the people/);
    await user.type(field, '4');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Enter a number from 0 to 3, the number of people in your application',
    );
    await user.clear(field);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await onStep('children-affected');
    expect(kept()?.seen).toContain('biometrics');
    expect(kept()?.caseFile.answers.biometricsExempt).toBeUndefined();
  });

  it('is asked again when the family answers change: the old answer goes, with the usual notice', async () => {
    const user = userEvent.setup();
    const answers: Answers = {
      ...family,
      biometricsExempt: 2,
      childrenAffected: false,
      lifeRiskNoMedicalCare: false,
      hardships: [],
      severity: 'minor',
      homeCountryHelp: 'not-sought',
      yearsInCanada: 2,
    };
    keep(answers, [
      ...STEPS_BEFORE_FAMILY,
      'family',
      'biometrics',
      'children-affected',
      'life-risk',
      'hardships',
      'severity',
      'home-country-help',
      'years-in-canada',
    ]);
    await renderWizard(FAMILY, { fromCheck: true });
    const children = screen.getByLabelText(/How many dependent children/);
    await user.clear(children);
    await user.type(children, '3');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await onStep('biometrics');
    expect(screen.getByRole('status')).toHaveTextContent('we removed 1 answer that no longer applies');
    expect(screen.getByLabelText(/How many of the people/)).toHaveValue('');
    expect(kept()?.caseFile.answers.biometricsExempt).toBeUndefined();
    expect(kept()?.seen).not.toContain('biometrics');
  });
});

describe('an entry kept before version 2', () => {
  it('is read, kept and written again in the current format, resuming at the new question', async () => {
    const answers: Answers = { ...inCanada, spouseIncluded: true, dependentChildren: 0 };
    sessionStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({ version: 1, answers, seen: [...STEPS_BEFORE_FAMILY, 'family'] }),
    );
    await renderWizard(pathFor('en', { kind: 'step', stepId: 'life-risk' }));
    // The family step now asks whether the spouse has a pending claim: the deep link goes back there.
    await onStep('family');
    expect(pendingClaim()).toBeInTheDocument();
    expect(screen.queryByText(/We could not read the answers/)).toBeNull();
    expect(kept()).toMatchObject({ version: STORAGE_VERSION, caseFile: { version: CASE_FILE_VERSION, answers } });
  });
});

describe('the inadmissibility step', () => {
  it('offers "none of these" and "not sure" before the grounds, cessation among them', async () => {
    keep({ status: 'foreign-national', location: 'outside-canada' }, ['status', 'location']);
    await renderWizard(pathFor('en', { kind: 'step', stepId: 'inadmissibility' }));
    const boxes = screen.getAllByRole('checkbox').map((box) => (box as HTMLInputElement).value);
    expect(boxes.slice(0, 2)).toEqual(['none', 'unsure']);
    expect(boxes).toContain('cessation');
    expect(localToday()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('the removal step', () => {
  const radios = () => screen.getAllByRole('radio').map((radio) => (radio as HTMLInputElement).value);
  const upToRemoval = ['status', 'location', 'inadmissibility', 'classes-in-canada', 'destination'];

  it('in Canada offers "no" and a removal order, and tells a person removed in the past what to answer', async () => {
    const { removal: _removal, ...answers } = inCanada;
    keep(answers, upToRemoval);
    await renderWizard(pathFor('en', { kind: 'step', stepId: 'removal' }));
    await onStep('removal');
    expect(radios()).toEqual(['none', 'order-in-canada']);
    const group = screen.getByRole('group', { name: /Do you have a removal order/ });
    expect(group).toHaveAccessibleDescription(
      /You said you are in Canada\..*choose "No", or "Yes, I have a removal order"/,
    );
    expect(group).toHaveAccessibleDescription(/without written authorization \(IRPA s\. 52\(1\)\).*lawyer/);
    expect(screen.getByText(/Choose this also if you were removed in the past and came back/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Change your answer: Where you are now' })).toHaveAttribute(
      'href',
      pathFor('en', { kind: 'step', stepId: 'location' }),
    );
  });

  it('outside Canada offers "no" and "I was removed", and a way to change where the person is', async () => {
    keep({ status: 'foreign-national', location: 'outside-canada', inadmissibility: [], destination: 'BC' }, [
      'status',
      'location',
      'inadmissibility',
      'destination',
    ]);
    await renderWizard(pathFor('en', { kind: 'step', stepId: 'removal' }));
    await onStep('removal');
    expect(radios()).toEqual(['none', 'removed']);
    expect(screen.getByText(/You said you are outside Canada/)).toBeInTheDocument();
    expect(screen.getByText(/none was ever enforced against you/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Change your answer: Where you are now' })).toBeInTheDocument();
  });

  it('is asked again when where the person is changes under its answer, with the usual notice', async () => {
    const user = userEvent.setup();
    const abroad: Answers = {
      status: 'foreign-national',
      location: 'outside-canada',
      inadmissibility: [],
      destination: 'BC',
      removal: 'removed',
      removalOrderType: 'deportation',
      refugeeClaim: 'none',
    };
    keep(abroad, ['status', 'location', 'inadmissibility', 'destination', 'removal', 'removal-order-type']);
    await renderWizard(pathFor('en', { kind: 'step', stepId: 'location' }), { fromCheck: true });
    await user.click(screen.getByLabelText('In Canada'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await onStep('classes-in-canada');
    expect(screen.getByRole('status')).toHaveTextContent('we removed 2 answers that no longer apply');
    // The notice names them, from memory only: the history entry carries their number alone.
    const named = within(screen.getByRole('status'))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(named).toEqual(['Removal', 'Type of removal order']);
    const { removal: _removal, removalOrderType: _type, ...others } = abroad;
    expect(kept()?.caseFile.answers).toEqual({ ...others, location: 'in-canada' });
    for (const no of screen.getAllByLabelText('No')) await user.click(no);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await onStep('removal');
    expect(screen.getAllByRole('radio').map((radio) => (radio as HTMLInputElement).value)).toEqual([
      'none',
      'order-in-canada',
    ]);
  });
});

describe('stored answers that do not fit together', () => {
  it('are kept, and the person is taken to the question to answer again, with a notice naming both', async () => {
    const answers: Answers = { ...inCanada, removal: 'removed', removalOrderType: 'exclusion' };
    keep(answers, STEPS_BEFORE_FAMILY);
    await renderWizard('/en/check-your-answers');
    await onStep('removal');
    const notice = screen.getByText(/did not fit together/).closest('[data-notice]') as HTMLElement;
    expect(notice).toHaveTextContent(
      'Your saved answers to "Removal" and "Where you are now" did not fit together, so we removed the answer to "Removal" and kept all the others.',
    );
    expect(notice).toHaveTextContent('Please answer "Removal" again.');
    expect(within(notice).getByRole('link', { name: 'Change your answer: Where you are now' })).toBeInTheDocument();
    expect(screen.queryByText(/We could not read the answers/)).toBeNull();
    const { removal: _removal, removalOrderType: _type, ...others } = answers;
    expect(kept()?.caseFile.answers).toEqual(others);
  });
});

describe('a limit set by an earlier answer', () => {
  it('links its error to the question that sets it', async () => {
    const user = userEvent.setup();
    keep({ ...inCanada, spouseIncluded: false, dependentChildren: 0 }, [...STEPS_BEFORE_FAMILY, 'family']);
    await renderWizard(BIOMETRICS);
    await user.type(screen.getByLabelText(/How many of the people/), '2');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a number from 0 to 1');
    expect(screen.getByRole('link', { name: 'Change your answer: Your family in the application' })).toHaveAttribute(
      'href',
      pathFor('en', { kind: 'step', stepId: 'family' }),
    );
  });
});
