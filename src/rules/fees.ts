/**
 * The in-Canada H&C fees for a family on a date (spec §3 `fees`), from the parameter set in force.
 * An amount nobody has confirmed yet is `null`, and so is a total that would need it.
 */
import type { IsoDate } from './dates';
import type { Answers } from './fields';
import { PARAMETERS, valueOn } from './parameters';
import { peopleInApplication } from './predicates';

export const FEE_ITEM_IDS = [
  'processing.principal',
  'processing.spouse',
  'processing.dependent-child',
  'right-of-pr.principal',
  'right-of-pr.spouse',
  'biometrics',
] as const;
export type FeeItemId = (typeof FEE_ITEM_IDS)[number];

export interface FeeItem {
  id: FeeItemId;
  /** null: the amount in force is not known (indexed, not yet confirmed) */
  unitAmount: number | null;
  count: number;
  /** only on items outside the total */
  amount?: number;
  inTotal?: false;
}

export interface Fees {
  currency: 'CAD';
  verified: boolean;
  effectiveFrom: IsoDate;
  items: FeeItem[];
  /** null when an amount in the total is not known */
  total: number | null;
}

/** Fees on `asOf`, or null before the first parameter set. */
export function feesFor(answers: Answers, asOf: IsoDate): Fees | null {
  const set = valueOn(PARAMETERS.fees, asOf);
  if (!set?.from) return null;
  const fee = set.value;
  const spouse = answers.spouseIncluded === true ? 1 : 0;
  const children = answers.dependentChildren ?? 0;
  const giving = Math.max(0, peopleInApplication(answers) - (answers.biometricsExempt ?? 0));
  const items: FeeItem[] = [{ id: 'processing.principal', unitAmount: fee.processingPrincipal, count: 1 }];
  if (spouse) items.push({ id: 'processing.spouse', unitAmount: fee.processingSpouse, count: 1 });
  if (children > 0)
    items.push({ id: 'processing.dependent-child', unitAmount: fee.processingDependentChild, count: children });
  items.push({ id: 'right-of-pr.principal', unitAmount: fee.rightOfPr, count: 1 });
  if (spouse) items.push({ id: 'right-of-pr.spouse', unitAmount: fee.rightOfPr, count: 1 });
  items.push({
    id: 'biometrics',
    unitAmount: fee.biometricsPerPerson,
    count: giving,
    amount: Math.min(fee.biometricsPerPerson * giving, fee.biometricsFamilyMax),
    inTotal: false,
  });
  const inTotal = items.filter((i) => i.inTotal !== false);
  const total = inTotal.some((i) => i.unitAmount === null)
    ? null
    : inTotal.reduce((sum, i) => sum + (i.unitAmount ?? 0) * i.count, 0);
  return { currency: 'CAD', verified: set.verified, effectiveFrom: set.from, items, total };
}
