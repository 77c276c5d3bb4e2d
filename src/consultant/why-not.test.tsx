import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { consultant as en } from '../i18n/consultant-en';
import { format } from '../i18n/format';
import { RULES, assess, checkAnswers, type Answers, type Assessment, type IsoDate } from '../rules';
import { withAnswers } from '../testing/answers';
import { renderIn } from '../testing/render';
import { loadConsultantWords } from './consultant-i18n';
import { legalValues } from './legal-params';
import { setSettings } from './settings';
import { WhyNot } from './why-not';

const consultantWords = { load: loadConsultantWords };

function assessed(given: Answers, asOf: IsoDate): Assessment {
  const check = checkAnswers(given, asOf, 'complete');
  if (!check.ok) throw new Error('the test answers are not complete');
  return assess(check.caseFile, asOf);
}

const row = (container: HTMLElement, id: string) => container.querySelector(`[data-why-not="${id}"]`) as HTMLElement;
const answersIn = (item: HTMLElement) =>
  [...item.querySelectorAll<HTMLElement>('[data-why-not-answer]')].map((li) => li.textContent);

// A rejected claim four months ago, going to Quebec, in Canada: the twelve-month bar fires.
const answers = withAnswers({ destination: 'QC', refugeeClaim: 'rejected', lastDecisionDate: '2026-01-15' });
const asOf = '2026-06-01';
const assessment = assessed(answers, asOf);

describe('why not: the rules that did not fire', () => {
  beforeEach(() => setSettings({ on: true, hideAnswers: false }));

  it('lists every other rule in the engine order, with its condition filled from the parameters on the date', async () => {
    const { container } = await renderIn('en', <WhyNot assessment={assessment} answers={answers} />, consultantWords);
    const table = await screen.findByRole('table', { name: 'Rules that did not fire' });
    const fired = new Set<string>(assessment.rules.map((r) => r.id));
    expect(fired.has('bar.twelve-month')).toBe(true);
    const ids = within(table)
      .getAllByRole('rowheader')
      .map((th) => th.textContent);
    expect(ids).toEqual(RULES.filter((r) => !fired.has(r.id)).map((r) => r.id));
    const values = legalValues('en', asOf);
    for (const id of ids) {
      const condition = row(container, id as string).querySelector('[data-why-not-condition]')?.textContent;
      expect(condition).toBe(format(en[`consultant.condition.${id}` as keyof typeof en], values));
      expect(condition).not.toMatch(/[{}]/);
    }
    expect(row(container, 'inform.judicial-review')).toBeNull();
  });

  it('gives the answers each rule reads, in the page\u2019s words, and names the questions not asked', async () => {
    const { container } = await renderIn('en', <WhyNot assessment={assessment} answers={answers} />, consultantWords);
    await screen.findByRole('table');
    const refugee = row(container, 'suggest.refugee-claim');
    expect(within(refugee).getByText(/who fears return, has made no refugee claim/)).toBeInTheDocument();
    expect(answersIn(refugee)).toEqual([
      'Status: Foreign national: a visitor, worker, student or refugee claimant, or no status',
      'Where you are now: In Canada',
      'Removal: No',
      'Refugee claim: Yes, and it was rejected',
      'Fear of return: No',
    ]);
    expect(answersIn(row(container, 'warn.refugee-claim-one-year')).at(-1)).toBe('Not asked: Entry into Canada');
    expect(row(container, 'warn.refugee-claim-one-year').textContent).toContain('the 12 months after that entry');
    expect(answersIn(row(container, 'bar.pending-hc'))).toEqual([
      expect.stringMatching(/^Status: /),
      'Other H&C request: No',
    ]);
  });

  it('says in French which rule is not in force on the date, from when, with its periods from that date', async () => {
    const early = '2019-01-10';
    const before = withAnswers({ refugeeClaim: 'rejected', lastDecisionDate: '2018-03-01' });
    const { container } = await renderIn(
      'fr',
      <WhyNot assessment={assessed(before, early)} answers={before} />,
      consultantWords,
    );
    await screen.findByRole('table', { name: 'Règles qui ne se sont pas appliquées' });
    const prra = row(container, 'bar.pending-prra');
    expect(prra.querySelector('[data-why-not-note="not-in-force"]')?.textContent).toBe(
      'Pas en vigueur le 10 janvier 2019\u00a0: en vigueur depuis le 21 juin 2019.',
    );
    const oneYear = row(container, 'warn.refugee-claim-one-year');
    expect(oneYear.querySelector('[data-why-not-note="not-in-force"]')?.textContent).toContain('3 juin 2025');
    expect(oneYear.querySelector('[data-why-not-condition]')?.textContent).toContain('des 12 mois qui suivent');
    expect(answersIn(row(container, 'bar.pending-hc'))).toEqual([
      expect.stringMatching(/^Statut\u00a0: /),
      'Autre demande CH\u00a0: Non',
    ]);
    expect(row(container, 'bar.pending-hc').querySelector('[data-why-not-note]')).toBeNull();
  });

  it('says a listed rule was not weighed when the outcome is decided before', async () => {
    const citizen: Answers = { status: 'citizen' };
    const { container } = await renderIn(
      'en',
      <WhyNot assessment={assessed(citizen, asOf)} answers={citizen} />,
      consultantWords,
    );
    await screen.findByRole('table');
    const judicial = row(container, 'inform.judicial-review');
    expect(judicial.querySelector('[data-why-not-note="not-weighed"]')?.textContent).toBe(
      'Not weighed: listed only when the person can apply or is barred.',
    );
    expect(answersIn(judicial)).toEqual(['Not asked: Where you are now']);
    expect(row(container, 'bar.pending-hc').querySelector('[data-why-not-note]')).toBeNull();
    expect(row(container, 'warn.declare-family-members').textContent).toContain('None');
  });

  it('hides the answers, and which questions were asked, when the consultant hides them', async () => {
    setSettings({ hideAnswers: true });
    const { container } = await renderIn('fr', <WhyNot assessment={assessment} answers={answers} />, consultantWords);
    await screen.findByRole('table');
    expect(answersIn(row(container, 'warn.refugee-claim-one-year'))).toEqual([
      'Statut\u00a0: Masqué',
      'Où vous êtes maintenant\u00a0: Masqué',
      expect.stringMatching(/\u00a0: Masqué$/),
      expect.stringMatching(/\u00a0: Masqué$/),
      expect.stringMatching(/\u00a0: Masqué$/),
      'Entrée au Canada\u00a0: Masqué',
    ]);
    expect(container.textContent).not.toMatch(/Non demandé|rejetée/i);
  });
});
