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
import {
  FEE_ITEM_IDS,
  HARDSHIPS,
  NEXT_STEPS,
  RULES,
  RULE_IDS,
  UNSURE_ANSWERS,
  sentenceValues,
  type Answers,
  type RuleId,
} from '../rules';
import { bodyKeys, titleKey, type Situation } from './rule-text';

const missing = (keys: string[]) => keys.filter((k) => !Object.hasOwn(en, k) || !Object.hasOwn(fr, k));
const text = (key: string) => (en as Record<string, string>)[key] ?? '';

/** What a card's words depend on, in every combination (with each "not sure" answer and exception at once). */
const BOTH = [true, false] as const;
const SITUATIONS = (['in-canada', 'outside-canada'] as const).flatMap((pathway) =>
  BOTH.flatMap((quebec) =>
    BOTH.flatMap((until) =>
      BOTH.flatMap((removal) =>
        BOTH.map((withdrawn) => ({
          pathway,
          quebec,
          until,
          removal,
          withdrawn,
          confirmed: withdrawn,
          familyClass: quebec,
          redirected: until,
          familyClaimUnsure: removal,
          unsure: UNSURE_ANSWERS,
          exceptions: ['life', 'child'] as const,
        })),
      ),
    ),
  ),
);
const cardKeys = (id: RuleId, values: Situation['values']) =>
  SITUATIONS.flatMap((s) => [titleKey(id, { ...s, values }), ...bodyKeys(id, { ...s, values })]);
const ANSWERS: Answers[] = [{ location: 'in-canada' }, { location: 'outside-canada' }];
const AS_OF = '2026-06-01';
/** The bars that can run until a day (spec §2): their line in the outcome says from when one can apply. */
const DATED_BARS = ['bar.twelve-month', 'bar.designated-foreign-national'] as const;

describe('the results words', () => {
  it('have a title and every paragraph a card can show, for every rule of the decision table', () => {
    const keys = RULE_IDS.flatMap((id) => cardKeys(id, sentenceValues(id, {}, AS_OF)));
    expect(missing(keys)).toEqual([]);
  });

  it('have a value for every placeholder of a rule’s card, from its row or its end date', () => {
    const unfilled = RULE_IDS.flatMap((id) =>
      ANSWERS.flatMap((answers) => {
        const given = new Set([...Object.keys(sentenceValues(id, answers, AS_OF)), 'until', 'from']);
        const keys = cardKeys(id, sentenceValues(id, answers, AS_OF));
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

  it('name every fee item, every hardship and the bars with no date, and say from when for those with one', () => {
    const bars = RULES.filter((r) => r.effect === 'bar' && r.id !== 'bar.twelve-month').map(
      (r) => `results.first.${r.id}`,
    );
    const dated = DATED_BARS.map((id) => `results.first.until.${id}`);
    expect(
      missing([
        ...FEE_ITEM_IDS.map((i) => `fees.${i}`),
        ...HARDSHIPS.map((h) => `evidence.${h}.title`),
        ...bars,
        ...dated,
      ]),
    ).toEqual([]);
    const unfilled = DATED_BARS.flatMap((id) =>
      placeholders(text(`results.first.until.${id}`)).filter(
        (p) => p !== 'from' && p !== 'until' && !Object.hasOwn(sentenceValues(id, {}, AS_OF), p),
      ),
    );
    expect(unfilled).toEqual([]);
  });

  it('give the values of the bars with no date from their rows', () => {
    const bars = RULES.filter((r) => r.effect === 'bar' && r.id !== 'bar.twelve-month');
    const unfilled = bars.flatMap((r) =>
      placeholders(text(`results.first.${r.id}`)).filter((p) => !Object.hasOwn(sentenceValues(r.id, {}, AS_OF), p)),
    );
    expect(unfilled).toEqual([]);
  });

  it('write no legal number: only form and guide numbers, the two stages and the forms’ own age', () => {
    // 18: the age from which IRCC's form instructions (IMM 5280) ask for IMM 5669 and IMM 5406, not a legal period
    const allowed = new Set([
      '0008',
      '0008DEP',
      '5669',
      '5406',
      '5283',
      '5280',
      '5476',
      '5475',
      '5291',
      '1',
      '2',
      '18',
    ]);
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
