/**
 * Which rules hold on the answers given, on a date: the rules of steps 1–5 first, then the listed
 * rules, which may read what steps 1–5 decided. A rule not yet in force on `asOf` never holds
 * (`inForceOn`, applied here and nowhere else). The early stop of the contract (spec §1
 * "Required") is derived from the same evaluation: when a rule of steps 1–4 decides, only the
 * fields read up to that step are required.
 */
import type { IsoDate } from './dates';
import {
  applicableAnswers,
  fieldRequired,
  FIELD_IDS,
  type Answers,
  type CaseFileVersion,
  type FieldId,
} from './fields';
import { parametersOn } from './parameters';
import { RULES, inForceOn, type Match, type Rule, type RuleContext, type RuleId } from './table';

export interface Evaluated {
  rule: Rule<RuleId>;
  match: Exclude<Match, false>;
}

function holding(rules: readonly Rule<RuleId>[], context: RuleContext): Evaluated[] {
  const found: Evaluated[] = [];
  for (const rule of rules) {
    if (!inForceOn(rule, context.asOf)) continue;
    const match = rule.when(context);
    if (match !== false) found.push({ rule, match });
  }
  return found;
}

const DECIDING = RULES.filter((r) => r.step !== 'listed');
const LISTED = RULES.filter((r) => r.step === 'listed');

/** Every rule that holds, decisive and listed, whatever the outcome (assess filters the listed ones). */
export function evaluateRules(
  answers: Answers,
  asOf: IsoDate,
  version: CaseFileVersion,
): { decisive: Evaluated[]; listed: Evaluated[] } {
  const context: RuleContext = {
    answers: applicableAnswers(answers),
    asOf,
    p: parametersOn(asOf),
    version,
    decided: new Set(),
  };
  const decisive = holding(DECIDING, context);
  const listed = holding(LISTED, { ...context, decided: new Set(decisive.map((d) => d.rule.id)) });
  return { decisive, listed };
}

/** The fields read up to each deciding step of steps 1–4 (spec §1 "Required"). */
const FIELDS_READ_TO_STEP: Record<1 | 2 | 3 | 4, readonly FieldId[]> = {
  1: ['status'],
  2: ['status'],
  3: ['status', 'location', 'inadmissibility', 'inadmissibilityFound'],
  4: [
    'status',
    'location',
    'inadmissibility',
    'inadmissibilityFound',
    'spouseOrPartnerInCanada',
    'permitHolderEligible',
  ],
};

/** The first of steps 1–4 that decides the outcome on these answers, or undefined. */
export function earlyDecidingStep(
  answers: Answers,
  asOf: IsoDate,
  version: CaseFileVersion,
): 1 | 2 | 3 | 4 | undefined {
  const context: RuleContext = {
    answers: applicableAnswers(answers),
    asOf,
    p: parametersOn(asOf),
    version,
    decided: new Set(),
  };
  const steps = holding(
    DECIDING.filter((r) => typeof r.step === 'number' && r.step <= 4),
    context,
  )
    .filter(({ rule }) => rule.effect === 'exclude' || rule.effect === 'redirect')
    .map(({ rule }) => rule.step as 1 | 2 | 3 | 4);
  return steps.length > 0 ? (Math.min(...steps) as 1 | 2 | 3 | 4) : undefined;
}

/**
 * Every field required for these answers on `asOf`, in the spec's order: when steps 1–4 decide,
 * only the fields read up to the deciding step (the conditional ones when their condition holds).
 */
export function requiredFields(answers: Answers, asOf: IsoDate, version: CaseFileVersion): FieldId[] {
  const step = earlyDecidingStep(answers, asOf, version);
  const all = FIELD_IDS.filter((f) => fieldRequired(f, answers, version));
  if (step === undefined) return all;
  const read = FIELDS_READ_TO_STEP[step];
  return FIELD_IDS.filter((f) => read.includes(f) && (f === 'status' || all.includes(f)));
}
