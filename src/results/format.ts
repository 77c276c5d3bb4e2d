/**
 * Amounts and dates as each language writes them, always through Intl (never assembled by hand).
 * Dates are the engine's ISO days, shown in UTC so no time zone can move them by a day.
 */
import type { Lang } from '../i18n/shell';
import { formatDate } from '../wizard/answer-text';

export { formatDate };

const LOCALES: Record<Lang, string> = { en: 'en-CA', fr: 'fr-CA' };

/** Canadian dollars, without cents when the amount is whole: "$635" / "635 $". */
export function formatMoney(amount: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang], { style: 'currency', currency: 'CAD', trailingZeroDisplay: 'stripIfInteger' })
    .format(amount);
}
