/**
 * The result a case file remembers: when a file is saved, the assessment it produced is summed up
 * beside the answers (the top-level `result`, which the engine otherwise ignores, as the contract
 * allows for any other top-level key), so that a file reopened after a change of rules or fees can
 * say what changed. A stored result comes from a file, so it is untrusted input: `readStoredResult`
 * checks every field and answers `null` for anything it cannot vouch for, never a half-read value.
 */
import type { Assessment } from './assess';
import { isIsoDate, type IsoDate } from './dates';
import { OUTCOMES, type Outcome } from './next-steps';

export interface StoredResult {
  /** the evaluation date of the stored assessment */
  asOf: IsoDate;
  /** the rules version that produced it (`RULES_VERSION` when it was saved) */
  rulesVersion: string;
  outcome: Outcome;
  earliestApplicationDate: IsoDate | null;
  /** the fees' total in dollars; null when there are no fees or a fee is not known */
  feesTotal: number | null;
  /** the ids of the rules that fired, in the assessment's order (a later version may not know them all) */
  ruleIds: string[];
}

/** Longest rules version and rule id a stored result may carry, and most rule ids. */
const MAX_VERSION_LENGTH = 40;
const MAX_RULE_IDS = 100;
const RULE_ID_SHAPE = /^[a-z]+\.[a-z0-9-]{1,80}$/;

export function storedResultOf(assessment: Assessment, rulesVersion: string): StoredResult {
  return {
    asOf: assessment.asOf,
    rulesVersion,
    outcome: assessment.outcome,
    earliestApplicationDate: assessment.earliestApplicationDate,
    feesTotal: assessment.fees?.total ?? null,
    ruleIds: assessment.rules.map((r) => r.id),
  };
}

const isOutcome = (value: unknown): value is Outcome => OUTCOMES.includes(value as Outcome);

const isAmount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value < 1e7;

/** A stored result as checked from a file's top-level `result`, or null when absent or not valid. */
export function readStoredResult(value: unknown): StoredResult | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { asOf, rulesVersion, outcome, earliestApplicationDate, feesTotal, ruleIds } = value as Record<string, unknown>;
  if (!isIsoDate(asOf) || !isOutcome(outcome)) return null;
  if (typeof rulesVersion !== 'string' || rulesVersion.length === 0 || rulesVersion.length > MAX_VERSION_LENGTH)
    return null;
  if (earliestApplicationDate !== null && !isIsoDate(earliestApplicationDate)) return null;
  if (feesTotal !== null && !isAmount(feesTotal)) return null;
  if (!Array.isArray(ruleIds) || ruleIds.length > MAX_RULE_IDS) return null;
  if (!ruleIds.every((id) => typeof id === 'string' && RULE_ID_SHAPE.test(id))) return null;
  return { asOf, rulesVersion, outcome, earliestApplicationDate, feesTotal, ruleIds: [...ruleIds] };
}
