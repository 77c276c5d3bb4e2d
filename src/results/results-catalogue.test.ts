/**
 * Every code the engine can return has its words in both languages, and the results texts write
 * no legal number: those come from the parameters through placeholders.
 */
import { describe, expect, it } from 'vitest';
import { catalogue as en } from '../i18n/catalogue-en';
import { catalogue as fr } from '../i18n/catalogue-fr';
import { results } from '../i18n/en/results';
import { results as resultsFr } from '../i18n/fr/results';
import { HARDSHIPS, RULES, type FeeItemId, type NextStep } from '../rules';

const NEXT_STEPS: Record<NextStep, true> = {
  'step.no-hc-needed': true, 'step.ask-about-ministerial-relief': true, 'step.apply-protected-person-class': true,
  'step.apply-spouse-in-canada-class': true, 'step.apply-permit-holder-class': true, 'step.wait-for-pending-decision': true,
  'step.wait-until-earliest-date': true, 'step.check-other-programs': true, 'step.consider-refugee-claim': true,
  'step.gather-evidence': true, 'step.explain-no-home-help': true, 'step.complete-forms': true, 'step.pay-fees': true,
  'step.submit-online': true, 'step.keep-status-and-plan-departure': true, 'step.choose-pr-class': true,
  'step.request-authorization-to-return': true, 'step.prepare-for-quebec-selection': true, 'step.get-professional-advice': true,
};
const FEE_ITEMS: Record<FeeItemId, true> = {
  'processing.principal': true, 'processing.spouse': true, 'processing.dependent-child': true,
  'right-of-pr.principal': true, 'right-of-pr.spouse': true, biometrics: true,
};

const missing = (keys: string[]) => keys.filter((k) => !Object.hasOwn(en, k) || !Object.hasOwn(fr, k));

describe('the results words', () => {
  it('have a title and a body for every rule of the decision table', () => {
    expect(missing(RULES.flatMap((r) => [`rule.${r.id}.title`, `rule.${r.id}.body`]))).toEqual([]);
  });

  it('have a title and a body for every next step', () => {
    expect(missing(Object.keys(NEXT_STEPS).flatMap((s) => [`next.${s.slice(5)}.title`, `next.${s.slice(5)}.body`]))).toEqual([]);
  });

  it('name every fee item, every hardship and the bars with no date', () => {
    const bars = RULES.filter((r) => r.effect === 'bar' && r.id !== 'bar.twelve-month').map((r) => `results.first.${r.id}`);
    expect(missing([...Object.keys(FEE_ITEMS).map((i) => `fees.${i}`), ...HARDSHIPS.map((h) => `evidence.${h}.title`), ...bars])).toEqual([]);
  });

  it('write no legal number: only form and guide numbers and the two stages', () => {
    const allowed = new Set(['0008', '0008DEP', '5669', '5406', '5283', '5280', '5476', '5475', '5291', '1', '2']);
    const numbers = [...Object.values(results), ...Object.values(resultsFr)]
      .flatMap((text) => text.replace(/\{\w+\}/g, '').match(/\d[\dA-Z]*/g) ?? []);
    expect([...new Set(numbers)].filter((n) => !allowed.has(n))).toEqual([]);
  });
});
