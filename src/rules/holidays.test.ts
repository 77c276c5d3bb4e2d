import { describe, expect, it } from 'vitest';
import { easterSunday, holidaysIn, weekday } from './holidays';

const dates = (year: number, quebec = false) =>
  Object.fromEntries(holidaysIn(year, { quebec }).map((h) => [h.id, h.date]));

describe('holidays of the Interpretation Act', () => {
  it('knows the day of the week', () => {
    expect(weekday('2026-11-30')).toBe(1);
    expect(weekday('2000-01-01')).toBe(6);
    expect(weekday('2028-02-29')).toBe(2);
  });

  it('computes Easter', () => {
    expect([2024, 2025, 2026, 2027, 2038, 2285].map(easterSunday)).toEqual([
      '2024-03-31',
      '2025-04-20',
      '2026-04-05',
      '2027-03-28',
      '2038-04-25',
      '2285-03-22',
    ]);
  });

  it('lists the holidays of 2027', () => {
    expect(dates(2027)).toEqual({
      'new-year': '2027-01-01',
      'good-friday': '2027-03-26',
      'easter-monday': '2027-03-29',
      'victoria-day': '2027-05-24',
      'canada-day': '2027-07-01',
      'labour-day': '2027-09-06',
      'truth-and-reconciliation': '2027-09-30',
      thanksgiving: '2027-10-11',
      'remembrance-day': '2027-11-11',
      christmas: '2027-12-25',
    });
  });

  it('puts Victoria Day on the Monday before 25 May, even when 24 May is a Monday', () => {
    expect(dates(2026)['victoria-day']).toBe('2026-05-18');
    expect(dates(2027)['victoria-day']).toBe('2027-05-24');
    expect(dates(2025)['victoria-day']).toBe('2025-05-19');
  });

  it('moves Canada Day to 2 July when 1 July is a Sunday', () => {
    expect(dates(2029)['canada-day']).toBe('2029-07-02');
    expect(dates(2018)['canada-day']).toBe('2018-07-02');
  });

  it('makes the Monday a holiday when New Year’s Day or Remembrance Day falls on a Sunday', () => {
    expect(holidaysIn(2034, { quebec: false }).filter((h) => h.id === 'sunday-holiday-monday')).toEqual([
      { id: 'sunday-holiday-monday', date: '2034-01-02' },
    ]);
    expect(dates(2029)['sunday-holiday-monday']).toBe('2029-11-12');
  });

  it('counts the National Day for Truth and Reconciliation from 2021 only', () => {
    expect(dates(2020)['truth-and-reconciliation']).toBeUndefined();
    expect(dates(2021)['truth-and-reconciliation']).toBe('2021-09-30');
  });

  it('counts Saint-Jean-Baptiste Day only for Quebec, and never Boxing Day', () => {
    expect(dates(2027)['saint-jean-baptiste']).toBeUndefined();
    expect(dates(2027, true)['saint-jean-baptiste']).toBe('2027-06-24');
    expect(Object.values(dates(2027, true))).not.toContain('2027-12-26');
  });
});
