/**
 * The holidays the tool counts, named in the page's language, and what it leaves to be checked.
 * Saint-Jean-Baptiste Day is not counted (see `caseDates`), so it is named among what is not.
 */
import { useId } from 'react';
import { CitationList } from '../results/citation-list';
import {
  COUNTING_CITATIONS,
  HOLIDAY_CITATIONS,
  HOLIDAY_IDS,
  TRUTH_AND_RECONCILIATION_FROM,
  type DayOff,
  type HolidayId,
} from '../rules/calendar';
import { useCt, type ConsultantKey } from './consultant-i18n';

/** Holidays whose entry in the list says more than their name. */
const KNOWN_AS: Partial<Record<HolidayId, ConsultantKey>> = {
  'canada-day': 'consultant.holiday.known.canada-day',
  'truth-and-reconciliation': 'consultant.holiday.known.truth-and-reconciliation',
  'sunday-holiday-monday': 'consultant.holiday.known.sunday-holiday-monday',
};

const COUNTED = HOLIDAY_IDS.filter((holiday) => holiday !== 'saint-jean-baptiste');

export function useDayOffName(): (why: DayOff) => string {
  const ct = useCt();
  return (why) =>
    why === 'saturday' || why === 'sunday' ? ct(`consultant.day.${why}`) : ct(`consultant.holiday.${why}`);
}

export function HolidaysKnown() {
  const ct = useCt();
  const id = useId();
  return (
    <div className="consultant-holidays" data-deadlines="holidays">
      <p id={id}>{ct('consultant.deadlines.holidays')}</p>
      <ul aria-labelledby={id}>
        {COUNTED.map((holiday) => (
          <li key={holiday}>
            {ct(KNOWN_AS[holiday] ?? `consultant.holiday.${holiday}`, { year: TRUTH_AND_RECONCILIATION_FROM })}
          </li>
        ))}
      </ul>
      <CitationList citations={[...COUNTING_CITATIONS, ...HOLIDAY_CITATIONS]} />
      <p className="notice notice--warning">{ct('consultant.deadlines.not-counted')}</p>
    </div>
  );
}
