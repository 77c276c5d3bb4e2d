/**
 * Every legal number the engine uses, as a dated series: each value has the date it takes effect,
 * its legal reference and the date someone last checked it against the source. Nothing else in the
 * engine writes a fee, a period or a rule date as a literal, and nothing reads a value without the
 * evaluation date: `parametersOn(asOf)` resolves the whole tree on one day (as OpenFisca's
 * `parameters(period)` does), and `legalValues(asOf)` gives the interface each value with its date
 * and its `verified` flag. Source of the figures: hc-rules.md §2 and research-notes.md (b); where
 * each figure comes from, in words, is in `register-prose.ts` (the register shows it).
 */
import type { IsoDate } from './dates';

export interface Dated<T> {
  /** in force from this day; left out when no in-force date is recorded (applies to any date) */
  from?: IsoDate;
  value: T;
  /** false when the value is not confirmed by an official source */
  verified: boolean;
  checked: IsoDate;
}

export interface Parameter<T> {
  id: string;
  /** what the number counts, for the register: `months`, `days`, `years`, `CAD`, or nothing */
  unit: string;
  citations: readonly string[];
  series: readonly Dated<T>[];
}

/** The value in force on `date`, or undefined before the first one. */
export function valueOn<T>(parameter: Parameter<T>, date: IsoDate): Dated<T> | undefined {
  let found: Dated<T> | undefined;
  for (const entry of parameter.series) if (entry.from === undefined || entry.from <= date) found = entry;
  return found;
}

/** The value of a parameter that is constant by law; refuses a series of several values. */
export function only<T>(parameter: Parameter<T>): T {
  const [first, ...rest] = parameter.series;
  if (!first) throw new Error(`parameter ${parameter.id} has no value`);
  if (rest.length > 0) throw new Error(`parameter ${parameter.id} has several dated values: read it on a date`);
  return first.value;
}

/** `null`: an amount the fee set holds but nobody has confirmed (indexed, not yet published). */
export interface FeeSet {
  processingPrincipal: number | null;
  processingSpouse: number | null;
  processingDependentChild: number | null;
  rightOfPr: number;
  biometricsPerPerson: number;
  biometricsFamilyMax: number;
}

const FEES_CHECKED = '2026-05-31';
const STATUTE_CHECKED = '2026-05-31';

const feeSets: Parameter<FeeSet> = {
  id: 'fees.in-canada-hc',
  unit: 'CAD',
  citations: ['IRPR s. 307', 'IRPR s. 294(d)', 'IRPR s. 303', 'IRPR s. 315.1'],
  series: [
    {
      from: '2022-04-30',
      verified: true,
      checked: FEES_CHECKED,
      value: {
        processingPrincipal: 570,
        processingSpouse: 570,
        processingDependentChild: 155,
        rightOfPr: 515,
        biometricsPerPerson: 85,
        biometricsFamilyMax: 170,
      },
    },
    {
      from: '2024-04-30',
      verified: true,
      checked: FEES_CHECKED,
      value: {
        processingPrincipal: 635,
        processingSpouse: 635,
        processingDependentChild: 175,
        rightOfPr: 575,
        biometricsPerPerson: 85,
        biometricsFamilyMax: 170,
      },
    },
    {
      from: '2026-04-30',
      verified: false,
      checked: FEES_CHECKED,
      value: {
        processingPrincipal: null,
        processingSpouse: null,
        processingDependentChild: null,
        rightOfPr: 600,
        biometricsPerPerson: 85,
        biometricsFamilyMax: 170,
      },
    },
  ],
};

function fixed<T>(
  id: string,
  unit: string,
  citations: string[],
  value: T,
  from?: IsoDate,
  verified = true,
): Parameter<T> {
  const entry: Dated<T> = { value, verified, checked: STATUTE_CHECKED, ...(from ? { from } : {}) };
  return { id, unit, citations, series: [entry] };
}

/**
 * The parameters, each a dated series. Periods in months follow the Interpretation Act (s. 37: a
 * year is 12 months); periods in days are shown by the interface.
 */
export const PARAMETERS = {
  fees: feeSets,
  twelveMonthBar: fixed('period.twelve-month-bar', 'months', ['IRPA s. 25(1.2)(c)'], 12),
  designatedForeignNationalBar: fixed('period.dfn-bar', 'months', ['IRPA s. 25(1.01)'], 60),
  refugeeClaimOneYear: fixed('period.refugee-claim-one-year', 'months', ['IRPA s. 101(1)(b.1)'], 12, '2025-06-03'),
  temporaryResidentPermitWait: fixed('period.trp-wait', 'months', ['IRPA s. 24(4)'], 12),
  judicialReviewInCanada: fixed('period.judicial-review-in-canada', 'days', ['IRPA s. 72(2)(b)'], 15),
  judicialReviewOutsideCanada: fixed('period.judicial-review-outside-canada', 'days', ['IRPA s. 72(2)(b)'], 60),
  sponsorAppeal: fixed('period.sponsor-appeal', 'days', ['IAD Rules r. 16(a)'], 30),
  prraApplication: fixed('period.prra-application', 'days', ['IRPR s. 162'], 15),
  departureOrder: fixed('period.departure-order', 'days', ['IRPR s. 224(2)'], 30),
  /** IRPA came into force: the tool knows no earlier law */
  irpaInForce: fixed('date.irpa-in-force', '', ['IRPA s. 275'], '2002-06-28'),
  /** the one-year refugee rule counts entries after this day */
  refugeeOneYearEntriesAfter: fixed(
    'date.refugee-one-year-entries-after',
    '',
    ['IRPA s. 101(1)(b.1)'],
    '2020-06-24',
    '2025-06-03',
  ),
  /** and applies to claims made from this day */
  refugeeOneYearClaimsFrom: fixed(
    'date.refugee-one-year-claims-from',
    '',
    ['IRPA s. 101(1)(b.1)'],
    '2025-06-03',
    '2025-06-03',
  ),
  permitHolderYearsHealth: fixed('period.permit-holder-health', 'years', ['IRPR s. 65.1'], 3),
  permitHolderYears: fixed('period.permit-holder', 'years', ['IRPR s. 65.1'], 5),
  exclusionOrderYears: fixed('period.exclusion-order', 'years', ['IRPR s. 225(1)'], 1),
  exclusionOrderMisrepresentationYears: fixed(
    'period.exclusion-order-misrepresentation',
    'years',
    ['IRPR s. 225(3)'],
    5,
  ),
  commonLawMonths: fixed('period.common-law', 'months', ['IRPR s. 1(1)'], 12),
  dependentChildAge: fixed('age.dependent-child', 'years', ['IRPR s. 2'], 22),
  biometricsYoungestAge: fixed('age.biometrics-youngest', 'years', ['IRPR s. 12.2(1)(a)'], 14),
  biometricsOldestAge: fixed('age.biometrics-oldest', 'years', ['IRPR s. 12.2(1)(b)'], 79),
  processingMonthsQuebec: {
    id: 'fact.processing-months-quebec',
    unit: 'months',
    citations: ['IRCC processing times'],
    series: [
      { from: '2024-11-19', value: 49, verified: true, checked: '2026-05-31' },
      { from: '2026-05-20', value: 57, verified: true, checked: '2026-05-31' },
    ],
  } satisfies Parameter<number>,
  processingMonthsElsewhere: {
    id: 'fact.processing-months-elsewhere',
    unit: 'months',
    citations: ['IRCC processing times'],
    series: [
      { from: '2024-11-19', value: 20, verified: true, checked: '2026-05-31' },
      { from: '2026-05-20', value: 32, verified: true, checked: '2026-05-31' },
    ],
  } satisfies Parameter<number>,
  peqClosed: fixed('fact.peq-closed', '', ['Québec, PEQ'], '2025-11-19', undefined, false),
  peqReopened: fixed('fact.peq-reopened', '', ['Québec, PEQ'], '2026-07-02', undefined, false),
} as const;

export type ParameterName = keyof typeof PARAMETERS;
type ValueOf<P> = P extends Parameter<infer T> ? T : never;

/** The whole tree resolved on one day: a value, or undefined before the parameter's first value. */
export type ParametersOn = { readonly [K in ParameterName]: ValueOf<(typeof PARAMETERS)[K]> | undefined };

/** Each value in force on `asOf`, with its date, its `verified` flag and its sources, for the interface. */
export type LegalValues = {
  readonly [K in ParameterName]:
    (Dated<ValueOf<(typeof PARAMETERS)[K]>> & { citations: readonly string[] }) | undefined;
};

const NAMES = Object.keys(PARAMETERS) as ParameterName[];

export function legalValues(asOf: IsoDate): LegalValues {
  const values: Record<string, unknown> = {};
  for (const name of NAMES) {
    const parameter = PARAMETERS[name] as Parameter<unknown>;
    const entry = valueOn(parameter, asOf);
    values[name] = entry ? { ...entry, citations: parameter.citations } : undefined;
  }
  return values as LegalValues;
}

export function parametersOn(asOf: IsoDate): ParametersOn {
  const values: Record<string, unknown> = {};
  for (const name of NAMES) values[name] = valueOn(PARAMETERS[name] as Parameter<unknown>, asOf)?.value;
  return values as ParametersOn;
}

export const ALL_PARAMETERS: readonly Parameter<unknown>[] = NAMES.map(
  (name) => PARAMETERS[name] as Parameter<unknown>,
);
