/**
 * The engine's second door, for what only consultant mode loads: the deadlines counted as the
 * Interpretation Act counts and the holidays they move past. Kept out of `index.ts` so that a
 * person's journey, which loads the engine through its first door, does not carry them
 * (decision 0018); only consultant mode may open it (.oxlintrc.json).
 */
export {
  COUNTING_CITATIONS,
  dayOff,
  deadlineAfter,
  decisionDeadlineKind,
  type DayOff,
  type Deadline,
  type DeadlineKind,
} from './deadlines';
export {
  HOLIDAY_CITATIONS,
  HOLIDAY_IDS,
  TRUTH_AND_RECONCILIATION_FROM,
  easterSunday,
  holidaysIn,
  weekday,
  type Holiday,
  type HolidayId,
} from './holidays';
