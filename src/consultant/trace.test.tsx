import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { RULES, assess, type Answers } from '../rules';
import { setSettings } from './settings';
import { renderConsultant } from './test-render';
import { Trace } from './trace';

const answers: Answers = {
  status: 'foreign-national', location: 'in-canada', inadmissibility: [], spouseOrPartnerInCanada: 'no',
  permitHolderEligible: 'no', destination: 'QC', removal: 'none', refugeeClaim: 'rejected', lastDecisionDate: '2026-01-15',
  designatedForeignNational: false, pendingHc: false, familySponsor: 'unsure', fearOfReturn: 'no', economicProfile: 'no',
  caregiverExperience: 'no', spouseIncluded: false, dependentChildren: 0, childrenAffected: false, lifeRiskNoMedicalCare: false,
  hardships: ['establishment'], severity: 'serious', homeCountryHelp: 'sought-with-proof', yearsInCanada: 4,
};
const OFFICIAL = /^https:\/\/(laws-lois\.justice\.gc\.ca|www\.canada\.ca|scc-csc\.lexum\.com|www\.legisquebec\.gouv\.qc\.ca)\//;
const assessment = assess({ format: 'hc-case', version: 1, answers }, '2026-06-01');

describe('the rules trace', () => {
  beforeEach(() => setSettings({ on: true, hideAnswers: false }));

  it('lists every rule that fired, in order, with its effect, sources, dates and the answers that made it fire', async () => {
    const { container } = await renderConsultant('en', <Trace assessment={assessment} answers={answers} />);
    await screen.findByText('Rules trace');
    const items = [...container.querySelectorAll<HTMLElement>('[data-trace-rule]')];
    expect(items.map((li) => li.dataset.traceRule)).toEqual(assessment.rules.map((r) => r.id));
    for (const [i, fired] of assessment.rules.entries()) {
      const item = items[i] as HTMLElement;
      const rule = RULES.find((r) => r.id === fired.id)!;
      for (const citation of fired.citations) expect(within(item).getByRole('link', { name: citation }).getAttribute('href')).toMatch(OFFICIAL);
      expect(within(item).getByText('May 31, 2026')).toBeInTheDocument();
      const read = [...item.querySelectorAll<HTMLElement>('[data-trace-answer]')].map((e) => e.dataset.traceAnswer);
      expect(new Set(read)).toEqual(new Set(rule.reads.filter((f) => answers[f] !== undefined)));
    }
    const bar = container.querySelector('[data-trace-rule="bar.twelve-month"]') as HTMLElement;
    expect(within(bar).getByText('bar: not yet')).toBeInTheDocument();
    expect(bar.querySelector('[data-trace="until"]')?.textContent).toBe('January 15, 2027');
    expect(bar.querySelector('[data-trace-answer="lastDecisionDate"]')?.textContent).toBe('Last decision date: January 15, 2026');
  });

  it('hides the answers when the consultant hides them', async () => {
    setSettings({ hideAnswers: true });
    const { container } = await renderConsultant('fr', <Trace assessment={assessment} answers={answers} />);
    await screen.findByText('Trace des règles');
    const given = container.querySelector('[data-trace-rule="bar.twelve-month"] [data-trace-answer="lastDecisionDate"]');
    expect(given?.textContent).toBe('Date de dernière décision : Masqué');
  });
});
