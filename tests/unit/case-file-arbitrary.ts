/**
 * A fast-check arbitrary of valid case files of both versions with their evaluation dates, for the
 * engine's properties. It draws every answer, then builds the answers the spec's "required when"
 * column asks for (with the wizard's early stop when steps 1–4 decide on that date), sometimes
 * adding answers that do not apply, which a valid file may carry. A version-1 file never holds a
 * field or value of version 2. Evaluation dates run from the day IRPA came into force, with extra
 * weight on the days around each rule's in-force date; the other dates are drawn as days before the
 * evaluation date, so none is in the future.
 */
import fc from 'fast-check';
import {
  CASE_FILE_VERSIONS,
  DESTINATIONS,
  EARLIEST_EVALUATION_DATE,
  HARDSHIPS,
  HOME_COUNTRY_HELP,
  INADMISSIBILITY_GROUNDS,
  INADMISSIBILITY_GROUNDS_V1,
  LOCATIONS,
  NON_EXEMPTIBLE_GROUNDS,
  PARAMETERS,
  REFUGEE_CLAIMS,
  REMOVAL_ORDER_TYPES,
  RULES,
  SEVERITIES,
  YES_NO,
  YES_NO_UNSURE,
  addDays,
  nextDay,
  only,
  type Answers,
  type CaseFile,
  type CaseFileVersion,
  type FieldId,
  type IsoDate,
} from '../../src/rules';

export interface Generated {
  caseFile: CaseFile;
  asOf: IsoDate;
}

type Grounds = NonNullable<Answers['inadmissibility']>;

const isNonExemptible = (g: string) => (NON_EXEMPTIBLE_GROUNDS as readonly string[]).includes(g);
const FIRST_ENTRY = nextDay(only(PARAMETERS.refugeeOneYearEntriesAfter));
/** Step 3 excludes from this day only (the contract's §2 table). */
const EXCLUSION_IN_FORCE = '2013-06-19';
const LAST_AS_OF = '2028-12-31';

const rarely = (weight: number) =>
  fc.oneof({ weight, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) });
const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);

/** Whole days from one date to a later one (a test may use Date; the engine may not). */
const daysBetween = (from: IsoDate, to: IsoDate) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

const inForceDates = [...new Set(RULES.flatMap((r) => ('inForce' in r && r.inForce ? [r.inForce.from] : [])))];
const asOfs = fc.oneof(
  {
    weight: 2,
    arbitrary: fc
      .integer({ min: 0, max: daysBetween(EARLIEST_EVALUATION_DATE, LAST_AS_OF) })
      .map((n) => addDays(EARLIEST_EVALUATION_DATE, n)),
  },
  {
    weight: 3,
    arbitrary: fc.integer({ min: 0, max: daysBetween('2021-01-01', LAST_AS_OF) }).map((n) => addDays('2021-01-01', n)),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(pick(inForceDates), fc.integer({ min: -1, max: 0 })).map(([d, shift]) => addDays(d, shift)),
  },
);

const groundsOf = (all: readonly Grounds[number][]) => {
  const exemptible = all.filter((g) => !isNonExemptible(g));
  return fc.oneof(
    { weight: 4, arbitrary: fc.subarray([...exemptible], { maxLength: 3 }) },
    { weight: 2, arbitrary: fc.subarray([...all], { minLength: 1, maxLength: 3 }) },
    { weight: 1, arbitrary: fc.constant<Grounds>(['unsure']) },
  );
};

const choices = fc.record({
  version: pick(CASE_FILE_VERSIONS),
  asOf: asOfs,
  status: fc.oneof(
    { weight: 8, arbitrary: fc.constant('foreign-national' as const) },
    { weight: 1, arbitrary: pick(['citizen', 'permanent-resident', 'protected-person'] as const) },
  ),
  location: pick(LOCATIONS),
  destination: pick(DESTINATIONS),
  underRemoval: rarely(2),
  removalOrderType: pick(REMOVAL_ORDER_TYPES),
  inadmissibilityV1: groundsOf(INADMISSIBILITY_GROUNDS_V1),
  inadmissibilityV2: groundsOf(INADMISSIBILITY_GROUNDS),
  inadmissibilityFound: fc.boolean(),
  spouseOrPartnerInCanada: fc.oneof(
    { weight: 4, arbitrary: fc.constant('no' as const) },
    { weight: 1, arbitrary: pick(YES_NO_UNSURE) },
  ),
  permitHolderEligible: fc.oneof(
    { weight: 4, arbitrary: fc.constant('no' as const) },
    { weight: 1, arbitrary: pick(YES_NO_UNSURE) },
  ),
  yearsInCanada: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constant(2.5)),
  refugeeClaim: pick(REFUGEE_CLAIMS),
  withdrawnAfterEvidence: fc.boolean(),
  lastDecisionDaysAgo: fc.integer({ min: 0, max: 800 }),
  prraPending: rarely(2),
  pendingHc: rarely(4),
  designatedForeignNational: rarely(3),
  designationDaysAgo: fc.integer({ min: 0, max: 3000 }),
  finalDecisionDaysAgo: fc.option(fc.integer({ min: 0, max: 2500 })),
  familySponsor: pick(YES_NO_UNSURE),
  fearOfReturn: pick(YES_NO),
  entryDaysAgo: fc.option(fc.integer({ min: 0, max: 2500 })),
  economicProfile: pick(YES_NO_UNSURE),
  caregiverExperience: pick(YES_NO_UNSURE),
  spouseIncluded: fc.boolean(),
  dependentChildren: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 20 })),
  familyMemberPendingClaim: pick(YES_NO_UNSURE),
  /** left out, or up to this many people exempt (never more than the people in the application) */
  biometricsExempt: fc.option(fc.integer({ min: 0, max: 3 })),
  childrenAffected: fc.boolean(),
  childHarm: pick(YES_NO),
  lifeRiskNoMedicalCare: rarely(3),
  hardships: fc.subarray([...HARDSHIPS], { maxLength: 4 }),
  severity: pick(SEVERITIES),
  homeCountryHelp: pick(HOME_COUNTRY_HELP),
  /** also write answers whose condition does not hold */
  extras: fc.boolean(),
  /** stop after the deciding step when steps 1–4 decide */
  earlyStop: fc.boolean(),
});

type Choices = typeof choices extends fc.Arbitrary<infer T> ? T : never;

/** The answers of version 2 only: never written in a version-1 file. */
function versionTwoAnswers(c: Choices, a: Answers, when: (condition: boolean, values: Answers) => void): void {
  const people = 1 + (c.spouseIncluded ? 1 : 0) + c.dependentChildren;
  when((a.inadmissibility ?? []).some(isNonExemptible), { inadmissibilityFound: c.inadmissibilityFound });
  when(c.spouseIncluded || c.dependentChildren > 0, { familyMemberPendingClaim: c.familyMemberPendingClaim });
  // Never required; asked in Canada. Its one contradiction (more exempt than people) is never drawn.
  if (c.biometricsExempt !== null && (c.location === 'in-canada' || c.extras))
    a.biometricsExempt = Math.min(c.biometricsExempt, people);
}

/** Every answer a foreign national with these choices must give, and the extras when asked. */
function foreignNationalAnswers(c: Choices): Answers {
  const ago = (days: number) => addDays(c.asOf, -days);
  const inCanada = c.location === 'in-canada';
  const removal = !c.underRemoval ? 'none' : inCanada ? 'order-in-canada' : 'removed';
  const claim = c.refugeeClaim;
  const negativeClaim = claim === 'rejected' || claim === 'abandoned' || claim === 'withdrawn';
  const barClaim = claim === 'rejected' || claim === 'abandoned' || (claim === 'withdrawn' && c.withdrawnAfterEvidence);
  const dfn = c.designatedForeignNational;
  const a: Answers = {
    status: 'foreign-national',
    location: c.location,
    destination: c.destination,
    removal,
    inadmissibility: c.version === 1 ? c.inadmissibilityV1 : c.inadmissibilityV2,
    refugeeClaim: claim,
    pendingHc: c.pendingHc,
    designatedForeignNational: dfn,
    familySponsor: c.familySponsor,
    fearOfReturn: c.fearOfReturn,
    economicProfile: c.economicProfile,
    caregiverExperience: c.caregiverExperience,
    spouseIncluded: c.spouseIncluded,
    dependentChildren: c.dependentChildren,
    childrenAffected: c.childrenAffected,
    lifeRiskNoMedicalCare: c.lifeRiskNoMedicalCare,
    hardships: c.hardships,
    severity: c.severity,
    homeCountryHelp: c.homeCountryHelp,
  };
  const when = (condition: boolean, values: Answers) => {
    if (condition || c.extras) Object.assign(a, values);
  };
  when(removal !== 'none', { removalOrderType: c.removalOrderType });
  when(inCanada, {
    spouseOrPartnerInCanada: c.spouseOrPartnerInCanada,
    permitHolderEligible: c.permitHolderEligible,
    yearsInCanada: c.yearsInCanada,
  });
  when(claim === 'withdrawn', { withdrawnAfterEvidence: c.withdrawnAfterEvidence });
  when(barClaim, { lastDecisionDate: ago(c.lastDecisionDaysAgo) });
  when(dfn, { designationDate: ago(c.designationDaysAgo) });
  when(claim === 'ineligible' || dfn, { prraPending: c.prraPending });
  when(dfn && (negativeClaim || c.finalDecisionDaysAgo !== null), {
    dfnFinalDecisionDate: ago(c.finalDecisionDaysAgo ?? c.lastDecisionDaysAgo),
  });
  when(c.childrenAffected, c.childrenAffected ? { childHarm: c.childHarm } : {});
  // An entry date is never before the first entry that counts, nor after the evaluation date.
  if (
    c.entryDaysAgo !== null &&
    c.asOf >= FIRST_ENTRY &&
    ((inCanada && claim === 'none' && c.fearOfReturn === 'yes') || c.extras)
  ) {
    const entry = ago(c.entryDaysAgo);
    a.entryDate = entry < FIRST_ENTRY ? FIRST_ENTRY : entry;
  }
  if (c.version === 2) versionTwoAnswers(c, a, when);
  return a;
}

/**
 * The fields read up to the deciding step, when steps 3–4 decide on the evaluation date; else
 * null. Written from the contract (spec §1 "Required", §2), not from the engine's own derivation.
 */
function earlyStopFields(a: Answers, asOf: IsoDate, version: CaseFileVersion): FieldId[] | null {
  const nonExemptible = (a.inadmissibility ?? []).some(isNonExemptible);
  const step3: FieldId[] = [
    'status',
    'location',
    'inadmissibility',
    ...(version === 2 && nonExemptible ? ['inadmissibilityFound' as const] : []),
  ];
  if (nonExemptible && asOf >= EXCLUSION_IN_FORCE && (version === 1 || a.inadmissibilityFound === true)) return step3;
  if (a.location === 'in-canada' && (a.spouseOrPartnerInCanada === 'yes' || a.permitHolderEligible === 'yes')) {
    return [...step3, 'spouseOrPartnerInCanada', 'permitHolderEligible'];
  }
  return null;
}

function build(c: Choices): Generated {
  const full = foreignNationalAnswers(c);
  let answers: Answers;
  if (c.status !== 'foreign-national') {
    answers = c.earlyStop ? { status: c.status } : { ...full, status: c.status };
  } else {
    const early = c.earlyStop ? earlyStopFields(full, c.asOf, c.version) : null;
    answers = early ? Object.fromEntries(early.map((f) => [f, full[f]])) : full;
  }
  return { caseFile: { format: 'hc-case', version: c.version, answers }, asOf: c.asOf };
}

export const validCaseFiles: fc.Arbitrary<Generated> = choices.map(build);
