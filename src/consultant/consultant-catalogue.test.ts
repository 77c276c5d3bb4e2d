/**
 * Consultant mode's words: a law line for every question and a word for every effect, in both
 * languages, and no legal number written in them (the parameters fill placeholders).
 */
import { describe, expect, it } from 'vitest';
import { consultant as en } from '../i18n/consultant-en';
import { consultant as fr } from '../i18n/consultant-fr';
import { QUESTIONS } from '../questions/catalogue';
import { RULES } from '../rules';

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
});
