import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { assess, checkAnswers, type Answers } from '../rules';
import { outsideCanada, withAnswers } from '../testing/answers';
import { renderIn } from '../testing/render';
import { ResultsView } from './results-view';

const inCanada: Answers = withAnswers({
  destination: 'QC',
  removal: 'order-in-canada',
  removalOrderType: 'departure',
  refugeeClaim: 'rejected',
  lastDecisionDate: '2025-03-10',
  familySponsor: 'unsure',
  hardships: ['family-violence'],
  homeCountryHelp: 'not-sought',
  yearsInCanada: 2,
});

/** The same person with no refugee claim decided (an answer left out, never one set to undefined). */
const { lastDecisionDate: _decided, ...noDecision } = inCanada;

/** The contract's worked example 07: a security ground that may apply, from abroad, with a sponsor. */
const possibleSecurityGround: Answers = withAnswers(
  {
    destination: 'ON',
    inadmissibility: ['security'],
    inadmissibilityFound: false,
    familySponsor: 'yes',
    hardships: ['family-separation', 'country-conditions'],
  },
  outsideCanada,
);

async function show(given: Answers, asOf: string, lang: 'en' | 'fr') {
  const answers = JSON.parse(JSON.stringify(given)) as Answers;
  const check = checkAnswers(answers, asOf, 'complete');
  if (!check.ok) throw new Error(`test answers are not complete: ${JSON.stringify(check.problems)}`);
  const assessment = assess(check.caseFile, asOf);
  const view = await renderIn(lang, <ResultsView assessment={assessment} answers={answers} />);
  return { assessment, ...view };
}

const card = (container: HTMLElement, id: string) => container.querySelector(`[data-rule="${id}"]`) as HTMLElement;
const steps = (container: HTMLElement) =>
  [...container.querySelectorAll('[data-next-step]')].map((e) => e.getAttribute('data-next-step'));

describe('the results view', () => {
  it('says from when a barred person can apply, in French words and date, and asks for no payment yet', async () => {
    const { container } = await show(inCanada, '2025-06-01', 'fr');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Vous ne pouvez pas encore présenter de demande CH',
    );
    expect(
      screen.getByText(
        'La loi ne vous permet pas encore de présenter une demande CH. Ne payez rien et n’envoyez rien pour l’instant.',
      ),
    ).toBeInTheDocument();
    // The date stands on its own line, in the outcome panel.
    expect(container.querySelector('[data-outcome] [data-key-date]')).toHaveTextContent(
      'Date la plus proche pour présenter la demande : 11 mars 2026',
    );
    expect(screen.getByRole('link', { name: 'LIPR, art. 25(1.2)c)' })).toHaveAttribute(
      'href',
      'https://laws-lois.justice.gc.ca/fra/lois/I-2.5/article-25.html',
    );
    expect(container.querySelector('[data-step]')).toBeNull();
    expect(steps(container)).not.toEqual(expect.arrayContaining(['step.pay-fees']));
    expect(steps(container).filter((s) => /\b(pay|submit)\b/.test(s!.replace(/[.-]/g, ' ')))).toEqual([]);
  });

  it('puts removal and legal advice first when a removal order may be in force, the engine’s other steps after', async () => {
    const { assessment, container } = await show(inCanada, '2025-06-01', 'en');
    const shown = steps(container);
    expect([...shown].sort()).toEqual([...assessment.nextSteps].sort());
    const urgent = [
      'step.respond-to-prra-notice',
      'step.keep-status-and-plan-departure',
      'step.get-professional-advice',
    ];
    const firstOther = shown.findIndex((step) => !urgent.includes(step!));
    expect(shown.slice(firstOther).filter((step) => urgent.includes(step!))).toEqual([]);
    expect(shown[0]).toMatch(/keep-status|professional-advice|prra/);
  });

  it('names a "not sure" on a class that comes before H&C in the outcome panel', async () => {
    const { container } = await show(
      { ...noDecision, refugeeClaim: 'none', spouseOrPartnerInCanada: 'unsure' },
      '2025-06-01',
      'en',
    );
    expect(container.querySelector('[data-outcome]')).toHaveTextContent(
      'You were not sure whether your spouse or partner can sponsor you.',
    );
  });

  it('folds the reference sections on screen with their text in the page, after the steps', async () => {
    const { container } = await show(inCanada, '2025-06-01', 'en');
    const references = [...container.querySelectorAll('details.reference')];
    expect(references.map((d) => d.id)).toEqual(['apply', 'evidence', 'refusal', 'myths']);
    for (const d of references) {
      expect(d.hasAttribute('open')).toBe(false);
      expect(d.querySelector('section')?.textContent).not.toBe('');
      expect(
        container.querySelector('#next-steps')!.compareDocumentPosition(d) & Node.DOCUMENT_POSITION_FOLLOWING,
      ).toBeTruthy();
    }
    window.dispatchEvent(new Event('beforeprint'));
    expect(references.every((d) => d.hasAttribute('open'))).toBe(true);
  });

  it('shows the cards that decide first, then warnings, suggestions and information', async () => {
    const { assessment, container } = await show(inCanada, '2025-06-01', 'en');
    const ids = [...container.querySelectorAll('[data-rule]')].map((e) => e.getAttribute('data-rule'));
    expect(ids[0]).toBe('bar.twelve-month');
    const effects = ids.map((id) => assessment.rules.find((r) => r.id === id)!.effect);
    const rank = { bar: 0, warn: 1, suggest: 2, inform: 3 } as Record<string, number>;
    expect(effects.map((e) => rank[e])).toEqual(effects.map((e) => rank[e]).sort());
    expect(ids.sort()).toEqual(assessment.rules.map((r) => r.id).sort());
  });

  it('keeps headings in order with none skipped or empty', async () => {
    await show(inCanada, '2025-06-01', 'en');
    const levels = screen.getAllByRole('heading').map((h) => Number(h.tagName.slice(1)));
    expect(levels[0]).toBe(1);
    levels.forEach((level, i) => {
      if (i > 0) expect(level).toBeLessThanOrEqual(levels[i - 1]! + 1);
    });
    expect(screen.getAllByRole('heading').filter((h) => h.textContent?.trim() === '')).toEqual([]);
  });

  it('says what follows a refusal without a fixed number of days from the refusal', async () => {
    await show({ ...noDecision, refugeeClaim: 'none', removal: 'none' }, '2025-06-01', 'en');
    const refusal = screen.getByRole('heading', { name: 'If your request is refused' }).parentElement!;
    expect(within(refusal).getByText(/No such rule exists/)).toBeInTheDocument();
    expect(
      within(refusal).getByText(/departure order gives you \d+ days after it becomes enforceable/),
    ).toBeInTheDocument();
    expect(within(refusal).getByText(/valid temporary status/)).toBeInTheDocument();
  });

  it('names the evidence for each hardship and for the help not sought at home', async () => {
    const { container } = await show({ ...noDecision, refugeeClaim: 'none' }, '2025-06-01', 'fr');
    expect([...container.querySelectorAll('[data-evidence]')].map((e) => e.getAttribute('data-evidence'))).toEqual([
      'family-violence',
      'home-help',
    ]);
    expect(screen.getByText(/rapports de police/)).toBeInTheDocument();
  });

  it('warns of a security ground that may apply, and gives the sponsor’s appeal and its days from abroad', async () => {
    const { container } = await show(possibleSecurityGround, '2025-10-01', 'en');
    const warning = card(container, 'warn.possible-non-exemptible-inadmissibility');
    expect(within(warning).getByRole('heading')).toHaveTextContent('Get legal advice before you apply');
    expect(warning).toHaveTextContent('your request cannot be examined, and the fees you paid are not refunded');
    expect(warning).toHaveTextContent(
      'It never lifts war crimes, crimes against humanity, organ trafficking or sanctions',
    );
    expect(within(warning).getByRole('link', { name: 'IRPA s. 42.1' })).toHaveAttribute(
      'href',
      'https://laws-lois.justice.gc.ca/eng/acts/I-2.5/section-42.1.html',
    );
    const appeal = card(container, 'inform.sponsor-appeal');
    expect(appeal).toHaveTextContent('to the Immigration Appeal Division within 30 days of receiving it');
    expect(within(appeal).getByRole('link', { name: 'IRPA s. 63(1)' })).toBeInTheDocument();
    expect(card(container, 'inform.judicial-review')).toHaveTextContent(
      'If your request goes with an economic or refugee class application, there is no appeal.',
    );
    expect(card(container, 'inform.judicial-review')).toHaveTextContent('within 60 days');
    expect(card(container, 'warn.declare-family-members')).toHaveTextContent('can never be sponsored later');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('tells a person under a removal order who fears return about the PRRA, with its days, in French', async () => {
    const { container } = await show({ ...noDecision, refugeeClaim: 'none', fearOfReturn: 'yes' }, '2026-06-01', 'fr');
    const prra = card(container, 'inform.prra');
    expect(prra).toHaveTextContent('vous ne pouvez pas demander l’asile');
    expect(prra).toHaveTextContent('dans les 15 jours suivant son avis');
    expect(prra).toHaveTextContent('pendant 12 mois');
    expect(within(prra).getByRole('link', { name: 'RIPR, art. 160' })).toHaveAttribute(
      'href',
      'https://laws-lois.justice.gc.ca/fra/reglements/DORS-2002-227/article-160.html',
    );
    expect(container.querySelector('[data-next-step="step.respond-to-prra-notice"]')).toHaveTextContent(
      'dans les 15 jours',
    );
  });

  it('says the 12-month wait may not apply, that IRCC decides, and the first day to apply otherwise', async () => {
    const answers: Answers = { ...inCanada, childrenAffected: true, childHarm: 'yes' };
    const { assessment, container } = await show(answers, '2025-06-01', 'en');
    expect(assessment.outcome).toBe('can-apply');
    const lift = card(container, 'lift.twelve-month');
    expect(within(lift).getByRole('heading')).toHaveTextContent('The 12-month wait may not apply to you');
    expect(lift).toHaveTextContent('IRCC decides on your evidence');
    expect(lift).toHaveTextContent('If IRCC does not accept it, the first day you can apply is March 11, 2026.');
  });

  it('tells a designated foreign national that no other permanent residence route or permit is open', async () => {
    const dfn: Answers = {
      ...noDecision,
      refugeeClaim: 'pending',
      designatedForeignNational: true,
      designationDate: '2024-05-01',
      prraPending: false,
    };
    const { container } = await show(dfn, '2025-06-01', 'en');
    const bar = card(container, 'bar.designated-foreign-national');
    expect(bar).toHaveTextContent('nor for 5 years after its final decision');
    expect(bar).toHaveTextContent(
      'you cannot apply for permanent residence in any other class either, nor ask for a temporary resident permit',
    );
    expect(container.querySelector('[data-rule="suggest.family-sponsorship"]')).toBeNull();
    const withdrawal = card(container, 'warn.withdrawal-consequences');
    expect(withdrawal).toHaveTextContent('your removal order comes into force');
    expect(withdrawal).toHaveTextContent(
      'For 12 months you generally cannot get a pre-removal risk assessment (PRRA) or a temporary resident permit.',
    );
    expect(screen.getByText(/no date can be given\. Do not pay or send anything yet\./)).toBeInTheDocument();
    expect(
      screen.getByText('your refugee claim must be decided first (read the warning on withdrawing)'),
    ).toBeInTheDocument();
  });
});
