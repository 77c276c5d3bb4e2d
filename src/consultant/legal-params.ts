/** The legal numbers and dates the law lines put in, from the engine's parameters (never literals). */
import type { Lang } from '../i18n/shell';
import { formatDate } from '../results/format';
import { dfnYears, months, refugeeOneYear } from '../results/legal-values';

export function legalValues(lang: Lang): Record<string, string | number> {
  return {
    months: months.twelveMonthBar,
    years: dfnYears,
    oneYear: months.refugeeClaimOneYear,
    entriesAfter: formatDate(refugeeOneYear.entriesAfter, lang),
    claimsFrom: formatDate(refugeeOneYear.claimsFrom, lang),
  };
}
