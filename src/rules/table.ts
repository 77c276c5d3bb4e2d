/**
 * The decision table: one row per rule, in the register's order (hc-rules.md §1). Each row carries
 * its stable id, its effect, the step of the evaluation it belongs to (spec §2), its citations as
 * the register writes them, the date its wording was last checked, its in-force date where the
 * register gives one, and its condition in words for the generated register. Ids are never reused.
 */
import { endOfMonthsAfter, type IsoDate } from './dates';
import { NON_EXEMPTIBLE_GROUNDS, type Answers, type FieldId } from './fields';
import { dayPeriods, lawDates, only, periods } from './parameters';

export type Effect = 'exclude' | 'redirect' | 'bar' | 'lift' | 'suggest' | 'warn' | 'inform';

/** Steps 1–5 decide the outcome; `listed` rules are listed only for `barred` and `can-apply`. */
export type Step = 1 | 2 | 3 | 4 | 5 | 'listed';

export interface RuleContext {
  /** applicable answers only (fields whose condition does not hold are left out) */
  answers: Answers;
  asOf: IsoDate;
}

/** A rule either does not hold, holds, or holds until a date (a time-limited bar). */
export type Match = false | true | { until: IsoDate };

export interface Rule {
  id: string;
  effect: Effect;
  step: Step;
  citations: readonly string[];
  /** the date the rule's wording was last checked against its source */
  checked: IsoDate;
  /** in force from this date, where the register gives one; the engine applies today's Act to any date */
  inForce?: IsoDate;
  /** the condition in words, for the rules register */
  condition: string;
  /** the answers the condition reads (for the trace and consultant mode; a test keeps it honest) */
  reads: readonly FieldId[];
  when: (context: RuleContext) => Match;
}

const CHECKED = '2026-05-31';
const TWELVE = only(periods.twelveMonthBar);
const DFN_YEARS = only(periods.designatedForeignNationalBar) / 12;
const ONE_YEAR = only(periods.refugeeClaimOneYear);
const CLAIMS_FROM = only(lawDates.refugeeOneYearClaimsFrom);

const foreignNational = (a: Answers) => a.status === 'foreign-national';
const inCanada = (a: Answers) => foreignNational(a) && a.location === 'in-canada';
const yesOrUnsure = (v: string | undefined) => v === 'yes' || v === 'unsure';

/** The last day of the 12-month bar when its period still runs on `asOf`, else undefined. */
function twelveMonthBarEnd({ answers: a, asOf }: RuleContext): IsoDate | undefined {
  if (!foreignNational(a) || a.lastDecisionDate === undefined) return undefined;
  const until = endOfMonthsAfter(a.lastDecisionDate, only(periods.twelveMonthBar));
  return asOf <= until ? until : undefined;
}

function twelveMonthBarLifted(a: Answers): boolean {
  return a.lifeRiskNoMedicalCare === true || (a.childrenAffected === true && a.childHarm === 'yes');
}

function designatedForeignNationalBar({ answers: a, asOf }: RuleContext): Match {
  if (!foreignNational(a) || a.designatedForeignNational !== true) return false;
  if (a.refugeeClaim === 'pending' || a.prraPending === true) return true;
  const start = a.dfnFinalDecisionDate ?? a.designationDate;
  if (start === undefined) return false;
  const until = endOfMonthsAfter(start, only(periods.designatedForeignNationalBar));
  return asOf <= until ? { until } : false;
}

function refugeeClaimSuggested(a: Answers): boolean {
  return inCanada(a) && a.fearOfReturn === 'yes' && a.refugeeClaim === 'none' && a.removal === 'none';
}

function refugeeClaimOneYearPassed({ answers: a, asOf }: RuleContext): boolean {
  if (!refugeeClaimSuggested(a) || a.entryDate === undefined) return false;
  const yearEnds = endOfMonthsAfter(a.entryDate, only(periods.refugeeClaimOneYear));
  return asOf > yearEnds && asOf >= only(lawDates.refugeeOneYearClaimsFrom);
}

function needsProfessionalReview(a: Answers): boolean {
  const inadmissibilityUnsure = a.inadmissibility?.length === 1 && a.inadmissibility[0] === 'unsure';
  return inadmissibilityUnsure ||
    a.familySponsor === 'unsure' || a.economicProfile === 'unsure' || a.caregiverExperience === 'unsure' ||
    (inCanada(a) && (a.spouseOrPartnerInCanada === 'unsure' || a.permitHolderEligible === 'unsure')) ||
    a.removalOrderType === 'unknown';
}

type RuleSpec = Omit<Rule, 'checked'> & { checked?: IsoDate };
const row = (spec: RuleSpec): Rule => ({ checked: CHECKED, ...spec });

export const RULES: readonly Rule[] = [
  row({ id: 'exclude.citizen-or-pr', reads: ['status'], effect: 'exclude', step: 1, citations: ['IRPA s. 2(1)', 'IRPA s. 25(1)'],
    condition: 'status is citizen or permanent resident',
    when: ({ answers: a }) => a.status === 'citizen' || a.status === 'permanent-resident' }),
  row({ id: 'redirect.protected-person', reads: ['status'], effect: 'redirect', step: 2, citations: ['IRPA s. 21(2)', 'IRCC Guide 5291'],
    condition: 'status is protected person',
    when: ({ answers: a }) => a.status === 'protected-person' }),
  row({ id: 'exclude.non-exemptible-inadmissibility', reads: ['status', 'inadmissibility'], effect: 'exclude', step: 3, citations: ['IRPA s. 25(1)', 'IRPA s. 42.1'],
    condition: 'foreign national whose inadmissibility includes security, human or international rights violations, sanctions or organized criminality',
    when: ({ answers: a }) => foreignNational(a) && (a.inadmissibility ?? []).some((g) => (NON_EXEMPTIBLE_GROUNDS as readonly string[]).includes(g)) }),
  row({ id: 'redirect.spouse-in-canada-class', reads: ['status', 'location', 'spouseOrPartnerInCanada'], effect: 'redirect', step: 4, citations: ['IRPR s. 124'],
    condition: 'in Canada, living with a citizen or PR spouse or common-law partner able to sponsor (answer yes)',
    when: ({ answers: a }) => inCanada(a) && a.spouseOrPartnerInCanada === 'yes' }),
  row({ id: 'redirect.permit-holder-class', reads: ['status', 'location', 'permitHolderEligible'], effect: 'redirect', step: 4, citations: ['IRPR s. 64', 'IRPR s. 65.1'],
    condition: 'in Canada and eligible for the permit holder class (answer yes)',
    when: ({ answers: a }) => inCanada(a) && a.permitHolderEligible === 'yes' }),
  row({ id: 'bar.pending-hc', reads: ['status', 'pendingHc'], effect: 'bar', step: 5, citations: ['IRPA s. 25(1.2)(a)'],
    condition: 'foreign national with another H&C request pending',
    when: ({ answers: a }) => foreignNational(a) && a.pendingHc === true }),
  row({ id: 'bar.pending-refugee-claim', reads: ['status', 'refugeeClaim'], effect: 'bar', step: 5, citations: ['IRPA s. 25(1.2)(b)'],
    condition: 'foreign national with a refugee claim pending before the RPD or the RAD',
    when: ({ answers: a }) => foreignNational(a) && a.refugeeClaim === 'pending' }),
  row({ id: 'bar.pending-prra', reads: ['status', 'refugeeClaim', 'prraPending'], effect: 'bar', step: 5, citations: ['IRPA s. 25(1.2)(b.1)'],
    condition: 'claim found ineligible and a PRRA pending',
    when: ({ answers: a }) => foreignNational(a) && a.refugeeClaim === 'ineligible' && a.prraPending === true }),
  row({ id: 'bar.twelve-month', reads: ['status', 'refugeeClaim', 'withdrawnAfterEvidence', 'lastDecisionDate', 'lifeRiskNoMedicalCare', 'childrenAffected', 'childHarm'], effect: 'bar', step: 5, citations: ['IRPA s. 25(1.2)(c)'],
    condition: `claim rejected, abandoned, or withdrawn after substantive evidence, and the evaluation date is not after the end of the ${TWELVE} months after the last decision; not when an exception of s. 25(1.21) applies (until = the last day of the ${TWELVE} months)`,
    when: (c) => {
      const until = twelveMonthBarEnd(c);
      return until !== undefined && !twelveMonthBarLifted(c.answers) ? { until } : false;
    } }),
  row({ id: 'lift.twelve-month', reads: ['status', 'refugeeClaim', 'withdrawnAfterEvidence', 'lastDecisionDate', 'lifeRiskNoMedicalCare', 'childrenAffected', 'childHarm'], effect: 'lift', step: 5, citations: ['IRPA s. 25(1.21)'],
    condition: 'the twelve-month bar would apply, and removal would risk life for lack of medical care, or a child directly affected would be harmed',
    when: (c) => twelveMonthBarEnd(c) !== undefined && twelveMonthBarLifted(c.answers) }),
  row({ id: 'bar.designated-foreign-national', reads: ['status', 'designatedForeignNational', 'designationDate', 'dfnFinalDecisionDate', 'refugeeClaim', 'prraPending'], effect: 'bar', step: 5, citations: ['IRPA s. 25(1.01)', 'IRPA s. 20.1'],
    condition: `designated foreign national, and the evaluation date is not after the end of the ${DFN_YEARS} years after the final decision on the claim or PRRA, else after designation; no known end while a claim or PRRA is pending`,
    when: designatedForeignNationalBar }),
  row({ id: 'suggest.family-sponsorship', reads: ['familySponsor'], effect: 'suggest', step: 'listed', citations: ['IRPR s. 70(2)(a)', 'IRPR s. 117'],
    condition: 'a relative could sponsor (yes or unsure)',
    when: ({ answers: a }) => yesOrUnsure(a.familySponsor) }),
  row({ id: 'suggest.refugee-claim', reads: ['location', 'fearOfReturn', 'refugeeClaim', 'removal'], effect: 'suggest', step: 'listed', citations: ['IRPA s. 96', 'IRPA s. 97', 'IRPA s. 99(3)'],
    condition: 'in Canada, fears return, no refugee claim made, no removal order',
    when: ({ answers: a }) => refugeeClaimSuggested(a) }),
  row({ id: 'warn.refugee-claim-one-year', reads: ['location', 'fearOfReturn', 'refugeeClaim', 'removal', 'entryDate'], effect: 'warn', step: 'listed', citations: ['IRPA s. 101(1)(b.1)'], inForce: CLAIMS_FROM,
    condition: `as for suggest.refugee-claim, with an entry date given, the evaluation date after the end of the ${ONE_YEAR} months after entry, and on or after ${CLAIMS_FROM}`,
    when: refugeeClaimOneYearPassed }),
  row({ id: 'suggest.economic-program', reads: ['economicProfile'], effect: 'suggest', step: 'listed', citations: ['IRPR s. 70(2)(b)'],
    condition: 'may fit an economic program (yes or unsure)',
    when: ({ answers: a }) => yesOrUnsure(a.economicProfile) }),
  row({ id: 'suggest.caregiver-program', reads: ['caregiverExperience'], effect: 'suggest', step: 'listed', citations: ['IRPR s. 70(2)(b)'],
    condition: 'caregiving experience (yes or unsure)',
    when: ({ answers: a }) => yesOrUnsure(a.caregiverExperience) }),
  row({ id: 'suggest.temporary-resident-permit', reads: ['location', 'inadmissibility'], effect: 'suggest', step: 'listed', citations: ['IRPA s. 24'],
    condition: 'in Canada, with any inadmissibility ground named (not unsure)',
    when: ({ answers: a }) => inCanada(a) && (a.inadmissibility ?? []).some((g) => g !== 'unsure') }),
  row({ id: 'warn.costs-not-sufficient', reads: ['hardships'], effect: 'warn', step: 'listed', citations: ['IRCC Guide 5291', 'Kanthasamy 2015 SCC 61'],
    condition: 'the only hardship named is the cost of returning',
    when: ({ answers: a }) => a.hardships?.length === 1 && a.hardships[0] === 'costs-of-return' }),
  row({ id: 'warn.risk-not-weighed', reads: ['location', 'hardships'], effect: 'warn', step: 'listed', citations: ['IRPA s. 25(1.3)'],
    condition: 'in Canada and safety named as a hardship',
    when: ({ answers: a }) => inCanada(a) && (a.hardships ?? []).includes('safety') }),
  row({ id: 'warn.no-stay-of-removal', reads: ['location', 'removal'], effect: 'warn', step: 'listed', citations: ['IRPR s. 233'],
    condition: 'in Canada under a removal order',
    when: ({ answers: a }) => inCanada(a) && a.removal === 'order-in-canada' }),
  row({ id: 'warn.authorization-to-return', reads: ['removal'], effect: 'warn', step: 'listed', citations: ['IRPA s. 52(1)', 'IRPR s. 226'],
    condition: 'already removed or deported',
    when: ({ answers: a }) => a.removal === 'removed' }),
  row({ id: 'warn.withdrawal-consequences', reads: ['refugeeClaim'], effect: 'warn', step: 'listed', citations: ['IRPA s. 25(1.2)(c)(i)', 'IRPA s. 101(1)(c)'],
    condition: 'refugee claim pending or withdrawn',
    when: ({ answers: a }) => a.refugeeClaim === 'pending' || a.refugeeClaim === 'withdrawn' }),
  row({ id: 'warn.explain-no-home-help', reads: ['homeCountryHelp'], effect: 'warn', step: 'listed', citations: ['IRCC Guide 5291'],
    condition: 'never asked home authorities for help',
    when: ({ answers: a }) => a.homeCountryHelp === 'not-sought' }),
  row({ id: 'warn.professional-review', reads: ['inadmissibility', 'familySponsor', 'economicProfile', 'caregiverExperience', 'location', 'spouseOrPartnerInCanada', 'permitHolderEligible', 'removal', 'removalOrderType'], effect: 'warn', step: 'listed', citations: ['IRPA s. 91'],
    condition: 'inadmissibility unsure; sponsor, economic or caregiver answer unsure; in Canada, spouse or permit-holder answer unsure; or removal order type unknown',
    when: ({ answers: a }) => needsProfessionalReview(a) }),
  row({ id: 'inform.quebec-selection', reads: ['destination'], effect: 'inform', step: 'listed', citations: ['IRPA s. 9(1)', 'IRPA s. 25(2)', 'IRPR s. 68(a)'],
    condition: 'destination Quebec',
    when: ({ answers: a }) => a.destination === 'QC' }),
  row({ id: 'inform.quebec-support', reads: ['destination', 'location'], effect: 'inform', step: 'listed', citations: ['RLRQ c. I-13.3', 'RLRQ c. A-13.1.1, r. 1, s. 47'],
    condition: 'destination Quebec and in Canada',
    when: ({ answers: a }) => a.destination === 'QC' && inCanada(a) }),
  row({ id: 'inform.best-interests-of-child', reads: ['childrenAffected'], effect: 'inform', step: 'listed', citations: ['IRPA s. 25(1)', 'Kanthasamy 2015 SCC 61', 'Baker v. Canada [1999] 2 SCR 817'],
    condition: 'a child would be directly affected',
    when: ({ answers: a }) => a.childrenAffected === true }),
  row({ id: 'inform.judicial-review', reads: ['location'], effect: 'inform', step: 'listed', citations: ['IRPA s. 72(2)(b)'],
    condition: `always (${only(dayPeriods.judicialReviewInCanada)} days in Canada, ${only(dayPeriods.judicialReviewOutsideCanada)} days outside)`,
    when: () => true }),
  row({ id: 'inform.two-stage-process', reads: ['location'], effect: 'inform', step: 'listed', citations: ['IRPR s. 233', 'IRPR s. 207(d)'],
    condition: 'in Canada',
    when: ({ answers: a }) => inCanada(a) }),
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);
