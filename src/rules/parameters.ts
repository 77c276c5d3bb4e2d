/**
 * Every legal number the engine uses, as a dated series: each value has the date it takes effect,
 * its legal reference and the date someone last checked it against the source. Nothing else in the
 * engine writes a fee, a period or a rule date as a literal.
 * Source of the figures: hc-rules.md §2 and research-notes.md (b).
 */
import type { IsoDate } from './dates';

export interface Dated<T> {
  /** in force from this day; left out when no in-force date is recorded (applies to any date) */
  from?: IsoDate;
  value: T;
  /** false when the value is not confirmed by an official source */
  verified: boolean;
  checked: IsoDate;
  note?: string;
}

export interface Parameter<T> {
  id: string;
  citations: readonly string[];
  series: readonly Dated<T>[];
}

/** The value in force on `date`, or undefined before the first one. */
export function valueOn<T>(parameter: Parameter<T>, date: IsoDate): Dated<T> | undefined {
  let found: Dated<T> | undefined;
  for (const entry of parameter.series) if (entry.from === undefined || entry.from <= date) found = entry;
  return found;
}

export interface FeeSet {
  processingPrincipal: number;
  processingSpouse: number;
  processingDependentChild: number;
  rightOfPr: number;
  biometricsPerPerson: number;
  biometricsFamilyMax: number;
}

const FEES_CHECKED = '2026-05-31';

export const feeSets: Parameter<FeeSet> = {
  id: 'fees.in-canada-hc',
  citations: ['IRPR s. 307', 'IRPR s. 294(d)', 'IRPR s. 303', 'IRPR s. 315.1'],
  series: [
    {
      from: '2022-04-30', verified: true, checked: FEES_CHECKED,
      value: { processingPrincipal: 570, processingSpouse: 570, processingDependentChild: 155, rightOfPr: 515, biometricsPerPerson: 85, biometricsFamilyMax: 170 },
    },
    {
      from: '2024-04-30', verified: true, checked: FEES_CHECKED, note: 'IRCC fee notice of 2024',
      value: { processingPrincipal: 635, processingSpouse: 635, processingDependentChild: 175, rightOfPr: 575, biometricsPerPerson: 85, biometricsFamilyMax: 170 },
    },
    {
      from: '2026-04-30', verified: false, checked: FEES_CHECKED,
      note: 'processing fees kept at the 2024 amounts: the new amounts are not confirmed (indexation suggests about 660 / 660 / 180); right of PR fee 600 from the IRCC notice of 2026-03-27, as reported',
      value: { processingPrincipal: 635, processingSpouse: 635, processingDependentChild: 175, rightOfPr: 600, biometricsPerPerson: 85, biometricsFamilyMax: 170 },
    },
  ],
};

const STATUTE_CHECKED = '2026-05-31';

function fixed<T>(id: string, citations: string[], value: T, from?: IsoDate): Parameter<T> {
  const entry: Dated<T> = { value, verified: true, checked: STATUTE_CHECKED };
  return { id, citations, series: [from ? { ...entry, from } : entry] };
}

/** Periods in months (Interpretation Act s. 37: a year is 12 months). */
export const periods = {
  twelveMonthBar: fixed('period.twelve-month-bar', ['IRPA s. 25(1.2)(c)'], 12),
  designatedForeignNationalBar: fixed('period.dfn-bar', ['IRPA s. 25(1.01)'], 60),
  refugeeClaimOneYear: fixed('period.refugee-claim-one-year', ['IRPA s. 101(1)(b.1)'], 12, '2025-06-03'),
};

/** Periods in days, shown by the interface. */
export const dayPeriods = {
  judicialReviewInCanada: fixed('period.judicial-review-in-canada', ['IRPA s. 72(2)(b)'], 15),
  judicialReviewOutsideCanada: fixed('period.judicial-review-outside-canada', ['IRPA s. 72(2)(b)'], 60),
  departureOrder: fixed('period.departure-order', ['IRPR s. 224(2)'], 30),
};

/** Dates written into the law itself. */
export const lawDates = {
  /** the one-year refugee rule counts entries after this day */
  refugeeOneYearEntriesAfter: fixed('date.refugee-one-year-entries-after', ['IRPA s. 101(1)(b.1)'], '2020-06-24', '2025-06-03'),
  /** and applies to claims made from this day */
  refugeeOneYearClaimsFrom: fixed('date.refugee-one-year-claims-from', ['IRPA s. 101(1)(b.1)'], '2025-06-03', '2025-06-03'),
};

/** The first value of a series whose value never changed; throws if the series is empty. */
export function only<T>(parameter: Parameter<T>): T {
  const first = parameter.series[0];
  if (!first) throw new Error(`parameter ${parameter.id} has no value`);
  return first.value;
}

/**
 * Facts the interface states that are not rules: processing times, the age under which no
 * biometrics are given, program dates. Dated and sourced like the rest, so no sentence carries a
 * number of its own.
 */
export const facts = {
  processingMonthsQuebec: { id: 'fact.processing-months-quebec', citations: ['IRCC CIMM briefing 2024-11-25'],
    series: [{ from: '2024-11-19', value: 49, verified: true, checked: '2026-05-31' }] } as Parameter<number>,
  processingMonthsElsewhere: { id: 'fact.processing-months-elsewhere', citations: ['IRCC CIMM briefing 2024-11-25'],
    series: [{ from: '2024-11-19', value: 20, verified: true, checked: '2026-05-31' }] } as Parameter<number>,
  biometricsMinimumAge: { id: 'fact.biometrics-minimum-age', citations: ['IRPR s. 12.1'],
    series: [{ value: 14, verified: false, checked: '2026-11-26', note: 'paragraph of the exemption to confirm' }] } as Parameter<number>,
  peqClosed: { id: 'fact.peq-closed', citations: ['Québec, PEQ closure notice'],
    series: [{ value: '2025-11-19', verified: false, checked: '2026-05-31', note: 'reported by secondary sources; verify on quebec.ca' }] } as Parameter<string>,
};
