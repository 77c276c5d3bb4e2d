/**
 * The in-Canada H&C fees for a family on a date (spec §3 `fees`), from the parameter set in force.
 */
import type { IsoDate } from './dates';
import type { Answers } from './fields';
import { feeSets, valueOn } from './parameters';

export type FeeItemId =
  | 'processing.principal' | 'processing.spouse' | 'processing.dependent-child'
  | 'right-of-pr.principal' | 'right-of-pr.spouse' | 'biometrics';

export interface FeeItem {
  id: FeeItemId;
  unitAmount: number;
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
  total: number;
}

/** Fees on `asOf`, or null before the first parameter set. */
export function feesFor(answers: Answers, asOf: IsoDate): Fees | null {
  const set = valueOn(feeSets, asOf);
  if (!set?.from) return null;
  const fee = set.value;
  const spouse = answers.spouseIncluded === true ? 1 : 0;
  const children = answers.dependentChildren ?? 0;
  const people = 1 + spouse + children;
  const items: FeeItem[] = [{ id: 'processing.principal', unitAmount: fee.processingPrincipal, count: 1 }];
  if (spouse) items.push({ id: 'processing.spouse', unitAmount: fee.processingSpouse, count: 1 });
  if (children > 0) items.push({ id: 'processing.dependent-child', unitAmount: fee.processingDependentChild, count: children });
  items.push({ id: 'right-of-pr.principal', unitAmount: fee.rightOfPr, count: 1 });
  if (spouse) items.push({ id: 'right-of-pr.spouse', unitAmount: fee.rightOfPr, count: 1 });
  items.push({
    id: 'biometrics', unitAmount: fee.biometricsPerPerson, count: people,
    amount: Math.min(fee.biometricsPerPerson * people, fee.biometricsFamilyMax), inTotal: false,
  });
  const total = items.filter((i) => i.inTotal !== false).reduce((sum, i) => sum + i.unitAmount * i.count, 0);
  return { currency: 'CAD', verified: set.verified, effectiveFrom: set.from, items, total };
}
