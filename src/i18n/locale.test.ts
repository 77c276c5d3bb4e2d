import { describe, expect, it } from 'vitest';
import { catalogue as fr } from './catalogue-fr';
import { consultant } from './consultant-fr';
import { formatDate, formatMoney } from './locale';
import { shell } from './shell';

const MONTHS = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'];

describe('a date as each language writes it', () => {
  it('writes the first day of every month « 1er » in French', () => {
    expect(formatDate('2026-08-01', 'fr')).toBe('1er août 2026');
    expect(formatDate('2025-10-01', 'fr')).toBe('1er octobre 2025');
    for (const month of MONTHS) expect(formatDate(`2027-${month}-01`, 'fr')).toMatch(/^1er \p{L}+ 2027$/u);
  });

  it('leaves the other days, and English, as Intl writes them', () => {
    expect(formatDate('2026-08-02', 'fr')).toBe('2 août 2026');
    expect(formatDate('2026-08-11', 'fr')).toBe('11 août 2026');
    expect(formatDate('2026-08-21', 'fr')).toBe('21 août 2026');
    expect(formatDate('2026-08-01', 'en')).toBe('August 1, 2026');
  });

  it('keeps a date in words in no French string: every date comes through formatDate', () => {
    const written =
      /\b\d{1,2}(?:er)? (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b/;
    const french = { ...shell.fr, ...fr, ...consultant };
    expect(Object.keys(french).filter((key) => written.test(french[key as keyof typeof french] as string))).toEqual([]);
  });

  it('writes amounts as each language does', () => {
    expect(formatMoney(635, 'en')).toBe('$635');
    expect(formatMoney(635, 'fr')).toBe('635\u00a0$');
  });
});
