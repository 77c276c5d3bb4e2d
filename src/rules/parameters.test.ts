import { describe, expect, it } from 'vitest';
import { citationLinks } from './citations';
import { isIsoDate } from './dates';
import {
  ALL_PARAMETERS,
  PARAMETERS,
  legalValues,
  only,
  parametersOn,
  valueOn,
  type Parameter,
  type ParameterName,
} from './parameters';

const NAMES = Object.keys(PARAMETERS) as ParameterName[];
const { fees } = PARAMETERS;

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
    expect(valueOn(fees, date)?.from).toBe(from);
  });

  it('marks the 2026 set unverified, with unknown processing fees and a right of PR fee of 600', () => {
    const set = valueOn(fees, '2026-04-30');
    expect(set?.verified).toBe(false);
    expect(set?.value).toMatchObject({
      processingPrincipal: null,
      processingSpouse: null,
      processingDependentChild: null,
      rightOfPr: 600,
    });
    expect(valueOn(fees, '2026-04-29')?.verified).toBe(true);
  });

  it('gives a value with no from date on any date', () => {
    expect(valueOn(PARAMETERS.twelveMonthBar, '1900-01-01')?.value).toBe(12);
    expect(valueOn(PARAMETERS.designatedForeignNationalBar, '2099-12-31')?.value).toBe(60);
  });

  it('is undefined on a date before the first value', () => {
    const empty: Parameter<number> = { id: 'test.empty', unit: '', citations: [], series: [] };
    expect(valueOn(empty, '2025-01-01')).toBeUndefined();
    expect(valueOn(PARAMETERS.refugeeClaimOneYear, '2025-06-02')).toBeUndefined();
    expect(valueOn(PARAMETERS.processingMonthsQuebec, '2024-11-18')).toBeUndefined();
  });
});

describe('only: the one value of a parameter constant by law', () => {
  it('gives that value', () => {
    expect(only(PARAMETERS.irpaInForce)).toBe('2002-06-28');
  });

  it('throws on an empty series, naming the parameter', () => {
    const empty: Parameter<number> = { id: 'test.empty', unit: '', citations: [], series: [] };
    expect(() => only(empty)).toThrow(/test\.empty/);
  });

  it.each([
    ['fees', fees],
    ['processingMonthsQuebec', PARAMETERS.processingMonthsQuebec],
    ['processingMonthsElsewhere', PARAMETERS.processingMonthsElsewhere],
  ] as const)('refuses %s, a series of several values, which must be read on a date', (_name, parameter) => {
    expect(() => only(parameter as Parameter<unknown>)).toThrow(
      new RegExp(`${parameter.id.replace(/\./g, '\\.')}.*several`),
    );
  });
});

describe('parametersOn and legalValues: the whole tree on one day', () => {
  it.each([
    ['2024-11-18', undefined, undefined],
    ['2024-11-19', 49, 20],
    ['2026-05-19', 49, 20],
    ['2026-05-20', 57, 32],
    ['2030-01-01', 57, 32],
  ])('on %s the in-Canada processing takes %s months for Quebec and %s elsewhere', (date, quebec, elsewhere) => {
    const p = parametersOn(date);
    expect([p.processingMonthsQuebec, p.processingMonthsElsewhere]).toEqual([quebec, elsewhere]);
    const legal = legalValues(date);
    expect([legal.processingMonthsQuebec?.value, legal.processingMonthsElsewhere?.value]).toEqual([quebec, elsewhere]);
  });

  it('gives each value with the date it took effect, its verified flag and its sources', () => {
    const legal = legalValues('2026-06-01');
    expect(legal.processingMonthsQuebec).toMatchObject({
      value: 57,
      from: '2026-05-20',
      verified: true,
      citations: ['IRCC processing times'],
    });
    expect(legal.fees).toMatchObject({ from: '2026-04-30', verified: false, citations: PARAMETERS.fees.citations });
    expect(legal.peqReopened).toMatchObject({ value: '2026-07-02', verified: false });
    expect(legal.twelveMonthBar).toMatchObject({ value: 12, verified: true, citations: ['IRPA s. 25(1.2)(c)'] });
    expect(legalValues('2024-12-01').processingMonthsQuebec).toMatchObject({ value: 49, from: '2024-11-19' });
  });

  it('leaves out, before its first value, what did not exist yet', () => {
    const p = parametersOn('2025-06-02');
    expect([p.refugeeClaimOneYear, p.refugeeOneYearEntriesAfter, p.refugeeOneYearClaimsFrom]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(parametersOn('2025-06-03').refugeeClaimOneYear).toBe(12);
    expect(parametersOn('2022-04-29').fees).toBeUndefined();
    expect(legalValues('2022-04-29').fees).toBeUndefined();
  });

  it.each(['2002-06-28', '2013-06-19', '2022-04-30', '2024-11-19', '2025-06-03', '2026-04-30', '2026-05-20'])(
    'on %s, parametersOn gives for every parameter the value legalValues gives',
    (date) => {
      const p = parametersOn(date);
      const legal = legalValues(date);
      expect(Object.keys(p).sort()).toEqual([...NAMES].sort());
      for (const name of NAMES) expect(p[name], name).toEqual(legal[name]?.value);
    },
  );
});

describe('the dated parameters themselves', () => {
  it('are all in ALL_PARAMETERS, facts included', () => {
    expect(ALL_PARAMETERS.map((p) => p.id)).toEqual(NAMES.map((name) => PARAMETERS[name].id));
    expect(ALL_PARAMETERS.map((p) => p.id)).toEqual(
      expect.arrayContaining(['fact.processing-months-quebec', 'fact.peq-closed', 'fees.in-canada-hc']),
    );
  });

  it.each(ALL_PARAMETERS.map((p) => [p.id, p] as const))(
    '%s has dated values in order, checked dates and cited sources that link',
    (_id, p) => {
      expect(p.series.length).toBeGreaterThan(0);
      const froms = p.series.map((e) => e.from);
      expect(
        froms.slice(1).every((f) => f !== undefined),
        'only the first value may have no from date',
      ).toBe(true);
      expect([...froms].sort(), 'in order of their from dates').toEqual(froms);
      expect(new Set(froms).size, 'no two values from the same day').toBe(froms.length);
      for (const e of p.series) {
        expect(isIsoDate(e.checked)).toBe(true);
        if (e.from !== undefined) expect(isIsoDate(e.from)).toBe(true);
        expect(typeof e.verified).toBe('boolean');
      }
      expect(p.citations.length).toBeGreaterThan(0);
      for (const c of p.citations) expect(citationLinks(c), c).toBeDefined();
    },
  );

  it('have unique ids', () => {
    expect(new Set(ALL_PARAMETERS.map((p) => p.id)).size).toBe(ALL_PARAMETERS.length);
  });

  it('hold the periods, ages and dates of the register', () => {
    const p = PARAMETERS;
    expect([
      only(p.twelveMonthBar),
      only(p.designatedForeignNationalBar),
      only(p.refugeeClaimOneYear),
      only(p.temporaryResidentPermitWait),
    ]).toEqual([12, 60, 12, 12]);
    expect([only(p.judicialReviewInCanada), only(p.judicialReviewOutsideCanada), only(p.departureOrder)]).toEqual([
      15, 60, 30,
    ]);
    expect([only(p.sponsorAppeal), only(p.prraApplication)]).toEqual([30, 15]);
    expect([only(p.biometricsYoungestAge), only(p.biometricsOldestAge)]).toEqual([14, 79]);
    expect(only(p.irpaInForce)).toBe('2002-06-28');
    expect(only(p.refugeeOneYearEntriesAfter)).toBe('2020-06-24');
    expect(only(p.refugeeOneYearClaimsFrom)).toBe('2025-06-03');
    expect([only(p.peqClosed), only(p.peqReopened)]).toEqual(['2025-11-19', '2026-07-02']);
  });

  it('hold the three fee sets of hc-rules.md §2, the last one with unknown processing fees', () => {
    expect(
      fees.series.map((e) => [
        e.from,
        e.verified,
        e.value.processingPrincipal,
        e.value.processingSpouse,
        e.value.processingDependentChild,
        e.value.rightOfPr,
      ]),
    ).toEqual([
      ['2022-04-30', true, 570, 570, 155, 515],
      ['2024-04-30', true, 635, 635, 175, 575],
      ['2026-04-30', false, null, null, null, 600],
    ]);
  });

  it('cap biometrics at 170 per family, 85 per person, in every fee set', () => {
    for (const e of fees.series) expect([e.value.biometricsPerPerson, e.value.biometricsFamilyMax]).toEqual([85, 170]);
  });

  it('mark unverified every set that holds an unknown amount', () => {
    const unknown = fees.series.filter((e) => Object.values(e.value).some((v) => v === null));
    expect(unknown.map((e) => [e.from, e.verified])).toEqual(unknown.map((e) => [e.from, false]));
  });
});
