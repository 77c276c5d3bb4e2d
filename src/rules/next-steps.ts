/**
 * What to do next, as codes the interface turns into words (spec §3 `nextSteps`: the project's
 * own list; third parties do not rely on it). Most steps come from the rules that fired (each row
 * names its own); the steps that depend on the outcome or the pathway are chosen here, in one
 * function. `NEXT_STEPS` is also the order they are shown in.
 */
import type { Answers } from './fields';

export const OUTCOMES = ['not-eligible', 'use-other-class', 'barred', 'can-apply'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const NEXT_STEPS = [
  'step.no-hc-needed',
  'step.ask-about-ministerial-relief',
  'step.apply-protected-person-class',
  'step.apply-spouse-in-canada-class',
  'step.apply-permit-holder-class',
  'step.wait-for-pending-decision',
  'step.wait-until-earliest-date',
  'step.check-other-programs',
  'step.consider-refugee-claim',
  'step.respond-to-prra-notice',
  'step.gather-evidence',
  'step.explain-no-home-help',
  'step.complete-forms',
  'step.pay-fees',
  'step.submit-online',
  'step.keep-status-and-plan-departure',
  'step.choose-pr-class',
  'step.request-authorization-to-return',
  'step.prepare-for-quebec-selection',
  'step.get-professional-advice',
] as const;
export type NextStep = (typeof NEXT_STEPS)[number];

/** Steps that ask the person to pay or to submit: never while a bar holds (spec §3). */
const ONLY_WHEN_FREE_TO_APPLY: readonly NextStep[] = ['step.pay-fees', 'step.submit-online'];

interface Fired {
  effect: string;
  next?: readonly NextStep[];
}

/** Outside `barred` and `can-apply`, only the rules that decided speak. */
const DECIDED_BY: Partial<Record<Outcome, string>> = { 'not-eligible': 'exclude', 'use-other-class': 'redirect' };

export function nextStepsFor(
  outcome: Outcome,
  fired: readonly Fired[],
  answers: Answers,
  hasEarliestDate: boolean,
): NextStep[] {
  const decidedBy = DECIDED_BY[outcome];
  const speaking = decidedBy ? fired.filter((rule) => rule.effect === decidedBy) : fired;
  const steps = new Set<NextStep>(speaking.flatMap((rule) => rule.next ?? []));
  const open = outcome === 'barred' || outcome === 'can-apply';
  if (outcome === 'use-other-class' && answers.status === 'foreign-national') steps.add('step.get-professional-advice');
  if (open) {
    const inCanada = answers.location === 'in-canada';
    if (outcome === 'barred')
      steps.add(hasEarliestDate ? 'step.wait-until-earliest-date' : 'step.wait-for-pending-decision');
    steps.add('step.gather-evidence');
    if (inCanada)
      ['step.complete-forms', 'step.pay-fees', 'step.submit-online'].forEach((s) => steps.add(s as NextStep));
    else steps.add('step.choose-pr-class');
  }
  if (outcome === 'barred') for (const step of ONLY_WHEN_FREE_TO_APPLY) steps.delete(step);
  return NEXT_STEPS.filter((step) => steps.has(step));
}
