import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysInMonth, endOfMonthsAfter, isIsoDate, isLeapYear, latest, nextDay } from './dates';

describe('endOfMonthsAfter: the last day of a period of months (Interpretation Act s. 28)', () => {
  it.each([
    ['2024-01-15', 12, '2025-01-15', 'the same day number a year later'],
    ['2024-02-29', 12, '2025-02-28', 'from a leap day to a February without one'],
    ['2023-02-28', 12, '2024-02-28', 'not pushed to the leap day'],
    ['2024-02-29', 48, '2028-02-29', 'leap day to leap day'],
    ['2020-02-29', 60, '2025-02-28', 'five years are sixty months'],
    ['2023-03-15', 60, '2028-03-15', 'five years over a leap year'],
    ['2024-01-31', 12, '2025-01-31', 'a month end that exists a year later'],
    ['2024-01-31', 1, '2024-02-29', 'January 31 to the end of a leap February'],
    ['2023-01-31', 1, '2023-02-28', 'January 31 to the end of an ordinary February'],
    ['2024-03-31', 1, '2024-04-30', 'to a 30-day month'],
    ['2024-12-31', 1, '2025-01-31', 'across a year end'],
    ['2024-11-30', 2, '2025-01-30', 'across a year end, two months'],
    ['2024-12-15', 12, '2025-12-15', 'December to December'],
    ['2024-08-31', 6, '2025-02-28', 'August 31 to the end of February'],
    ['2024-05-20', 0, '2024-05-20', 'zero months'],
    ['2024-05-20', 120, '2034-05-20', 'ten years'],
  ])('%s + %i months ends on %s (%s)', (from, months, end) => {
    expect(endOfMonthsAfter(from, months)).toBe(end);
  });

  it('gives a real date, never before the start, on the same day number unless the month is shorter', () => {
    const date = fc
      .record({
        year: fc.integer({ min: 2000, max: 2100 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 31 }),
      })
      .filter(({ year, month, day }) => day <= daysInMonth(year, month))
      .map(({ year, month, day }) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 120 }), (start, months) => {
        const end = endOfMonthsAfter(start, months);
        expect(isIsoDate(end)).toBe(true);
        expect(end >= start).toBe(true);
        const startDay = Number(start.slice(8));
        const endDay = Number(end.slice(8));
        expect(endDay === startDay || endDay === daysInMonth(Number(end.slice(0, 4)), Number(end.slice(5, 7)))).toBe(
          true,
        );
      }),
      { numRuns: 200 },
    );
  });
});

describe('day arithmetic', () => {
  it.each([
    ['2024-02-28', '2024-02-29'],
    ['2024-02-29', '2024-03-01'],
    ['2023-02-28', '2023-03-01'],
    ['2024-12-31', '2025-01-01'],
    ['2025-04-30', '2025-05-01'],
    ['2025-01-15', '2025-01-16'],
  ])('the day after %s is %s', (day, next) => {
    expect(nextDay(day)).toBe(next);
  });

  it('counts backwards and over many months', () => {
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(addDays('2024-01-01', 366)).toBe('2025-01-01');
    expect(addDays('2025-01-01', -365)).toBe('2024-01-02');
    expect(addDays('2025-06-03', 0)).toBe('2025-06-03');
  });

  it('undoes itself', () => {
    const day = fc.integer({ min: 0, max: 40000 }).map((n) => addDays('1990-01-01', n));
    fc.assert(
      fc.property(day, fc.integer({ min: -3000, max: 3000 }), (d, n) => {
        expect(addDays(addDays(d, n), -n)).toBe(d);
        expect(nextDay(addDays(d, -1))).toBe(d);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses something that is not a date', () => {
    expect(() => nextDay('2024-1-01')).toThrow(RangeError);
  });
});

describe('calendar facts', () => {
  it('knows leap years, including the century rules', () => {
    expect([2024, 2000, 2400].map(isLeapYear)).toEqual([true, true, true]);
    expect([2023, 1900, 2100].map(isLeapYear)).toEqual([false, false, false]);
  });

  it('knows the length of each month', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2023, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
  });

  it.each(['2024-02-29', '2000-02-29', '2025-12-31', '1000-01-01', '9999-12-31'])('%s is a date', (d) => {
    expect(isIsoDate(d)).toBe(true);
  });

  it.each([
    '2023-02-29',
    '1900-02-29',
    '2025-02-30',
    '2025-04-31',
    '2025-13-01',
    '2025-00-10',
    '2025-01-00',
    '2025-1-01',
    ' 2025-01-01',
    '2025-01-01T00:00',
    '0999-12-31',
    '2025/01/01',
    '',
  ])('%j is not a date', (d) => {
    expect(isIsoDate(d)).toBe(false);
  });

  it('is not fooled by values that are not text', () => {
    expect([20250101, null, undefined, { year: 2025 }].some(isIsoDate)).toBe(false);
  });

  it('picks the latest of several dates', () => {
    expect(latest(['2025-03-31', '2026-01-15', '2025-12-31'])).toBe('2026-01-15');
    expect(latest([])).toBeUndefined();
  });
});
