import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { assess, checkAnswers, ruleById, type Answers, type Assessment } from '../rules';
import { RULE_READS } from '../rules/rule-reads';
import { withAnswers } from '../testing/answers';
import { renderIn } from '../testing/render';
import { loadConsultantWords } from './consultant-i18n';
import { setSettings } from './settings';
import { Trace } from './trace';

const consultantWords = { load: loadConsultantWords };

const answers: Answers = withAnswers({
  destination: 'QC',
  refugeeClaim: 'rejected',
  lastDecisionDate: '2026-01-15',
  familySponsor: 'unsure',
  yearsInCanada: 4,
});
const OFFICIAL =
  /^https:\/\/(laws-lois\.justice\.gc\.ca|www\.canada\.ca|scc-csc\.lexum\.com|www\.legisquebec\.gouv\.qc\.ca)\//;
const asOf = '2026-06-01';

function assessed(given: Answers): Assessment {
  const check = checkAnswers(given, asOf, 'complete');
  if (!check.ok) throw new Error('the test answers are not complete');
  return assess(check.caseFile, asOf);
}
const assessment = assessed(answers);

describe('the rules trace', () => {
  beforeEach(() => setSettings({ on: true, hideAnswers: false }));

  it('lists every rule that fired, in order, with its effect, sources, dates and the answers that made it fire', async () => {
    const { container } = await renderIn('en', <Trace assessment={assessment} answers={answers} />, consultantWords);
    await screen.findByText('Rules trace');
    expect(screen.getByText(/under rules version \d{4}-\d{2}-\d{2}\.[0-9a-f]+\./)).toBeInTheDocument();
    const items = [...container.querySelectorAll<HTMLElement>('[data-trace-rule]')];
    expect(items.map((li) => li.dataset.traceRule)).toEqual(assessment.rules.map((r) => r.id));
    for (const [i, fired] of assessment.rules.entries()) {
      const item = items[i] as HTMLElement;
      const rule = ruleById(fired.id);
      for (const citation of fired.citations)
        expect(within(item).getByRole('link', { name: citation }).getAttribute('href')).toMatch(OFFICIAL);
      expect(within(item).getByText('May 31, 2026')).toBeInTheDocument();
      const read = [...item.querySelectorAll<HTMLElement>('[data-trace-answer]')].map((e) => e.dataset.traceAnswer);
      expect(new Set(read)).toEqual(new Set(RULE_READS[rule.id].filter((f) => answers[f] !== undefined)));
      expect(item.querySelector('[data-trace="in-force"]') !== null).toBe(rule.inForce !== undefined);
    }
    const bar = container.querySelector('[data-trace-rule="bar.twelve-month"]') as HTMLElement;
    expect(within(bar).getByText('bar: not yet')).toBeInTheDocument();
    expect(bar.querySelector('[data-trace="until"]')?.textContent).toBe('January 15, 2027');
    expect(bar.querySelector('[data-trace="in-force"]')?.textContent).toBe('June 28, 2012');
    expect(bar.querySelector('[data-trace="enacted-by"]')?.textContent).toBe('S.C. 2012, c. 17, s. 13');
    expect(bar.querySelector('[data-trace-answer="lastDecisionDate"]')?.textContent).toBe(
      'Last decision date: January 15, 2026',
    );
    const review = container.querySelector('[data-trace-rule="inform.judicial-review"]') as HTMLElement;
    expect(within(review).queryByText('In force from')).toBeNull();
    expect(review.textContent).not.toMatch(/no date/i);
  });

  it('gives a lifted bar the day it would have ended, in French', async () => {
    const lifted = { ...answers, childrenAffected: true, childHarm: 'yes' } as const;
    const { container } = await renderIn(
      'fr',
      <Trace assessment={assessed(lifted)} answers={lifted} />,
      consultantWords,
    );
    await screen.findByText('Trace des règles');
    const lift = container.querySelector('[data-trace-rule="lift.twelve-month"]') as HTMLElement;
    expect(within(lift).getByText('Le délai d\u2019attente prendrait fin le')).toBeInTheDocument();
    expect(lift.querySelector('[data-trace="until"]')?.textContent).toBe('15 janvier 2027');
    expect(lift.querySelector('[data-trace="in-force"]')?.textContent).toBe('28 juin 2012');
  });

  it('hides the answers when the consultant hides them', async () => {
    setSettings({ hideAnswers: true });
    const { container } = await renderIn('fr', <Trace assessment={assessment} answers={answers} />, consultantWords);
    await screen.findByText('Trace des règles');
    const given = container.querySelector(
      '[data-trace-rule="bar.twelve-month"] [data-trace-answer="lastDecisionDate"]',
    );
    expect(given?.textContent).toBe('Date de dernière décision\u00a0: Masqué');
  });
});
