/**
 * What to do next, as codes the interface turns into words (spec §3 `nextSteps`: the project's
 * own list; third parties do not rely on it).
 */
import type { Answers } from './fields';

export type Outcome = 'not-eligible' | 'use-other-class' | 'barred' | 'can-apply';

export type NextStep =
  | 'step.no-hc-needed' | 'step.ask-about-ministerial-relief'
  | 'step.apply-protected-person-class' | 'step.apply-spouse-in-canada-class' | 'step.apply-permit-holder-class'
  | 'step.wait-for-pending-decision' | 'step.wait-until-earliest-date'
  | 'step.check-other-programs' | 'step.consider-refugee-claim'
  | 'step.gather-evidence' | 'step.explain-no-home-help'
  | 'step.complete-forms' | 'step.pay-fees' | 'step.submit-online' | 'step.keep-status-and-plan-departure'
  | 'step.choose-pr-class' | 'step.request-authorization-to-return'
  | 'step.prepare-for-quebec-selection' | 'step.get-professional-advice';

export function nextStepsFor(outcome: Outcome, ruleIds: ReadonlySet<string>, answers: Answers, hasEarliestDate: boolean): NextStep[] {
  const steps: NextStep[] = [];
  const add = (step: NextStep, when = true) => { if (when) steps.push(step); };
  switch (outcome) {
    case 'not-eligible':
      add('step.no-hc-needed', ruleIds.has('exclude.citizen-or-pr'));
      add('step.ask-about-ministerial-relief', ruleIds.has('exclude.non-exemptible-inadmissibility'));
      add('step.get-professional-advice', ruleIds.has('exclude.non-exemptible-inadmissibility'));
      return steps;
    case 'use-other-class':
      add('step.apply-protected-person-class', ruleIds.has('redirect.protected-person'));
      add('step.apply-spouse-in-canada-class', ruleIds.has('redirect.spouse-in-canada-class'));
      add('step.apply-permit-holder-class', ruleIds.has('redirect.permit-holder-class'));
      add('step.get-professional-advice', answers.status === 'foreign-national');
      return steps;
    default: {
      const inCanada = answers.location === 'in-canada';
      const suggests = [...ruleIds].some((id) => id.startsWith('suggest.'));
      add('step.wait-until-earliest-date', outcome === 'barred' && hasEarliestDate);
      add('step.wait-for-pending-decision', outcome === 'barred' && !hasEarliestDate);
      add('step.consider-refugee-claim', ruleIds.has('suggest.refugee-claim'));
      add('step.check-other-programs', suggests);
      add('step.gather-evidence');
      add('step.explain-no-home-help', ruleIds.has('warn.explain-no-home-help'));
      add('step.choose-pr-class', !inCanada);
      add('step.request-authorization-to-return', ruleIds.has('warn.authorization-to-return'));
      add('step.complete-forms', inCanada);
      add('step.pay-fees', inCanada);
      add('step.submit-online', inCanada);
      add('step.keep-status-and-plan-departure', ruleIds.has('warn.no-stay-of-removal'));
      add('step.prepare-for-quebec-selection', ruleIds.has('inform.quebec-selection'));
      add('step.get-professional-advice', ruleIds.has('warn.professional-review'));
      return steps;
    }
  }
}
