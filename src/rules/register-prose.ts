/**
 * The rules register's prose: each rule's condition in words (`{name}` stands for a parameter's
 * value), notes on in-force dates, and where each dated figure comes from. Read by the register
 * only, and kept apart from the decision table and the parameters so that this English prose is not
 * part of every person's download; `Record<RuleId, …>` makes a missing or misspelt rule a compile
 * error, and a test checks that every note names a parameter value that exists.
 */
import type { RuleId } from './table';

export const CONDITIONS: Record<RuleId, string> = {
  'exclude.citizen-or-pr': 'status is citizen or permanent resident',
  'redirect.protected-person': 'status is protected person',
  'exclude.non-exemptible-inadmissibility':
    'foreign national whose inadmissibility includes security, human or international rights violations, sanctions or organized criminality, already decided (inadmissibilityFound true; in a version-1 file, the ground alone)',
  'warn.possible-non-exemptible-inadmissibility':
    'one of those grounds may apply, but no one has decided it yet (inadmissibilityFound false)',
  'redirect.spouse-in-canada-class':
    'in Canada, living with a citizen or PR spouse or common-law partner able to sponsor (answer yes)',
  'redirect.permit-holder-class': 'in Canada and eligible for the permit holder class (answer yes)',
  'bar.pending-hc': 'foreign national with another H&C request pending',
  'bar.pending-refugee-claim': 'foreign national with a refugee claim pending before the RPD or the RAD',
  'bar.pending-prra': 'claim found ineligible and a PRRA pending',
  'bar.twelve-month':
    'claim rejected, abandoned, or withdrawn after substantive evidence, and the evaluation date is not after the end of the {twelveMonthBar} months after the last decision; not when an exception of s. 25(1.21) is claimed (until = the last day of the {twelveMonthBar} months)',
  'lift.twelve-month':
    'the twelve-month bar would apply, and removal would risk life for lack of medical care, or a child directly affected would be harmed; IRCC decides whether the exception is made out (until = the day the bar would end)',
  'bar.designated-foreign-national':
    'designated foreign national, and the evaluation date is not after the end of the {designatedForeignNationalBar} months after the final decision on the claim or PRRA, else after designation; no known end while a claim or PRRA is pending',
  'suggest.family-sponsorship':
    'a relative could sponsor (yes or unsure), and the designated foreign national bar does not hold',
  'suggest.refugee-claim': 'in Canada, fears return, no refugee claim made, no removal order',
  'warn.refugee-claim-one-year':
    'as for suggest.refugee-claim, with an entry date given, and the evaluation date after the end of the {refugeeClaimOneYear} months after entry',
  'suggest.economic-program':
    'may fit an economic program (yes or unsure), and the designated foreign national bar does not hold',
  'suggest.caregiver-program':
    'caregiving experience (yes or unsure), and the designated foreign national bar does not hold',
  'suggest.temporary-resident-permit':
    'in Canada, with any inadmissibility ground named (not unsure), and a TRP may be requested now: not within the {temporaryResidentPermitWait} months after a negative refugee decision (s. 24(4)), not while a PRRA is pending after an ineligible claim (s. 24(3.1)), not while the designated foreign national bar holds (s. 24(5)); these restrictions apply on every evaluation date',
  'warn.costs-not-sufficient': 'the only hardship named is the cost of returning',
  'warn.risk-not-weighed': 'in Canada and safety named as a hardship',
  'warn.no-stay-of-removal': 'in Canada under a removal order',
  'warn.authorization-to-return': 'already removed or deported',
  'warn.withdrawal-consequences': 'refugee claim pending or withdrawn',
  'warn.explain-no-home-help': 'never asked home authorities for help',
  'warn.declare-family-members': 'always (barred or can apply)',
  'warn.family-member-pending-claim':
    'a family member to be included has (yes) or may have (unsure) a refugee claim pending, and a spouse or dependent children are included',
  'warn.professional-review':
    'inadmissibility unsure; sponsor, economic or caregiver answer unsure; in Canada, spouse or permit-holder answer unsure; or removal order type unknown',
  'inform.quebec-selection': 'destination Quebec',
  'inform.quebec-support': 'destination Quebec and in Canada',
  'inform.best-interests-of-child': 'a child would be directly affected',
  'inform.judicial-review':
    'always ({judicialReviewInCanada} days for a request made in Canada, {judicialReviewOutsideCanada} days for one made outside)',
  'inform.sponsor-appeal':
    'outside Canada, a relative could sponsor (yes or unsure), and the designated foreign national bar does not hold',
  'inform.prra': 'in Canada under a removal order, fears return, and no refugee claim pending',
  'inform.two-stage-process': 'in Canada',
};

/** Notes on a rule's in-force date, shown beside it in the register. */
export const IN_FORCE_NOTES: Partial<Record<RuleId, string>> = {
  'exclude.non-exemptible-inadmissibility': 'sanctions included: before 2023-06-22 that ground was s. 35(1)(c)',
  'warn.refugee-claim-one-year':
    'the provision came into force on 2026-03-26, and the Act applies it to claims made from 2025-06-03',
};

/** Where a dated value comes from, keyed `<parameter id>@<from date, or "any">`. */
export const PARAMETER_NOTES: Readonly<Record<string, string>> = {
  'fees.in-canada-hc@2024-04-30': 'IRCC fee notice of 2024',
  'fees.in-canada-hc@2026-04-30':
    'processing fees indexed on this day (IRPR s. 294(d)); the new amounts are not confirmed, so none is given. Right of PR fee 600 from the IRCC notice of 2026-03-27, as reported, not confirmed',
  'fact.processing-months-quebec@2024-11-19': 'IRCC, CIMM briefing of 2024-11-25, figures of 2024-11-19',
  'fact.processing-months-quebec@2026-05-20':
    'IRCC published processing times of 2026-05-20; the H&C entry was no longer published from 2026-05-26',
  'fact.processing-months-elsewhere@2024-11-19': 'IRCC, CIMM briefing of 2024-11-25, figures of 2024-11-19',
  'fact.processing-months-elsewhere@2026-05-20':
    'IRCC published processing times of 2026-05-20; the H&C entry was no longer published from 2026-05-26',
  'fact.peq-closed@any': 'consistently reported; not confirmed on quebec.ca',
  'fact.peq-reopened@any': 'reported reopened from 2026-07-02 to 2028-07-02; not confirmed on quebec.ca',
};

export const noteKey = (parameterId: string, from: string | undefined) => `${parameterId}@${from ?? 'any'}`;
