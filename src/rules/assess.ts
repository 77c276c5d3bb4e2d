/**
 * `assess(caseFile, asOf)`: the evaluation of spec §2. Pure: the same case file and date always
 * give the same assessment; it reads no clock, storage or network.
 */
import type { CaseFile } from './case-file';
import { latest, nextDay, type IsoDate } from './dates';
import { applicableAnswers } from './fields';
import { feesFor, type Fees } from './fees';
import { nextStepsFor, type NextStep, type Outcome } from './next-steps';
import { RULES, type Effect, type Rule } from './table';

export interface FiredRule {
  id: string;
  effect: Effect;
  citations: string[];
  until?: IsoDate;
}

export interface Assessment {
  asOf: IsoDate;
  outcome: Outcome;
  pathway: 'in-canada' | 'outside-canada' | null;
  earliestApplicationDate: IsoDate | null;
  rules: FiredRule[];
  fees: Fees | null;
  nextSteps: NextStep[];
}

const OUTCOME_OF_EFFECT: Partial<Record<Effect, Outcome>> = {
  exclude: 'not-eligible', redirect: 'use-other-class', bar: 'barred',
};

/** The outcome is decided by the first step (1 to 5) with a deciding rule that fired. */
function decide(fired: readonly { rule: Rule }[]): Outcome {
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
  const context = { answers, asOf };
  const decisive = RULES.filter((r) => r.step !== 'listed')
    .map((rule) => ({ rule, match: rule.when(context) }))
    .filter((f) => f.match !== false);
  const outcome = decide(decisive);
  const open = outcome === 'barred' || outcome === 'can-apply';
  const listed = open
    ? RULES.filter((r) => r.step === 'listed').map((rule) => ({ rule, match: rule.when(context) })).filter((f) => f.match !== false)
    : [];
  const fired = [...decisive, ...listed].sort((x, y) => RULES.indexOf(x.rule) - RULES.indexOf(y.rule));
  const rules: FiredRule[] = fired.map(({ rule, match }) => ({
    id: rule.id, effect: rule.effect, citations: [...rule.citations],
    ...(typeof match === 'object' ? { until: match.until } : {}),
  }));
  const bars = rules.filter((r) => r.effect === 'bar');
  const earliestApplicationDate = outcome === 'barred' && bars.every((b) => b.until !== undefined)
    ? nextDay(latest(bars.map((b) => b.until as IsoDate)) as IsoDate)
    : null;
  const pathway = open ? (answers.location ?? null) : null;
  const fees = open && pathway === 'in-canada' ? feesFor(answers, asOf) : null;
  const ids = new Set(rules.map((r) => r.id));
  return {
    asOf, outcome, pathway, earliestApplicationDate, rules, fees,
    nextSteps: nextStepsFor(outcome, ids, answers, earliestApplicationDate !== null),
  };
}
