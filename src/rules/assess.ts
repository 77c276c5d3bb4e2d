/**
 * `assess(caseFile, asOf)`: the evaluation of spec §2. Pure: the same case file and date always
 * give the same assessment; it reads no clock, storage or network.
 */
import type { CaseFile } from './case-file';
import { latest, nextDay, type IsoDate } from './dates';
import { applicableAnswers } from './fields';
import { evaluateRules, type Evaluated } from './evaluate';
import { feesFor, type Fees } from './fees';
import { nextStepsFor, type NextStep, type Outcome } from './next-steps';
import { RULE_IDS, type Effect, type RuleId } from './table';

export interface FiredRule {
  id: RuleId;
  effect: Effect;
  citations: string[];
  until?: IsoDate;
}

export type Pathway = 'in-canada' | 'outside-canada';

export interface Assessment {
  asOf: IsoDate;
  outcome: Outcome;
  pathway: Pathway | null;
  earliestApplicationDate: IsoDate | null;
  rules: FiredRule[];
  fees: Fees | null;
  nextSteps: NextStep[];
}

const OUTCOME_OF_EFFECT: Partial<Record<Effect, Outcome>> = {
  exclude: 'not-eligible',
  redirect: 'use-other-class',
  bar: 'barred',
};

/** The outcome is decided by the first step (1 to 5) with a deciding rule that fired. */
function decide(fired: readonly Evaluated[]): Outcome {
  let decided: { step: number; outcome: Outcome } | undefined;
  for (const { rule } of fired) {
    const outcome = OUTCOME_OF_EFFECT[rule.effect];
    if (outcome && typeof rule.step === 'number' && (!decided || rule.step < decided.step)) {
      decided = { step: rule.step, outcome };
    }
  }
  return decided?.outcome ?? 'can-apply';
}

export function assess(caseFile: CaseFile, asOf: IsoDate): Assessment {
  const answers = applicableAnswers(caseFile.answers);
  const { decisive, listed } = evaluateRules(caseFile.answers, asOf, caseFile.version);
  const outcome = decide(decisive);
  const open = outcome === 'barred' || outcome === 'can-apply';
  const fired = [...decisive, ...(open ? listed : [])].sort(
    (x, y) => RULE_IDS.indexOf(x.rule.id) - RULE_IDS.indexOf(y.rule.id),
  );
  const rules: FiredRule[] = fired.map(({ rule, match }) => ({
    id: rule.id,
    effect: rule.effect,
    citations: [...rule.citations],
    ...(typeof match === 'object' ? { until: match.until } : {}),
  }));
  const untils = rules.filter((r) => r.effect === 'bar').map((b) => b.until);
  const earliestApplicationDate =
    outcome === 'barred' && untils.every((u) => u !== undefined)
      ? nextDay(latest(untils as IsoDate[]) as IsoDate)
      : null;
  const pathway = open ? (answers.location ?? null) : null;
  const fees = open && pathway === 'in-canada' ? feesFor(answers, asOf) : null;
  return {
    asOf,
    outcome,
    pathway,
    earliestApplicationDate,
    rules,
    fees,
    nextSteps: nextStepsFor(
      outcome,
      fired.map((f) => f.rule),
      answers,
      earliestApplicationDate !== null,
    ),
  };
}
