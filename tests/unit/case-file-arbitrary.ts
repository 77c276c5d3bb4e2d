/**
 * A fast-check arbitrary of valid case files with their evaluation dates, for the engine's
 * properties. It draws every answer, then builds the answers the spec's "required when" column asks
 * for (with the wizard's early stop when steps 1–4 decide), sometimes adding answers that do not
 * apply, which a valid file may carry. Dates are drawn as days before the evaluation date, so none
 * is in the future.
 */
import fc from 'fast-check';
import {
  DESTINATIONS, HARDSHIPS, HOME_COUNTRY_HELP, INADMISSIBILITY_GROUNDS, LOCATIONS, NON_EXEMPTIBLE_GROUNDS, REFUGEE_CLAIMS,
  REMOVAL_ORDER_TYPES, SEVERITIES, YES_NO, YES_NO_UNSURE, addDays, lawDates, nextDay, only, type Answers, type CaseFile, type IsoDate,
} from '../../src/rules';

export interface Generated { caseFile: CaseFile; asOf: IsoDate }

type Grounds = NonNullable<Answers['inadmissibility']>;

const EXEMPTIBLE = INADMISSIBILITY_GROUNDS.filter((g) => !(NON_EXEMPTIBLE_GROUNDS as readonly string[]).includes(g));
const FIRST_ENTRY = nextDay(only(lawDates.refugeeOneYearEntriesAfter));

const rarely = (weight: number) => fc.oneof({ weight, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) });
const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);

const choices = fc.record({
  asOf: fc.integer({ min: 0, max: 7 * 365 }).map((n) => addDays('2021-01-01', n)),
  status: fc.oneof({ weight: 8, arbitrary: fc.constant('foreign-national' as const) }, { weight: 1, arbitrary: pick(['citizen', 'permanent-resident', 'protected-person'] as const) }),
  location: pick(LOCATIONS),
  destination: pick(DESTINATIONS),
  underRemoval: rarely(2),
  removalOrderType: pick(REMOVAL_ORDER_TYPES),
  inadmissibility: fc.oneof(
    { weight: 4, arbitrary: fc.subarray([...EXEMPTIBLE], { maxLength: 3 }) },
    { weight: 1, arbitrary: fc.subarray([...INADMISSIBILITY_GROUNDS], { minLength: 1, maxLength: 3 }) },
    { weight: 1, arbitrary: fc.constant<Grounds>(['unsure']) },
  ),
  spouseOrPartnerInCanada: fc.oneof({ weight: 4, arbitrary: fc.constant('no' as const) }, { weight: 1, arbitrary: pick(YES_NO_UNSURE) }),
  permitHolderEligible: fc.oneof({ weight: 4, arbitrary: fc.constant('no' as const) }, { weight: 1, arbitrary: pick(YES_NO_UNSURE) }),
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
    status: 'foreign-national', location: c.location, destination: c.destination, removal, inadmissibility: c.inadmissibility,
    refugeeClaim: claim, pendingHc: c.pendingHc, designatedForeignNational: dfn, familySponsor: c.familySponsor,
    fearOfReturn: c.fearOfReturn, economicProfile: c.economicProfile, caregiverExperience: c.caregiverExperience,
    spouseIncluded: c.spouseIncluded, dependentChildren: c.dependentChildren, childrenAffected: c.childrenAffected,
    lifeRiskNoMedicalCare: c.lifeRiskNoMedicalCare, hardships: c.hardships, severity: c.severity, homeCountryHelp: c.homeCountryHelp,
  };
  const when = (condition: boolean, values: Answers) => { if (condition || c.extras) Object.assign(a, values); };
  when(removal !== 'none', { removalOrderType: c.removalOrderType });
  when(inCanada, { spouseOrPartnerInCanada: c.spouseOrPartnerInCanada, permitHolderEligible: c.permitHolderEligible, yearsInCanada: c.yearsInCanada });
  when(claim === 'withdrawn', { withdrawnAfterEvidence: c.withdrawnAfterEvidence });
  when(barClaim, { lastDecisionDate: ago(c.lastDecisionDaysAgo) });
  when(dfn, { designationDate: ago(c.designationDaysAgo) });
  when(claim === 'ineligible' || dfn, { prraPending: c.prraPending });
  when(dfn && (negativeClaim || c.finalDecisionDaysAgo !== null), { dfnFinalDecisionDate: ago(c.finalDecisionDaysAgo ?? c.lastDecisionDaysAgo) });
  when(c.childrenAffected, c.childrenAffected ? { childHarm: c.childHarm } : {});
  if (c.entryDaysAgo !== null && ((inCanada && claim === 'none' && c.fearOfReturn === 'yes') || c.extras)) {
    const entry = ago(c.entryDaysAgo);
    a.entryDate = entry < FIRST_ENTRY ? FIRST_ENTRY : entry;
  }
  return a;
}

/** The fields read up to the deciding step, when steps 3–4 decide; else null. */
function earlyStopFields(a: Answers): (keyof Answers)[] | null {
  if (a.inadmissibility?.some((g) => (NON_EXEMPTIBLE_GROUNDS as readonly string[]).includes(g))) return ['status', 'location', 'inadmissibility'];
  if (a.location === 'in-canada' && (a.spouseOrPartnerInCanada === 'yes' || a.permitHolderEligible === 'yes')) {
    return ['status', 'location', 'inadmissibility', 'spouseOrPartnerInCanada', 'permitHolderEligible'];
  }
  return null;
}

function build(c: Choices): Generated {
  const full = foreignNationalAnswers(c);
  let answers: Answers;
  if (c.status !== 'foreign-national') {
    answers = c.earlyStop ? { status: c.status } : { ...full, status: c.status };
  } else {
    const early = c.earlyStop ? earlyStopFields(full) : null;
    answers = early ? Object.fromEntries(early.map((f) => [f, full[f]])) : full;
  }
  return { caseFile: { format: 'hc-case', version: 1, answers }, asOf: c.asOf };
}

export const validCaseFiles: fc.Arbitrary<Generated> = choices.map(build);
