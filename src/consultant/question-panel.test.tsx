import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PARAMETERS, RULES, only } from '../rules';
import { RULE_READS } from '../rules/rule-reads';
import { renderIn } from '../testing/render';
import { loadConsultantWords } from './consultant-i18n';
import { QuestionPanel } from './question-panel';

const consultantWords = { load: loadConsultantWords };

describe('the question panel', () => {
  it('names the field, the rules it feeds with their effect, and why it matters, with linked French citations', async () => {
    const { container } = await renderIn('fr', <QuestionPanel field="lastDecisionDate" />, consultantWords);
    const panel = await screen.findByText('Pour la consultation').then((title) => title.parentElement as HTMLElement);
    expect(within(panel).getByText('lastDecisionDate')).toBeInTheDocument();
    const rules = [...container.querySelectorAll('[data-rule-id]')];
    expect(rules.map((li) => li.getAttribute('data-rule-id'))).toEqual(
      RULES.filter((r) => RULE_READS[r.id].includes('lastDecisionDate')).map((r) => r.id),
    );
    expect(rules.map((li) => li.getAttribute('data-rule-id'))).toEqual(
      expect.arrayContaining(['bar.twelve-month', 'lift.twelve-month']),
    );
    for (const li of rules) expect(li.querySelector('.consultant-tag')?.textContent).not.toBe('');
    expect(container.querySelector('[data-law]')?.textContent).toContain(`${only(PARAMETERS.twelveMonthBar)} mois`);
    expect(within(panel).getByRole('link', { name: 'LIPR, art. 25(1.2)c)' })).toHaveAttribute(
      'href',
      'https://laws-lois.justice.gc.ca/fra/lois/I-2.5/article-25.html',
    );
    expect(within(panel).getByRole('link', { name: 'LIPR, art. 25(1.21)' })).toBeInTheDocument();
    // Each rule carries its own sources, so none is listed apart from the rule it backs.
    for (const li of rules) {
      const rule = RULES.find((r) => r.id === li.getAttribute('data-rule-id'));
      expect(within(li as HTMLElement).getAllByRole('listitem')).toHaveLength(rule?.citations.length ?? -1);
    }
    expect(container.querySelectorAll('.sources')).toHaveLength(rules.length);
  });

  it('says so when no rule reads the answer, and shows no sources then', async () => {
    await renderIn('en', <QuestionPanel field="yearsInCanada" />, consultantWords);
    expect(await screen.findByText('No rule reads this answer.')).toBeInTheDocument();
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('has a law line for each answer version 2 added, with the legal numbers filled in', async () => {
    const { container } = await renderIn('en', <QuestionPanel field="biometricsExempt" />, consultantWords);
    await screen.findByText('biometricsExempt');
    const law = container.querySelector('[data-law]')?.textContent ?? '';
    expect(law).toContain(
      `under ${only(PARAMETERS.biometricsYoungestAge)} or over ${only(PARAMETERS.biometricsOldestAge)}`,
    );
    expect(law).not.toMatch(/[{}]/);
    for (const field of ['inadmissibilityFound', 'familyMemberPendingClaim'] as const) {
      const rendered = await renderIn('fr', <QuestionPanel field={field} />, consultantWords);
      await within(rendered.container).findByText(field);
      expect(rendered.container.querySelector('[data-law]')?.textContent).not.toMatch(/^consultant\.law|[{}]/);
    }
    expect(container.querySelector('[data-rule-id]')).toBeNull();
  });
});
