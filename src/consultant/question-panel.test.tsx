import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { only, periods } from '../rules';
import { QuestionPanel } from './question-panel';
import { renderConsultant } from './test-render';

describe('the question panel', () => {
  it('names the field, the rules it feeds with their effect, and why it matters, with linked French citations', async () => {
    const { container } = await renderConsultant('fr', <QuestionPanel field="lastDecisionDate" />);
    const panel = await screen.findByText('Pour le consultant').then((title) => title.parentElement as HTMLElement);
    expect(within(panel).getByText('lastDecisionDate')).toBeInTheDocument();
    const rules = [...container.querySelectorAll('[data-rule-id]')].map((li) => li.textContent);
    expect(rules).toEqual(['bar.twelve-month interdiction : pas encore', 'lift.twelve-month levée : une interdiction ne s\u2019applique pas']);
    expect(container.querySelector('[data-law]')?.textContent).toContain(`L\u2019interdiction de ${only(periods.twelveMonthBar)} mois court`);
    expect(within(panel).getByRole('link', { name: 'LIPR, art. 25(1.2)c)' })).toHaveAttribute('href', 'https://laws-lois.justice.gc.ca/fra/lois/I-2.5/article-25.html');
    expect(within(panel).getByRole('link', { name: 'LIPR, art. 25(1.21)' })).toBeInTheDocument();
  });

  it('says so when no rule reads the answer, and shows no sources then', async () => {
    await renderConsultant('en', <QuestionPanel field="yearsInCanada" />);
    expect(await screen.findByText('No rule reads this answer.')).toBeInTheDocument();
    expect(screen.queryByRole('link')).toBeNull();
  });
});
