/**
 * Consultant mode's words: a law line for every question, a word for every effect and a condition
 * for every rule, in both languages, and no legal number written in them (the parameters fill
 * placeholders).
 */
import { describe, expect, it } from 'vitest';
import { consultant as en } from '../i18n/consultant-en';
import { consultant as fr } from '../i18n/consultant-fr';
import { QUESTIONS } from '../questions/catalogue';
import { format } from '../i18n/format';
import { EARLIEST_EVALUATION_DATE, RULES } from '../rules';
import { legalValues } from './legal-params';

const missing = (keys: string[]) => keys.filter((k) => !Object.hasOwn(en, k) || !Object.hasOwn(fr, k));

describe('the consultant words', () => {
  it('say why every question matters in law', () => {
    expect(missing(QUESTIONS.map((q) => `consultant.law.${q.field}`))).toEqual([]);
    expect(Object.keys(en).filter((k) => k.startsWith('consultant.law.')).length).toBe(QUESTIONS.length);
  });

  it('name every effect a rule can have', () => {
    expect(missing([...new Set(RULES.map((r) => `consultant.effect.${r.effect}`))])).toEqual([]);
  });

  it('write no number: legal periods and dates come from the parameters', () => {
    const numbers = [...Object.values(en), ...Object.values(fr)].flatMap(
      (text) => text.replace(/\{\w+\}/g, '').match(/\d+/g) ?? [],
    );
    expect(numbers).toEqual([]);
  });

  it('give every rule its condition, with no placeholder left unfilled on its first day in force', () => {
    for (const rule of RULES) {
      const key = `consultant.condition.${rule.id}` as keyof typeof en;
      for (const [lang, words] of [
        ['en', en],
        ['fr', fr],
      ] as const) {
        expect(words[key], `${lang} ${rule.id}`).toEqual(expect.any(String));
        const date = rule.inForce?.from ?? EARLIEST_EVALUATION_DATE;
        expect(format(words[key], legalValues(lang, date)), `${lang} ${rule.id}`).not.toMatch(/[{}]/);
      }
    }
    const conditions = Object.keys(en).filter((k) => k.startsWith('consultant.condition.'));
    expect(conditions).toHaveLength(RULES.length);
  });
});
