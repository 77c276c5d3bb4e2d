/**
 * Calendar dates as ISO strings (YYYY-MM-DD), with the period arithmetic of the Interpretation Act.
 * Plain integer arithmetic: no Date objects, no time zones, no clock.
 */
export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

interface Ymd {
  year: number;
  month: number;
  day: number;
}

function parts(date: IsoDate): Ymd {
  const m = ISO.exec(date);
  if (!m) throw new RangeError(`not an ISO date: ${date}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

function format({ year, month, day }: Ymd): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A real calendar date written exactly as YYYY-MM-DD (year 1000 to 9999). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Last day of the period of `months` months after `date` (Interpretation Act s. 28): the day with
 * the same number in the last month of the period, or that month's last day when it has none.
 */
export function endOfMonthsAfter(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = parts(date);
  const index = year * 12 + (month - 1) + months;
  const endYear = Math.floor(index / 12);
  const endMonth = (index % 12) + 1;
  return format({ year: endYear, month: endMonth, day: Math.min(day, daysInMonth(endYear, endMonth)) });
}

export function addDays(date: IsoDate, days: number): IsoDate {
  let { year, month, day } = parts(date);
  day += days;
  while (day > daysInMonth(year, month)) {
    day -= daysInMonth(year, month);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  while (day < 1) {
    month -= 1;
    if (month < 1) {
      month = 12;
      year -= 1;
    }
    day += daysInMonth(year, month);
  }
  return format({ year, month, day });
}

export function nextDay(date: IsoDate): IsoDate {
  return addDays(date, 1);
}

export function latest(dates: readonly IsoDate[]): IsoDate | undefined {
  return dates.reduce<IsoDate | undefined>((max, d) => (max === undefined || d > max ? d : max), undefined);
}
