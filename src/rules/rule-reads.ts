/**
 * The answers each rule's condition reads, for consultant mode (the question panel, the trace).
 * Kept out of the decision table, and imported directly rather than through the engine's index,
 * so that a person's download does not carry it (the bundler keeps a barrel's re-exports with it);
 * `Record<RuleId, …>` makes a missing or misspelt rule a compile error, and a test checks that each
 * rule's outcome never changes with an answer left out of its list (`tests/unit/rule-reads.test.ts`).
 */
import type { FieldId } from './fields';
import type { RuleId } from './table';

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

export const RULE_READS: Readonly<Record<RuleId, readonly FieldId[]>> = {
  'exclude.citizen-or-pr': ['status'],
  'redirect.protected-person': ['status'],
  'exclude.non-exemptible-inadmissibility': ['status', 'inadmissibility', 'inadmissibilityFound'],
  'warn.possible-non-exemptible-inadmissibility': ['status', 'inadmissibility', 'inadmissibilityFound'],
  'redirect.spouse-in-canada-class': ['status', 'location', 'spouseOrPartnerInCanada'],
  'redirect.permit-holder-class': ['status', 'location', 'permitHolderEligible'],
  'bar.pending-hc': ['status', 'pendingHc'],
  'bar.pending-refugee-claim': ['status', 'refugeeClaim'],
  'bar.pending-prra': ['status', 'refugeeClaim', 'prraPending'],
  'bar.twelve-month': TWELVE_MONTH_READS,
  'lift.twelve-month': TWELVE_MONTH_READS,
  'bar.designated-foreign-national': DFN_READS,
  'suggest.family-sponsorship': ['familySponsor', ...DFN_READS],
  'suggest.refugee-claim': ['status', 'location', 'fearOfReturn', 'refugeeClaim', 'removal'],
  'warn.refugee-claim-one-year': ['status', 'location', 'fearOfReturn', 'refugeeClaim', 'removal', 'entryDate'],
  'suggest.economic-program': ['economicProfile', ...DFN_READS],
  'suggest.caregiver-program': ['caregiverExperience', ...DFN_READS],
  'suggest.temporary-resident-permit': ['location', 'inadmissibility', ...NEGATIVE_CLAIM_READS, ...DFN_READS],
  'warn.costs-not-sufficient': ['hardships'],
  'warn.risk-not-weighed': ['status', 'location', 'hardships'],
  'warn.no-stay-of-removal': ['status', 'location', 'removal'],
  'warn.authorization-to-return': ['removal'],
  'warn.withdrawal-consequences': ['refugeeClaim'],
  'warn.explain-no-home-help': ['homeCountryHelp'],
  'warn.declare-family-members': [],
  'warn.family-member-pending-claim': ['status', 'spouseIncluded', 'dependentChildren', 'familyMemberPendingClaim'],
  'warn.professional-review': [
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
  'inform.quebec-selection': ['destination'],
  'inform.quebec-support': ['status', 'destination', 'location'],
  'inform.best-interests-of-child': ['childrenAffected'],
  'inform.judicial-review': ['location'],
  'inform.sponsor-appeal': ['status', 'location', 'familySponsor', ...DFN_READS],
  'inform.prra': ['status', 'location', 'removal', 'fearOfReturn', 'refugeeClaim'],
  'inform.two-stage-process': ['status', 'location'],
};
