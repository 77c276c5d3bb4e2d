/**
 * Dates, amounts, numbers and lists as each language writes them, always through Intl (never
 * assembled by hand), with the one map from the app's languages to Intl's locales. Dates are the
 * engine's ISO days, shown in UTC so no time zone can move them by a day.
 */
import type { Lang } from './shell';

export const LOCALES: Readonly<Record<Lang, string>> = { en: 'en-CA', fr: 'fr-CA' };

/**
 * An ISO day in words: "March 11, 2026" / "11 mars 2026". French writes the first day of a month
 * « 1er » (OQLF, Bureau de la traduction), which Intl does not: « 1er août 2026 ».
 */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const parts = new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeZone: 'UTC' }).formatToParts(
    new Date(Date.UTC(y, m - 1, d)),
  );
  return parts.map((p) => (lang === 'fr' && p.type === 'day' && d === 1 ? '1er' : p.value)).join('');
}

/** Canadian dollars, without cents when the amount is whole: "$635" / "635 $". */
export function formatMoney(amount: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang], {
    style: 'currency',
    currency: 'CAD',
    trailingZeroDisplay: 'stripIfInteger',
  }).format(amount);
}

export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang]).format(value);
}
