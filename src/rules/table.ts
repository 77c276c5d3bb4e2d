/**
 * The decision table: one row per rule, in the register's order (hc-rules.md §1). Each row carries
 * its stable id, its effect, the step of the evaluation it belongs to (spec §2), its citations as
 * the register writes them, the date its wording was last checked, its in-force date and the Act
 * that enacted it where the contract gives one, the answers it reads, the values its sentence needs,
 * and the next step it asks for (its condition in words is in `register-prose.ts`, read by the register
 * only, so that prose is not in every person's download). Ids are never reused; `RuleId` is derived
 * from the rows, so a misspelt id anywhere fails to compile.
 */
import { endOfMonthsAfter, type IsoDate } from './dates';
import type { Answers, CaseFileVersion, FieldId } from './fields';
import type { NextStep } from './next-steps';
import { legalValues, type LegalValues, type ParametersOn } from './parameters';
import {
  endedNegatively,
  familyIncluded,
  hasNonExemptibleGround,
  isDfn,
  isForeignNational,
  isInCanada,
  isOutsideCanada,
  periodRunning,
  unsureAnswers,
  yesOrUnsure,
} from './predicates';

export type Effect = 'exclude' | 'redirect' | 'bar' | 'lift' | 'suggest' | 'warn' | 'inform';

/** Steps 1–5 decide the outcome; `listed` rules are listed only for `barred` and `can-apply`. */
export type Step = 1 | 2 | 3 | 4 | 5 | 'listed';

export interface RuleContext {
  /** applicable answers only (fields whose condition does not hold are left out) */
  answers: Answers;
  asOf: IsoDate;
  /** the parameters resolved on `asOf` */
  p: ParametersOn;
  version: CaseFileVersion;
  /** the ids of the rules of steps 1–5 that fired (read by listed rules only) */
  decided: ReadonlySet<string>;
}

/** A rule either does not hold, holds, or holds until a date (a time-limited bar and its lift). */
export type Match = false | true | { until: IsoDate };

/** Numbers and ISO dates a rule's sentence puts into its placeholders. */
export type SentenceValues = Readonly<Record<string, number | IsoDate>>;

export interface InForce {
  from: IsoDate;
  enactedBy: string;
}

export interface Rule<Id extends string = string> {
  id: Id;
  effect: Effect;
  step: Step;
  citations: readonly string[];
  /** the date the rule's wording was last checked against its source */
  checked: IsoDate;
  /** the rule applies on and after this date only; absent: on every evaluation date */
  inForce?: InForce;
  /** the answers the condition reads (for the trace and consultant mode; a test keeps it honest) */
  reads: readonly FieldId[];
  when: (context: RuleContext) => Match;
  /** what the rule's sentence needs, read from the legal values in force */
  values?: (legal: LegalValues, answers: Answers) => SentenceValues;
  /** the next steps the rule asks for, whatever the outcome it is listed under */
  next?: readonly NextStep[];
}

const CHECKED = '2026-05-31';
const ACT_2010 = 'S.C. 2010, c. 8, s. 4';
const ACT_2012 = 'S.C. 2012, c. 17, s. 13';
const ACT_2013 = 'S.C. 2013, c. 16, s. 9';

/** The last day of the 12-month bar when its period still runs on `asOf`, else undefined. */
function twelveMonthBarEnd({ answers: a, asOf, p }: RuleContext): IsoDate | undefined {
  if (!isForeignNational(a) || !endedNegatively(a)) return undefined;
  return periodRunning(a.lastDecisionDate, p.twelveMonthBar, asOf);
}

function twelveMonthBarLifted(a: Answers): boolean {
  return a.lifeRiskNoMedicalCare === true || (a.childrenAffected === true && a.childHarm === 'yes');
}

function designatedForeignNationalBar({ answers: a, asOf, p }: RuleContext): Match {
  if (!isDfn(a)) return false;
  if (a.refugeeClaim === 'pending' || a.prraPending === true) return true;
  const until = periodRunning(a.dfnFinalDecisionDate ?? a.designationDate, p.designatedForeignNationalBar, asOf);
  return until === undefined ? false : { until };
}

/** A TRP cannot be requested now: s. 24(4) (12 months after a negative claim), 24(3.1), 24(5). */
function temporaryResidentPermitClosed(c: RuleContext): boolean {
  const a = c.answers;
  const afterClaim =
    endedNegatively(a) && periodRunning(a.lastDecisionDate, c.p.temporaryResidentPermitWait, c.asOf) !== undefined;
  const prraAfterIneligible = a.refugeeClaim === 'ineligible' && a.prraPending === true;
  return afterClaim || prraAfterIneligible || designatedForeignNationalBar(c) !== false;
}

function refugeeClaimSuggested(a: Answers): boolean {
  return isInCanada(a) && a.fearOfReturn === 'yes' && a.refugeeClaim === 'none' && a.removal === 'none';
}

function refugeeClaimOneYearPassed({ answers: a, asOf, p }: RuleContext): boolean {
  const months = p.refugeeClaimOneYear;
  if (!refugeeClaimSuggested(a) || a.entryDate === undefined || months === undefined) return false;
  return asOf > endOfMonthsAfter(a.entryDate, months);
}

const dfnBarHolds = (c: RuleContext) => c.decided.has('bar.designated-foreign-national');

/** What `endedNegatively` and the date it counts from read (the twelve-month bar, the TRP's s. 24(4)). */
const NEGATIVE_CLAIM_READS = [
  'status',
  'refugeeClaim',
  'withdrawnAfterEvidence',
  'lastDecisionDate',
] as const satisfies readonly FieldId[];
const TWELVE_MONTH_READS = [
  ...NEGATIVE_CLAIM_READS,
  'lifeRiskNoMedicalCare',
  'childrenAffected',
  'childHarm',
] as const satisfies readonly FieldId[];
const DFN_READS = [
  'status',
  'designatedForeignNational',
  'designationDate',
  'dfnFinalDecisionDate',
  'refugeeClaim',
  'prraPending',
] as const satisfies readonly FieldId[];

const twelveMonths = (legal: LegalValues): SentenceValues => ({ months: legal.twelveMonthBar?.value ?? 0 });

type RuleSpec<Id extends string> = Omit<Rule<Id>, 'checked'> & { checked?: IsoDate };
function row<const Id extends string>(spec: RuleSpec<Id>): Rule<Id> {
  return { checked: CHECKED, ...spec };
}

export const RULES = [
  row({
    id: 'exclude.citizen-or-pr',
    effect: 'exclude',
    step: 1,
    citations: ['IRPA s. 2(1)', 'IRPA s. 25(1)'],
    reads: ['status'],
    when: ({ answers: a }) => a.status === 'citizen' || a.status === 'permanent-resident',
    next: ['step.no-hc-needed'],
  }),
  row({
    id: 'redirect.protected-person',
    effect: 'redirect',
    step: 2,
    citations: ['IRPA s. 21(2)', 'IRCC Guide 5291'],
    reads: ['status'],
    when: ({ answers: a }) => a.status === 'protected-person',
    next: ['step.apply-protected-person-class'],
  }),
  row({
    id: 'exclude.non-exemptible-inadmissibility',
    effect: 'exclude',
    step: 3,
    citations: ['IRPA s. 25(1)', 'IRPA s. 42.1'],
    inForce: { from: '2013-06-19', enactedBy: ACT_2013 },
    reads: ['status', 'inadmissibility', 'inadmissibilityFound'],
    when: ({ answers: a, version }) =>
      isForeignNational(a) && hasNonExemptibleGround(a) && (version === 1 || a.inadmissibilityFound === true),
    next: ['step.ask-about-ministerial-relief', 'step.get-professional-advice'],
  }),
  row({
    id: 'warn.possible-non-exemptible-inadmissibility',
    effect: 'warn',
    step: 'listed',
    citations: ['IRPA s. 25(1)', 'IRPA s. 42.1'],
    inForce: { from: '2013-06-19', enactedBy: ACT_2013 },
    reads: ['status', 'inadmissibility', 'inadmissibilityFound'],
    when: ({ answers: a }) => isForeignNational(a) && hasNonExemptibleGround(a) && a.inadmissibilityFound === false,
    next: ['step.get-professional-advice'],
  }),
  row({
    id: 'redirect.spouse-in-canada-class',
    effect: 'redirect',
    step: 4,
    citations: ['IRPR s. 124'],
    reads: ['status', 'location', 'spouseOrPartnerInCanada'],
    when: ({ answers: a }) => isInCanada(a) && a.spouseOrPartnerInCanada === 'yes',
    next: ['step.apply-spouse-in-canada-class'],
  }),
  row({
    id: 'redirect.permit-holder-class',
    effect: 'redirect',
    step: 4,
    citations: ['IRPR s. 64', 'IRPR s. 65.1'],
    reads: ['status', 'location', 'permitHolderEligible'],
    when: ({ answers: a }) => isInCanada(a) && a.permitHolderEligible === 'yes',
    next: ['step.apply-permit-holder-class'],
  }),
  row({
    id: 'bar.pending-hc',
    effect: 'bar',
    step: 5,
    citations: ['IRPA s. 25(1.2)(a)'],
    inForce: { from: '2010-06-29', enactedBy: ACT_2010 },
    reads: ['status', 'pendingHc'],
    when: ({ answers: a }) => isForeignNational(a) && a.pendingHc === true,
  }),
  row({
    id: 'bar.pending-refugee-claim',
    effect: 'bar',
    step: 5,
    citations: ['IRPA s. 25(1.2)(b)'],
    inForce: { from: '2012-06-28', enactedBy: ACT_2012 },
    reads: ['status', 'refugeeClaim'],
    when: ({ answers: a }) => isForeignNational(a) && a.refugeeClaim === 'pending',
  }),
  row({
    id: 'bar.pending-prra',
    effect: 'bar',
    step: 5,
    citations: ['IRPA s. 25(1.2)(b.1)'],
    inForce: { from: '2019-06-21', enactedBy: 'S.C. 2019, c. 29, s. 303' },
    reads: ['status', 'refugeeClaim', 'prraPending'],
    when: ({ answers: a }) => isForeignNational(a) && a.refugeeClaim === 'ineligible' && a.prraPending === true,
  }),
  row({
    id: 'bar.twelve-month',
    effect: 'bar',
    step: 5,
    citations: ['IRPA s. 25(1.2)(c)'],
    inForce: { from: '2012-06-28', enactedBy: ACT_2012 },
    reads: TWELVE_MONTH_READS,
    when: (c) => {
      const until = twelveMonthBarEnd(c);
      return until !== undefined && !twelveMonthBarLifted(c.answers) ? { until } : false;
    },
    values: twelveMonths,
  }),
  row({
    id: 'lift.twelve-month',
    effect: 'lift',
    step: 5,
    citations: ['IRPA s. 25(1.21)'],
    inForce: { from: '2012-06-28', enactedBy: ACT_2012 },
    reads: TWELVE_MONTH_READS,
    when: (c) => {
      const until = twelveMonthBarEnd(c);
      return until !== undefined && twelveMonthBarLifted(c.answers) ? { until } : false;
    },
    values: twelveMonths,
  }),
  row({
    id: 'bar.designated-foreign-national',
    effect: 'bar',
    step: 5,
    citations: ['IRPA s. 25(1.01)', 'IRPA s. 20.1', 'IRPA s. 20.2(1)'],
    inForce: { from: '2012-06-28', enactedBy: ACT_2012 },
    reads: DFN_READS,
    when: designatedForeignNationalBar,
    values: (legal) => ({ years: (legal.designatedForeignNationalBar?.value ?? 0) / 12 }),
  }),
  row({
    id: 'suggest.family-sponsorship',
    effect: 'suggest',
    step: 'listed',
    citations: ['IRPR s. 70(2)(a)', 'IRPR s. 117'],
    reads: ['familySponsor', ...DFN_READS],
    when: (c) => yesOrUnsure(c.answers.familySponsor) && !dfnBarHolds(c),
    next: ['step.check-other-programs'],
  }),
  row({
    id: 'suggest.refugee-claim',
    effect: 'suggest',
    step: 'listed',
    citations: ['IRPA s. 96', 'IRPA s. 97', 'IRPA s. 99(3)'],
    reads: ['status', 'location', 'fearOfReturn', 'refugeeClaim', 'removal'],
    when: ({ answers: a }) => refugeeClaimSuggested(a),
    values: twelveMonths,
    next: ['step.consider-refugee-claim'],
  }),
  row({
    id: 'warn.refugee-claim-one-year',
    effect: 'warn',
    step: 'listed',
    citations: ['IRPA s. 101(1)(b.1)'],
    inForce: { from: '2025-06-03', enactedBy: 'S.C. 2026, c. 4, s. 73' },
    reads: ['status', 'location', 'fearOfReturn', 'refugeeClaim', 'removal', 'entryDate'],
    when: refugeeClaimOneYearPassed,
    values: (legal) => ({
      months: legal.refugeeClaimOneYear?.value ?? 0,
      claimsFrom: legal.refugeeOneYearClaimsFrom?.value ?? '',
      entriesAfter: legal.refugeeOneYearEntriesAfter?.value ?? '',
    }),
  }),
  row({
    id: 'suggest.economic-program',
    effect: 'suggest',
    step: 'listed',
    citations: ['IRPR s. 70(2)(b)'],
    reads: ['economicProfile', ...DFN_READS],
    when: (c) => yesOrUnsure(c.answers.economicProfile) && !dfnBarHolds(c),
    values: (legal) => ({ peqClosed: legal.peqClosed?.value ?? '', peqReopened: legal.peqReopened?.value ?? '' }),
    next: ['step.check-other-programs'],
  }),
  row({
    id: 'suggest.caregiver-program',
    effect: 'suggest',
    step: 'listed',
    citations: ['IRPR s. 70(2)(b)'],
    reads: ['caregiverExperience', ...DFN_READS],
    when: (c) => yesOrUnsure(c.answers.caregiverExperience) && !dfnBarHolds(c),
    next: ['step.check-other-programs'],
  }),
  row({
    id: 'suggest.temporary-resident-permit',
    effect: 'suggest',
    step: 'listed',
    citations: ['IRPA s. 24'],
    reads: ['location', 'inadmissibility', ...NEGATIVE_CLAIM_READS, ...DFN_READS],
    when: (c) =>
      isInCanada(c.answers) &&
      (c.answers.inadmissibility ?? []).some((g) => g !== 'unsure') &&
      !temporaryResidentPermitClosed(c),
    values: (legal) => ({ months: legal.temporaryResidentPermitWait?.value ?? 0 }),
    next: ['step.check-other-programs'],
  }),
  row({
    id: 'warn.costs-not-sufficient',
    effect: 'warn',
    step: 'listed',
    citations: ['IRCC Guide 5291', 'Kanthasamy 2015 SCC 61'],
    reads: ['hardships'],
    when: ({ answers: a }) => a.hardships?.length === 1 && a.hardships[0] === 'costs-of-return',
  }),
  row({
    id: 'warn.risk-not-weighed',
    effect: 'warn',
    step: 'listed',
    citations: ['IRPA s. 25(1.3)'],
    inForce: { from: '2010-06-29', enactedBy: ACT_2010 },
    reads: ['status', 'location', 'hardships'],
    when: ({ answers: a }) => isInCanada(a) && (a.hardships ?? []).includes('safety'),
  }),
  row({
    id: 'warn.no-stay-of-removal',
    effect: 'warn',
    step: 'listed',
    citations: ['IRPR s. 233'],
    reads: ['status', 'location', 'removal'],
    when: ({ answers: a }) => isInCanada(a) && a.removal === 'order-in-canada',
    next: ['step.keep-status-and-plan-departure'],
  }),
  row({
    id: 'warn.authorization-to-return',
    effect: 'warn',
    step: 'listed',
    citations: ['IRPA s. 52(1)', 'IRPR s. 226'],
    reads: ['removal'],
    when: ({ answers: a }) => a.removal === 'removed',
    next: ['step.request-authorization-to-return'],
  }),
  row({
    id: 'warn.withdrawal-consequences',
    effect: 'warn',
    step: 'listed',
    citations: [
      'IRPA s. 25(1.2)(c)(i)',
      'IRPA s. 101(1)(c)',
      'IRPA s. 49(2)(f)',
      'IRPA s. 112(2)(b.1)',
      'IRPA s. 24(4)',
    ],
    reads: ['refugeeClaim'],
    when: ({ answers: a }) => a.refugeeClaim === 'pending' || a.refugeeClaim === 'withdrawn',
    values: twelveMonths,
    next: ['step.get-professional-advice'],
  }),
  row({
    id: 'warn.explain-no-home-help',
    effect: 'warn',
    step: 'listed',
    citations: ['IRCC Guide 5291'],
    reads: ['homeCountryHelp'],
    when: ({ answers: a }) => a.homeCountryHelp === 'not-sought',
    next: ['step.explain-no-home-help'],
  }),
  row({
    id: 'warn.declare-family-members',
    effect: 'warn',
    step: 'listed',
    citations: ['IRPR s. 10(2)', 'IRPR s. 117(9)(d)'],
    reads: [],
    when: () => true,
  }),
  row({
    id: 'warn.family-member-pending-claim',
    effect: 'warn',
    step: 'listed',
    citations: ['IRPA s. 25(1.2)(b)', 'Yuris 2017 FC 981'],
    inForce: { from: '2012-06-28', enactedBy: ACT_2012 },
    reads: ['status', 'spouseIncluded', 'dependentChildren', 'familyMemberPendingClaim'],
    when: ({ answers: a }) => yesOrUnsure(a.familyMemberPendingClaim) && familyIncluded(a),
    next: ['step.get-professional-advice'],
  }),
  row({
    id: 'warn.professional-review',
    effect: 'warn',
    step: 'listed',
    citations: ['IRPA s. 91'],
    reads: [
      'status',
      'inadmissibility',
      'familySponsor',
      'economicProfile',
      'caregiverExperience',
      'location',
      'spouseOrPartnerInCanada',
      'permitHolderEligible',
      'removal',
      'removalOrderType',
    ],
    when: ({ answers: a }) => unsureAnswers(a).length > 0,
    next: ['step.get-professional-advice'],
  }),
  row({
    id: 'inform.quebec-selection',
    effect: 'inform',
    step: 'listed',
    citations: ['IRPA s. 9(1)', 'IRPA s. 25(2)', 'IRPR s. 67(a)', 'IRPR s. 68(a)'],
    reads: ['destination'],
    when: ({ answers: a }) => a.destination === 'QC',
    values: (legal) => ({
      quebec: legal.processingMonthsQuebec?.value ?? 0,
      elsewhere: legal.processingMonthsElsewhere?.value ?? 0,
      date: legal.processingMonthsQuebec?.from ?? '',
    }),
    next: ['step.prepare-for-quebec-selection'],
  }),
  row({
    id: 'inform.quebec-support',
    effect: 'inform',
    step: 'listed',
    citations: ['RLRQ c. I-13.3', 'RLRQ c. A-13.1.1, r. 1, s. 47'],
    reads: ['status', 'destination', 'location'],
    when: ({ answers: a }) => a.destination === 'QC' && isInCanada(a),
  }),
  row({
    id: 'inform.best-interests-of-child',
    effect: 'inform',
    step: 'listed',
    citations: ['IRPA s. 25(1)', 'Kanthasamy 2015 SCC 61', 'Baker v. Canada [1999] 2 SCR 817'],
    reads: ['childrenAffected'],
    when: ({ answers: a }) => a.childrenAffected === true,
  }),
  row({
    id: 'inform.judicial-review',
    effect: 'inform',
    step: 'listed',
    citations: ['IRPA s. 72(2)(b)'],
    reads: ['location'],
    when: () => true,
    values: (legal, a) => ({
      days:
        (a.location === 'outside-canada' ? legal.judicialReviewOutsideCanada : legal.judicialReviewInCanada)?.value ??
        0,
    }),
  }),
  row({
    id: 'inform.sponsor-appeal',
    effect: 'inform',
    step: 'listed',
    citations: ['IRPA s. 63(1)', 'IRPA s. 72(2)(a)'],
    reads: ['status', 'location', 'familySponsor', ...DFN_READS],
    when: (c) => isOutsideCanada(c.answers) && yesOrUnsure(c.answers.familySponsor) && !dfnBarHolds(c),
    values: (legal) => ({ days: legal.sponsorAppeal?.value ?? 0 }),
  }),
  row({
    id: 'inform.prra',
    effect: 'inform',
    step: 'listed',
    citations: ['IRPA s. 112(1)', 'IRPR s. 160', 'IRPR s. 162'],
    reads: ['status', 'location', 'removal', 'fearOfReturn', 'refugeeClaim'],
    when: ({ answers: a }) =>
      isInCanada(a) &&
      a.removal === 'order-in-canada' &&
      a.fearOfReturn === 'yes' &&
      a.refugeeClaim !== undefined &&
      a.refugeeClaim !== 'pending',
    values: (legal) => ({ days: legal.prraApplication?.value ?? 0, months: legal.twelveMonthBar?.value ?? 0 }),
    next: ['step.respond-to-prra-notice'],
  }),
  row({
    id: 'inform.two-stage-process',
    effect: 'inform',
    step: 'listed',
    citations: ['IRPR s. 233', 'IRPR s. 207(d)'],
    reads: ['status', 'location'],
    when: ({ answers: a }) => isInCanada(a),
  }),
] as const;

export type RuleId = (typeof RULES)[number]['id'];
export const RULE_IDS: readonly RuleId[] = RULES.map((r) => r.id);

const BY_ID = new Map<string, Rule<RuleId>>(RULES.map((r) => [r.id, r]));

export function ruleById(id: RuleId): Rule<RuleId>;
export function ruleById(id: string): Rule<RuleId> | undefined;
export function ruleById(id: string): Rule<RuleId> | undefined {
  return BY_ID.get(id);
}

export function isRuleId(id: string): id is RuleId {
  return BY_ID.has(id);
}

/** The numbers and dates a fired rule's sentence needs, from the legal values in force on `asOf`. */
export function sentenceValues(id: RuleId, answers: Answers, asOf: IsoDate): SentenceValues {
  return ruleById(id).values?.(legalValues(asOf), answers) ?? {};
}

/** Whether a rule is in force on `asOf`: the one place where in-force dates are applied. */
export function inForceOn(rule: Rule, asOf: IsoDate): boolean {
  return rule.inForce === undefined || asOf >= rule.inForce.from;
}

/** Enacted amendments not yet in force: listed in the register, never applied. */
export const PENDING_AMENDMENTS = [
  {
    enactedBy: 'S.C. 2026, c. 4, s. 35',
    rule: 'bar.pending-refugee-claim',
    change:
      'extends IRPA s. 25(1.2)(b) to claims found eligible to be referred to the RPD; in force on a day fixed by order',
  },
] as const satisfies readonly { enactedBy: string; rule: RuleId; change: string }[];
