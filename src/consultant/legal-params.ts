/**
 * The values the law lines under each question put in, read from the engine's `legalValues` on a
 * date: every parameter by its name (dates in the page's language), plus the short names the law
 * lines use. Nothing here writes a number of its own.
 */
import type { Params } from '../i18n/format';
import type { Lang } from '../i18n/shell';
import { localToday } from '../lib/today';
import { legalValues as valuesOn, type IsoDate } from '../rules';
import { shownValues } from '../results/rule-text';

export function legalValues(lang: Lang, asOf: IsoDate = localToday()): Params {
  const legal = valuesOn(asOf);
  const plain: Record<string, number | string> = {};
  for (const [name, entry] of Object.entries(legal)) {
    if (typeof entry?.value === 'number' || typeof entry?.value === 'string') plain[name] = entry.value;
  }
  const shown = shownValues(plain, lang);
  const alias = (name: string, value: number | string | undefined) => (value === undefined ? {} : { [name]: value });
  return {
    ...shown,
    ...alias('months', shown.twelveMonthBar),
    ...alias('years', legal.designatedForeignNationalBar && legal.designatedForeignNationalBar.value / 12),
    ...alias('oneYear', shown.refugeeClaimOneYear),
    ...alias('entriesAfter', shown.refugeeOneYearEntriesAfter),
    ...alias('claimsFrom', shown.refugeeOneYearClaimsFrom),
  };
}
