/**
 * The conditions the spec names once and every part of the engine reads: foreign national, in
 * Canada, designated foreign national, the non-exemptible grounds, a negative claim, and the
 * periods that run after a decision. Written here only, so a rule row and a field condition can
 * never mean two different things by the same word.
 */
import { endOfMonthsAfter, type IsoDate } from './dates';
import type { Answers, FieldId } from './fields';

export const NON_EXEMPTIBLE_GROUNDS = ['security', 'human-rights', 'sanctions', 'organized-crime'] as const;

export const isForeignNational = (a: Answers) => a.status === 'foreign-national';
export const isInCanada = (a: Answers) => isForeignNational(a) && a.location === 'in-canada';
export const isOutsideCanada = (a: Answers) => isForeignNational(a) && a.location === 'outside-canada';
export const isDfn = (a: Answers) => isForeignNational(a) && a.designatedForeignNational === true;
export const yesOrUnsure = (v: string | undefined) => v === 'yes' || v === 'unsure';

export function hasNonExemptibleGround(a: Answers): boolean {
  return (a.inadmissibility ?? []).some((g) => (NON_EXEMPTIBLE_GROUNDS as readonly string[]).includes(g));
}

/** The claim ended in a way that starts the 12 months of s. 25(1.2)(c) and s. 24(4). */
export function endedNegatively(a: Answers): boolean {
  return (
    a.refugeeClaim === 'rejected' ||
    a.refugeeClaim === 'abandoned' ||
    (a.refugeeClaim === 'withdrawn' && a.withdrawnAfterEvidence === true)
  );
}

/** A family member is included in the application (a spouse or partner, or dependent children). */
export function familyIncluded(a: Answers): boolean {
  return a.spouseIncluded === true || (a.dependentChildren ?? 0) > 0;
}

/** The number of people in the application: the applicant, an included spouse, the children. */
export function peopleInApplication(a: { spouseIncluded?: unknown; dependentChildren?: unknown }): number {
  const spouse = a.spouseIncluded === true ? 1 : 0;
  const children =
    Number.isInteger(a.dependentChildren) && (a.dependentChildren as number) >= 0 ? (a.dependentChildren as number) : 0;
  return 1 + spouse + children;
}

/** The last day of a period of `months` months after `start`, when it still runs on `asOf`. */
export function periodRunning(
  start: IsoDate | undefined,
  months: number | undefined,
  asOf: IsoDate,
): IsoDate | undefined {
  if (start === undefined || months === undefined) return undefined;
  const until = endOfMonthsAfter(start, months);
  return asOf <= until ? until : undefined;
}

/**
 * A removal order may be in force: in Canada, and either a removal order was made while here, or
 * the refugee claim ended (rejected, abandoned, withdrawn, found ineligible). Every claimant receives
 * a conditional removal order (IRPA s. 49(2)), so the answer "no removal order" alone does not
 * settle it. Texts that warn about removal read this, and nothing else restates it.
 */
export function removalOrderMayBeInForce(a: Answers): boolean {
  if (!isInCanada(a)) return false;
  return a.removal === 'order-in-canada' || (a.refugeeClaim !== undefined && CLAIMS_ENDED.includes(a.refugeeClaim));
}

const CLAIMS_ENDED: readonly string[] = ['rejected', 'abandoned', 'withdrawn', 'ineligible'];

/** The answers that can be "not sure" (or, for the removal order's type, "unknown"), in the order they are asked. */
export const UNSURE_ANSWERS = [
  'inadmissibility',
  'spouseOrPartnerInCanada',
  'permitHolderEligible',
  'removalOrderType',
  'familySponsor',
  'economicProfile',
  'caregiverExperience',
] as const satisfies readonly FieldId[];
export type UnsureAnswer = (typeof UNSURE_ANSWERS)[number];

/**
 * The answers given as "not sure" or "unknown" that make the result depend on a professional's
 * review (`warn.professional-review`), in the order they are asked; the spouse and permit holder
 * answers count only in Canada. The rule fires when there is any; the result names each one.
 */
export function unsureAnswers(a: Answers): UnsureAnswer[] {
  const unsure: Record<UnsureAnswer, boolean> = {
    inadmissibility: a.inadmissibility?.length === 1 && a.inadmissibility[0] === 'unsure',
    spouseOrPartnerInCanada: isInCanada(a) && a.spouseOrPartnerInCanada === 'unsure',
    permitHolderEligible: isInCanada(a) && a.permitHolderEligible === 'unsure',
    removalOrderType: a.removalOrderType === 'unknown',
    familySponsor: a.familySponsor === 'unsure',
    economicProfile: a.economicProfile === 'unsure',
    caregiverExperience: a.caregiverExperience === 'unsure',
  };
  return UNSURE_ANSWERS.filter((field) => unsure[field]);
}
