/**
 * How fresh a result's sources are: a check made more than six months before the date of the result
 * is flagged, since the law, the fees or IRCC's practice may have moved since. Counted by the
 * calendar, as the engine counts periods (`endOfMonthsAfter`).
 */
import { endOfMonthsAfter, type IsoDate } from '../rules';

export const STALE_AFTER_MONTHS = 6;

/** The check was made more than `STALE_AFTER_MONTHS` months before `asOf`. */
export function checkIsStale(checked: IsoDate, asOf: IsoDate): boolean {
  return asOf > endOfMonthsAfter(checked, STALE_AFTER_MONTHS);
}
