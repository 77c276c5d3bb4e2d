import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { assess, type Answers } from '../rules';
import { ResultsView } from './results-view';
import { renderIn } from './test-render';

const inCanada: Answers = {
  status: 'foreign-national', location: 'in-canada', destination: 'QC', removal: 'order-in-canada', removalOrderType: 'departure',
  inadmissibility: [], spouseOrPartnerInCanada: 'no', permitHolderEligible: 'no', refugeeClaim: 'rejected',
  lastDecisionDate: '2025-03-10', pendingHc: false, designatedForeignNational: false, familySponsor: 'unsure',
  fearOfReturn: 'no', economicProfile: 'no', caregiverExperience: 'no', spouseIncluded: false, dependentChildren: 0,
  childrenAffected: false, lifeRiskNoMedicalCare: false, hardships: ['family-violence'], severity: 'serious',
  homeCountryHelp: 'not-sought', yearsInCanada: 2,
};

async function show(answers: Answers, asOf: string, lang: 'en' | 'fr') {
  const assessment = assess({ format: 'hc-case', version: 1, answers }, asOf);
  const view = await renderIn(lang, <ResultsView assessment={assessment} answers={answers} />);
  return { assessment, ...view };
}

describe('the results view', () => {
  it('says from when a barred person can apply, in French words and date', async () => {
    await show(inCanada, '2025-06-01', 'fr');
    expect(screen.getByText('La loi ne vous permet pas encore de présenter une demande CH. Vous pourrez la présenter à partir du 11 mars 2026.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'LIPR, art. 25(1.2)c)' })).toHaveAttribute('href', 'https://laws-lois.justice.gc.ca/fra/lois/I-2.5/article-25.html');
  });

  it('shows the cards that decide first, then warnings, suggestions and information', async () => {
    const { assessment, container } = await show(inCanada, '2025-06-01', 'en');
    const ids = [...container.querySelectorAll('[data-rule]')].map((e) => e.getAttribute('data-rule'));
    expect(ids[0]).toBe('bar.twelve-month');
    const effects = ids.map((id) => assessment.rules.find((r) => r.id === id)!.effect);
    const rank = { bar: 0, warn: 1, suggest: 2, inform: 3 } as Record<string, number>;
    expect(effects.map((e) => rank[e])).toEqual([...effects.map((e) => rank[e])].sort());
    expect(ids.sort()).toEqual(assessment.rules.map((r) => r.id).sort());
  });

  it('keeps headings in order with none skipped or empty', async () => {
    await show(inCanada, '2025-06-01', 'en');
    const levels = screen.getAllByRole('heading').map((h) => Number(h.tagName.slice(1)));
    expect(levels[0]).toBe(1);
    levels.forEach((level, i) => { if (i > 0) expect(level).toBeLessThanOrEqual(levels[i - 1]! + 1); });
    expect(screen.getAllByRole('heading').filter((h) => h.textContent?.trim() === '')).toEqual([]);
  });

  it('says what follows a refusal without a fixed number of days from the refusal', async () => {
    await show({ ...inCanada, refugeeClaim: 'none', lastDecisionDate: undefined }, '2025-06-01', 'en');
    const refusal = screen.getByRole('heading', { name: 'If your request is refused' }).parentElement!;
    expect(within(refusal).getByText(/No such rule exists/)).toBeInTheDocument();
    expect(within(refusal).getByText(/departure order gives you \d+ days after it becomes enforceable/)).toBeInTheDocument();
    expect(within(refusal).getByText(/valid temporary status/)).toBeInTheDocument();
  });

  it('names the evidence for each hardship and for the help not sought at home', async () => {
    const { container } = await show({ ...inCanada, refugeeClaim: 'none', lastDecisionDate: undefined }, '2025-06-01', 'fr');
    expect([...container.querySelectorAll('[data-evidence]')].map((e) => e.getAttribute('data-evidence'))).toEqual(['family-violence', 'home-help']);
    expect(screen.getByText(/rapports de police/)).toBeInTheDocument();
  });
});
