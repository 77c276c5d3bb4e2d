import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { assess, checkAnswers, type Answers } from '../rules';
import { getProgress } from '../wizard/store';
import { withAnswers } from '../testing/answers';
import { renderIn } from '../testing/render';
import { loadConsultantWords } from './consultant-i18n';
import { setSettings } from './settings';
import { WhatIf } from './what-if';

const consultantWords = { load: loadConsultantWords };

const asOf = '2026-06-01';
const answers: Answers = Object.freeze<Answers>(
  withAnswers({ refugeeClaim: 'rejected', lastDecisionDate: '2026-01-15', yearsInCanada: 4 }),
);
const copy = structuredClone(answers);
const checked = checkAnswers(answers, asOf, 'complete');
if (!checked.ok) throw new Error('the test answers are not complete');
const assessment = assess(checked.caseFile, asOf);

const row = (name: string) => document.querySelector<HTMLElement>(`[data-whatif-row="${name}"]`);

describe('what if', () => {
  beforeEach(() => setSettings({ on: true, hideAnswers: false }));

  it('asks for a newly needed answer, then shows the changed outcome, and puts the original back in one click', async () => {
    const user = userEvent.setup();
    await renderIn('en', <WhatIf original={answers} assessment={assessment} asOf={asOf} />, consultantWords);
    await user.selectOptions(await screen.findByLabelText('Answer to change'), 'childrenAffected');
    await user.click(screen.getByLabelText('Yes'));
    await user.click(screen.getByRole('button', { name: 'Try this answer' }));
    expect(
      screen.getByText(
        /needs more answers before it can give a result: Harm to a child\. Give them under .Answer to change., where the first is now chosen/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Answer to change')).toHaveValue('childHarm');

    await user.click(screen.getByLabelText('Yes'));
    await user.click(screen.getByRole('button', { name: 'Try this answer' }));
    expect(row('outcome')).toHaveAttribute('data-changed', 'true');
    // The changed value stands out in bold; nothing is struck through (usability review m10).
    expect(within(row('outcome')!).getByText('You can make an H&C request').tagName).toBe('STRONG');
    expect(within(row('outcome')!).getByText('You cannot make an H&C request yet').tagName).toBe('TD');
    expect(row('outcome')?.querySelector('del')).toBeNull();
    expect(within(row('outcome')!).getByText('Changed')).toBeInTheDocument();
    expect(within(row('fees')!).getByText('Same')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('differs from the original answers in 2 of 3');

    await user.click(screen.getByRole('button', { name: 'Put the original answers back' }));
    expect(row('outcome')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('The original answers are back.');
    expect(answers).toEqual(copy);
    expect(getProgress().answers).toEqual({});
  });

  it('checks a date as the wizard does', async () => {
    const user = userEvent.setup();
    await renderIn('en', <WhatIf original={answers} assessment={assessment} asOf={asOf} />, consultantWords);
    await user.selectOptions(await screen.findByLabelText('Answer to change'), 'lastDecisionDate');
    const year = screen.getByLabelText('Year');
    await user.clear(year);
    await user.type(year, '2030');
    await user.click(screen.getByRole('button', { name: 'Try this answer' }));
    expect(screen.getByText('The date must be today or in the past')).toBeInTheDocument();
    expect(row('outcome')).toBeNull();
  });

  it('refuses an empty answer at its field, and puts the focus there (no error summary takes it)', async () => {
    const user = userEvent.setup();
    await renderIn('en', <WhatIf original={answers} assessment={assessment} asOf={asOf} />, consultantWords);
    await user.selectOptions(await screen.findByLabelText('Answer to change'), 'yearsInCanada');
    const years = screen.getByLabelText(/How many years/);
    await user.clear(years);
    await user.click(screen.getByRole('button', { name: 'Try this answer' }));
    expect(await screen.findByText('Enter how many years you have lived in Canada')).toBeInTheDocument();
    expect(years).toHaveFocus();
    expect(row('outcome')).toBeNull();
  });

  it('starts from an empty field and shows no answer while answers are hidden', async () => {
    setSettings({ hideAnswers: true });
    const user = userEvent.setup();
    await renderIn('fr', <WhatIf original={answers} assessment={assessment} asOf={asOf} />, consultantWords);
    await user.selectOptions(await screen.findByLabelText('Réponse à changer'), 'lastDecisionDate');
    expect(screen.getByLabelText('Année')).toHaveValue('');
    await user.type(screen.getByLabelText('Jour'), '15');
    await user.type(screen.getByLabelText('Mois'), '1');
    await user.type(screen.getByLabelText('Année'), '2024');
    await user.click(screen.getByRole('button', { name: 'Essayer cette réponse' }));
    const changed = document.querySelector('[data-whatif-answer="lastDecisionDate"]');
    expect(changed?.textContent).not.toMatch(/2024|2026/);
    expect(changed?.textContent).toContain('Masqué');
    expect(row('earliest')).toHaveAttribute('data-changed', 'true');
  });
});
