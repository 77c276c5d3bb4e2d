import { describe, expect, it } from 'vitest';
import { consultant as en } from '../i18n/consultant-en';
import { consultant as fr } from '../i18n/consultant-fr';
import { wordsTranslator } from '../i18n/i18n';
import { earliestText } from './earliest-words';

describe('the earliest date in consultant mode\u2019s tables', () => {
  const ct = { en: wordsTranslator('en', [en]), fr: wordsTranslator('fr', [fr]) };

  it('is the date when there is one, and otherwise says what its absence means for the outcome', () => {
    expect(earliestText(ct.en, 'en', { outcome: 'barred', earliestApplicationDate: '2027-03-02' })).toBe(
      'March 2, 2027',
    );
    expect(earliestText(ct.en, 'en', { outcome: 'can-apply', earliestApplicationDate: null })).toBe('Now');
    expect(earliestText(ct.en, 'en', { outcome: 'barred', earliestApplicationDate: null })).toBe('Not known yet');
    expect(earliestText(ct.fr, 'fr', { outcome: 'not-eligible', earliestApplicationDate: null })).toBe('Sans objet');
    expect(earliestText(ct.fr, 'fr', { outcome: 'use-other-class', earliestApplicationDate: null })).toBe('Sans objet');
  });
});
