/**
 * The holidays of the Interpretation Act (s. 35) that move a deadline (s. 26), worked out for any
 * year with integer arithmetic: fixed days, Mondays counted in a month, and Easter (the Gregorian
 * computus). Kept apart from the dated parameters: they never change an assessment, only the dates
 * of a calendar (decision 0018). Provincial holidays are not known, except Quebec's 24 June when
 * asked for; Boxing Day is not a holiday under s. 35 and is not counted.
 */
import { addDays, type IsoDate } from './dates';

export type HolidayId =
  | 'new-year'
  | 'good-friday'
  | 'easter-monday'
  | 'victoria-day'
  | 'saint-jean-baptiste'
  | 'canada-day'
  | 'labour-day'
  | 'truth-and-reconciliation'
  | 'thanksgiving'
  | 'remembrance-day'
  | 'christmas'
  /** s. 35(2): New Year's Day or Remembrance Day on a Sunday makes the Monday a holiday too */
  | 'sunday-holiday-monday';

export const HOLIDAY_IDS: readonly HolidayId[] = [
  'new-year',
  'good-friday',
  'easter-monday',
  'victoria-day',
  'saint-jean-baptiste',
  'canada-day',
  'labour-day',
  'truth-and-reconciliation',
  'thanksgiving',
  'remembrance-day',
  'christmas',
  'sunday-holiday-monday',
];

/** s. 35(1) names them; s. 35(2) adds the Monday (which also keeps Canada Day on 2 July, as the Holidays Act does). */
export const HOLIDAY_CITATIONS = ['Interpretation Act s. 35'] as const;

/** The first year of the National Day for Truth and Reconciliation (S.C. 2021, c. 11, assented to 3 June 2021). */
export const TRUTH_AND_RECONCILIATION_FROM = 2021;

export interface Holiday {
  date: IsoDate;
  id: HolidayId;
}

const iso = (year: number, month: number, day: number): IsoDate =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** 0 = Sunday … 6 = Saturday (Sakamoto's method, proleptic Gregorian). */
export function weekday(date: IsoDate): number {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
  const y = month < 3 ? year - 1 : year;
  return (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + (offsets[month - 1] ?? 0) + day) % 7;
}

/** Easter Sunday (the anonymous Gregorian algorithm of Meeus, Jones and Butcher). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(year, month, day);
}

/** The `nth` Monday of a month (1 = the first). */
function nthMonday(year: number, month: number, nth: number): IsoDate {
  const first = iso(year, month, 1);
  const toMonday = (8 - weekday(first)) % 7;
  return addDays(first, toMonday + (nth - 1) * 7);
}

/** Victoria Day: the Monday before 25 May. */
function victoriaDay(year: number): IsoDate {
  const may24 = iso(year, 5, 24);
  return addDays(may24, -((weekday(may24) + 6) % 7));
}

/** Canada Day: 1 July, or 2 July when 1 July is a Sunday (Holidays Act s. 2). */
function canadaDay(year: number): IsoDate {
  const july1 = iso(year, 7, 1);
  return weekday(july1) === 0 ? iso(year, 7, 2) : july1;
}

/** The holidays of a year, in date order; Saint-Jean-Baptiste Day only when `quebec`. */
export function holidaysIn(year: number, { quebec }: { quebec: boolean }): Holiday[] {
  const easter = easterSunday(year);
  const list: Holiday[] = [
    { id: 'new-year', date: iso(year, 1, 1) },
    { id: 'good-friday', date: addDays(easter, -2) },
    { id: 'easter-monday', date: addDays(easter, 1) },
    { id: 'victoria-day', date: victoriaDay(year) },
    ...(quebec ? [{ id: 'saint-jean-baptiste' as const, date: iso(year, 6, 24) }] : []),
    { id: 'canada-day', date: canadaDay(year) },
    { id: 'labour-day', date: nthMonday(year, 9, 1) },
    ...(year >= TRUTH_AND_RECONCILIATION_FROM
      ? [{ id: 'truth-and-reconciliation' as const, date: iso(year, 9, 30) }]
      : []),
    { id: 'thanksgiving', date: nthMonday(year, 10, 2) },
    { id: 'remembrance-day', date: iso(year, 11, 11) },
    { id: 'christmas', date: iso(year, 12, 25) },
  ];
  const mondays = list
    .filter((h) => (h.id === 'new-year' || h.id === 'remembrance-day') && weekday(h.date) === 0)
    .map((h) => ({ id: 'sunday-holiday-monday' as const, date: addDays(h.date, 1) }));
  return [...list, ...mondays].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

/** The holiday on `date`, if any. */
export function holidayOn(date: IsoDate, options: { quebec: boolean }): HolidayId | undefined {
  return holidaysIn(Number(date.slice(0, 4)), options).find((h) => h.date === date)?.id;
}
