/**
 * The engine's dated parameters as the values the page's sentences put in: periods, law dates and
 * the judicial review deadline for a pathway. One place, so every card reads the same numbers.
 */
import { dayPeriods, lawDates, only, periods, type Assessment } from '../rules';

export const months = {
  twelveMonthBar: only(periods.twelveMonthBar),
  refugeeClaimOneYear: only(periods.refugeeClaimOneYear),
};

/** The designated foreign national bar, in years (Interpretation Act s. 37: a year is 12 months). */
export const dfnYears = only(periods.designatedForeignNationalBar) / 12;

export const refugeeOneYear = {
  entriesAfter: only(lawDates.refugeeOneYearEntriesAfter),
  claimsFrom: only(lawDates.refugeeOneYearClaimsFrom),
};

export const departureOrderDays = only(dayPeriods.departureOrder);

/** Days to ask the Federal Court for leave: the matter arose in Canada, or outside it. */
export function judicialReviewDays(pathway: Assessment['pathway']): number {
  return only(pathway === 'outside-canada' ? dayPeriods.judicialReviewOutsideCanada : dayPeriods.judicialReviewInCanada);
}
