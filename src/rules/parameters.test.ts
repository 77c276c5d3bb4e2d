import { describe, expect, it } from 'vitest';
import { citationLinks } from './citations';
import { isIsoDate } from './dates';
import { dayPeriods, feeSets, lawDates, only, periods, valueOn, type Parameter } from './parameters';

const ALL: Parameter<unknown>[] = [feeSets, ...Object.values(periods), ...Object.values(dayPeriods), ...Object.values(lawDates)];

describe('valueOn: the value in force on a date', () => {
  it.each([
    ['2022-04-29', undefined],
    ['2022-04-30', '2022-04-30'],
    ['2024-04-29', '2022-04-30'],
    ['2024-04-30', '2024-04-30'],
    ['2026-04-29', '2024-04-30'],
    ['2026-04-30', '2026-04-30'],
    ['2030-01-01', '2026-04-30'],
  ])('on %s the fee set is the one from %s', (date, from) => {
    expect(valueOn(feeSets, date)?.from).toBe(from);
  });

  it('marks the 2026 set unverified, with a right of PR fee of 600', () => {
    const set = valueOn(feeSets, '2026-04-30');
    expect(set?.verified).toBe(false);
    expect(set?.value.rightOfPr).toBe(600);
    expect(valueOn(feeSets, '2026-04-29')?.verified).toBe(true);
  });

  it('gives a value with no from date on any date', () => {
    expect(valueOn(periods.twelveMonthBar, '1900-01-01')?.value).toBe(12);
    expect(valueOn(periods.designatedForeignNationalBar, '2099-12-31')?.value).toBe(60);
  });

  it('is undefined on a date before the first value, and only() throws on an empty series', () => {
    const empty: Parameter<number> = { id: 'test.empty', citations: [], series: [] };
    expect(valueOn(empty, '2025-01-01')).toBeUndefined();
    expect(() => only(empty)).toThrow(/test\.empty/);
  });
});

describe('the dated parameters themselves', () => {
  it.each(ALL.map((p) => [p.id, p] as const))('%s has dated values in order, checked dates and cited sources that link', (_id, p) => {
    expect(p.series.length).toBeGreaterThan(0);
    const froms = p.series.map((e) => e.from);
    expect(froms.slice(1).every((f) => f !== undefined), 'only the first value may have no from date').toBe(true);
    expect([...froms].sort(), 'in order of their from dates').toEqual(froms);
    for (const e of p.series) {
      expect(isIsoDate(e.checked)).toBe(true);
      if (e.from !== undefined) expect(isIsoDate(e.from)).toBe(true);
    }
    expect(p.citations.length).toBeGreaterThan(0);
    for (const c of p.citations) expect(citationLinks(c), c).toBeDefined();
  });

  it('have unique ids', () => {
    expect(new Set(ALL.map((p) => p.id)).size).toBe(ALL.length);
  });

  it('hold the periods and dates of the register', () => {
    expect(only(periods.twelveMonthBar)).toBe(12);
    expect(only(periods.designatedForeignNationalBar)).toBe(60);
    expect(only(periods.refugeeClaimOneYear)).toBe(12);
    expect(only(lawDates.refugeeOneYearEntriesAfter)).toBe('2020-06-24');
    expect(only(lawDates.refugeeOneYearClaimsFrom)).toBe('2025-06-03');
    expect([only(dayPeriods.judicialReviewInCanada), only(dayPeriods.judicialReviewOutsideCanada), only(dayPeriods.departureOrder)]).toEqual([15, 60, 30]);
  });

  it('cap biometrics at 170 per family, 85 per person, in every fee set', () => {
    for (const e of feeSets.series) expect([e.value.biometricsPerPerson, e.value.biometricsFamilyMax]).toEqual([85, 170]);
  });
});
