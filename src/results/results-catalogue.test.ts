/**
 * Every code the engine can return has its words in both languages (every paragraph a card can
 * show, in every situation), the results texts write no legal number (those come from the
 * parameters through placeholders), and no sentence is longer than plain language allows.
 */
import { describe, expect, it } from 'vitest';
import { catalogue as en } from '../i18n/catalogue-en';
import { catalogue as fr } from '../i18n/catalogue-fr';
import { placeholders } from '../i18n/format';
import { results } from '../i18n/en/results';
import { results as resultsFr } from '../i18n/fr/results';
import { FEE_ITEM_IDS, HARDSHIPS, NEXT_STEPS, RULES, RULE_IDS, sentenceValues, type Answers } from '../rules';
import { bodyKeys } from './rule-text';

const missing = (keys: string[]) => keys.filter((k) => !Object.hasOwn(en, k) || !Object.hasOwn(fr, k));
const text = (key: string) => (en as Record<string, string>)[key] ?? '';

const SITUATIONS = (['in-canada', 'outside-canada'] as const).flatMap((pathway) =>
  [true, false].flatMap((quebec) => [true, false].map((until) => ({ pathway, quebec, until }))),
);
const ANSWERS: Answers[] = [{ location: 'in-canada' }, { location: 'outside-canada' }];
const AS_OF = '2026-06-01';

describe('the results words', () => {
  it('have a title and every paragraph a card can show, for every rule of the decision table', () => {
    const keys = RULE_IDS.flatMap((id) => [
      `rule.${id}.title`,
      ...SITUATIONS.flatMap((s) => bodyKeys(id, { ...s, values: sentenceValues(id, {}, AS_OF) })),
    ]);
    expect(missing(keys)).toEqual([]);
  });

  it('have a value for every placeholder of a rule’s card, from its row or its end date', () => {
    const unfilled = RULE_IDS.flatMap((id) =>
      ANSWERS.flatMap((answers) => {
        const given = new Set([...Object.keys(sentenceValues(id, answers, AS_OF)), 'until', 'from']);
        const keys = [
          `rule.${id}.title`,
          ...SITUATIONS.flatMap((s) => bodyKeys(id, { ...s, values: sentenceValues(id, answers, AS_OF) })),
        ];
        return keys.flatMap((key) =>
          placeholders(text(key))
            .filter((p) => !given.has(p))
            .map((p) => `${key} {${p}}`),
        );
      }),
    );
    expect([...new Set(unfilled)]).toEqual([]);
  });

  it('have a title and a body for every next step, and its numbers come from the rules that ask for it', () => {
    expect(missing(NEXT_STEPS.flatMap((s) => [`next.${s.slice(5)}.title`, `next.${s.slice(5)}.body`]))).toEqual([]);
    const unfilled = NEXT_STEPS.flatMap((step) => {
      const given = new Set([
        'date',
        ...RULES.filter((r) => r.next?.includes(step)).flatMap((r) => Object.keys(sentenceValues(r.id, {}, AS_OF))),
      ]);
      return [`next.${step.slice(5)}.title`, `next.${step.slice(5)}.body`].flatMap((key) =>
        placeholders(text(key))
          .filter((p) => !given.has(p))
          .map((p) => `${key} {${p}}`),
      );
    });
    expect(unfilled).toEqual([]);
  });

  it('name every fee item, every hardship and the bars with no date', () => {
    const bars = RULES.filter((r) => r.effect === 'bar' && r.id !== 'bar.twelve-month').map(
      (r) => `results.first.${r.id}`,
    );
    expect(
      missing([...FEE_ITEM_IDS.map((i) => `fees.${i}`), ...HARDSHIPS.map((h) => `evidence.${h}.title`), ...bars]),
    ).toEqual([]);
  });

  it('give the values of the bars with no date from their rows', () => {
    const bars = RULES.filter((r) => r.effect === 'bar' && r.id !== 'bar.twelve-month');
    const unfilled = bars.flatMap((r) =>
      placeholders(text(`results.first.${r.id}`)).filter((p) => !Object.hasOwn(sentenceValues(r.id, {}, AS_OF), p)),
    );
    expect(unfilled).toEqual([]);
  });

  it('write no legal number: only form and guide numbers and the two stages', () => {
    const allowed = new Set(['0008', '0008DEP', '5669', '5406', '5283', '5280', '5476', '5475', '5291', '1', '2']);
    const numbers = [...Object.values(results), ...Object.values(resultsFr)].flatMap(
      (words) => words.replace(/\{\w+\}/g, '').match(/\d[\dA-Z]*/g) ?? [],
    );
    expect([...new Set(numbers)].filter((n) => !allowed.has(n))).toEqual([]);
  });

  it('keep every sentence to 35 words at most, in both languages', () => {
    const long = [...Object.entries(results), ...Object.entries(resultsFr)].flatMap(([key, words]) =>
      words
        .split(/(?<=[.!?])\s+/)
        .filter((sentence) => sentence.split(/\s+/).length > 35)
        .map(() => key),
    );
    expect(long).toEqual([]);
  });
});
