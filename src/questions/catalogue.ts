/**
 * The question catalogue: the wizard's steps as data. Each step is one topic on one page, with its
 * questions (its address is its number in `slugs.ts`); each question names the case-file field it answers, its kind,
 * its options, and when it is asked. The words live in the catalogues under `q.<field>.*` and
 * `step.<id>.*`. What a changed answer clears is listed in `CLEARS`:
 * an answer whose question no longer applies is dropped.
 */
import {
  DESTINATIONS,
  HARDSHIPS,
  HOME_COUNTRY_HELP,
  INADMISSIBILITY_GROUNDS,
  LOCATIONS,
  REFUGEE_CLAIMS,
  REMOVALS,
  REMOVAL_ORDER_TYPES,
  SEVERITIES,
  STATUSES,
  YES_NO,
  YES_NO_UNSURE,
  fieldApplies,
  type Answers,
  type FieldId,
} from '../rules';
import type { StepId } from './slugs';

export type QuestionKind =
  /** one of `options`, as radio buttons */
  | 'choice'
  /** true or false, as Yes / No radio buttons */
  | 'boolean'
  /** any of `options`, as checkboxes; each of `exclusiveOptions` stands alone ("none of these", "not sure") */
  | 'multi'
  /** day / month / year fields */
  | 'date'
  /** a whole number */
  | 'integer'
  /** a number, decimals allowed */
  | 'number';

export interface Question {
  field: FieldId;
  kind: QuestionKind;
  options?: readonly string[];
  /** for `multi`: options that stand alone: `none` is stored as `[]`, `unsure` as `["unsure"]` */
  exclusiveOptions?: readonly ('none' | 'unsure')[];
  /** for `multi`: the exclusive options come first, before the others */
  exclusiveFirst?: boolean;
  /** shown on its step only once these answers of the same step make it apply (GOV.UK's conditional reveal) */
  revealedBy?: readonly FieldId[];
  /** the answer may be left empty */
  optional?: boolean;
  /**
   * Asked again whenever one of these answers changes: the old answer is dropped and its step is no
   * longer counted as seen, so an answer that depends on them can never contradict them.
   */
  askAgainWhen?: readonly FieldId[];
  /**
   * Some of its words follow this earlier answer: an option hint `q.<field>.option-hint.<value>.<answer>`
   * replaces the plain one, and an inset `q.<field>.inset.<answer>` speaks to that answer, with a
   * link to change it. (Which choices are offered follows every earlier answer: wizard/step-schema.ts.)
   */
  wordsFollow?: FieldId;
}

export interface Step {
  id: StepId;
  questions: readonly Question[];
}

const step = (id: StepId, ...questions: Question[]): Step => ({ id, questions });

export const STEPS: readonly Step[] = [
  step('status', { field: 'status', kind: 'choice', options: STATUSES }),
  step('location', { field: 'location', kind: 'choice', options: LOCATIONS }),
  step('inadmissibility', {
    field: 'inadmissibility',
    kind: 'multi',
    options: INADMISSIBILITY_GROUNDS,
    exclusiveOptions: ['none', 'unsure'],
    exclusiveFirst: true,
  }),
  step('inadmissibility-found', { field: 'inadmissibilityFound', kind: 'boolean' }),
  step(
    'classes-in-canada',
    { field: 'spouseOrPartnerInCanada', kind: 'choice', options: YES_NO_UNSURE },
    { field: 'permitHolderEligible', kind: 'choice', options: YES_NO_UNSURE },
  ),
  step('destination', { field: 'destination', kind: 'choice', options: DESTINATIONS }),
  step('removal', { field: 'removal', kind: 'choice', options: REMOVALS, wordsFollow: 'location' }),
  step('removal-order-type', { field: 'removalOrderType', kind: 'choice', options: REMOVAL_ORDER_TYPES }),
  step('refugee-claim', { field: 'refugeeClaim', kind: 'choice', options: REFUGEE_CLAIMS }),
  step('withdrawn-after-evidence', { field: 'withdrawnAfterEvidence', kind: 'boolean' }),
  step('last-decision-date', { field: 'lastDecisionDate', kind: 'date' }),
  step('designated-foreign-national', { field: 'designatedForeignNational', kind: 'boolean' }),
  step('designation-date', { field: 'designationDate', kind: 'date' }),
  step('dfn-final-decision-date', { field: 'dfnFinalDecisionDate', kind: 'date', optional: true }),
  step('prra-pending', { field: 'prraPending', kind: 'boolean' }),
  step('pending-hc', { field: 'pendingHc', kind: 'boolean' }),
  step('family-sponsor', { field: 'familySponsor', kind: 'choice', options: YES_NO_UNSURE }),
  step('fear-of-return', { field: 'fearOfReturn', kind: 'choice', options: YES_NO }),
  step('entry-date', { field: 'entryDate', kind: 'date', optional: true }),
  step('economic-profile', { field: 'economicProfile', kind: 'choice', options: YES_NO_UNSURE }),
  step('caregiver-experience', { field: 'caregiverExperience', kind: 'choice', options: YES_NO_UNSURE }),
  step(
    'family',
    { field: 'spouseIncluded', kind: 'boolean' },
    { field: 'dependentChildren', kind: 'integer' },
    {
      field: 'familyMemberPendingClaim',
      kind: 'choice',
      options: YES_NO_UNSURE,
      revealedBy: ['spouseIncluded', 'dependentChildren'],
    },
  ),
  step('biometrics', {
    field: 'biometricsExempt',
    kind: 'integer',
    optional: true,
    askAgainWhen: ['spouseIncluded', 'dependentChildren'],
  }),
  step('children-affected', { field: 'childrenAffected', kind: 'boolean' }),
  step('child-harm', { field: 'childHarm', kind: 'choice', options: YES_NO }),
  step('life-risk', { field: 'lifeRiskNoMedicalCare', kind: 'boolean' }),
  step('hardships', { field: 'hardships', kind: 'multi', options: HARDSHIPS, exclusiveOptions: ['none'] }),
  step('severity', { field: 'severity', kind: 'choice', options: SEVERITIES }),
  step('home-country-help', { field: 'homeCountryHelp', kind: 'choice', options: HOME_COUNTRY_HELP }),
  step('years-in-canada', { field: 'yearsInCanada', kind: 'number' }),
];

export const QUESTIONS: readonly Question[] = STEPS.flatMap((s) => s.questions);

/** A question is asked when its field applies to the answers given so far. */
export function isAsked(question: Question, answers: Answers): boolean {
  return fieldApplies[question.field](answers);
}

export function isStepAsked(s: Step, answers: Answers): boolean {
  return s.questions.some((q) => isAsked(q, answers));
}

/** Every step id has its step (a test checks the catalogue against the step addresses). */
export function stepById(id: StepId): Step {
  const found = STEPS.find((s) => s.id === id);
  if (!found) throw new Error(`no step ${id}`);
  return found;
}

export function stepOfField(field: FieldId): Step {
  const found = STEPS.find((s) => s.questions.some((q) => q.field === field));
  if (!found) throw new Error(`no step asks ${field}`);
  return found;
}

/**
 * Which answers a changed answer can clear, as data for readers and consultants: those whose
 * question no longer applies, those asked again after it (`askAgainWhen`), and those that no longer
 * fit it (a removal answer that contradicts where the person now is). The wizard drops them by
 * re-reading `fieldApplies`, `askAgainWhen` and the engine's cross-field checks (wizard/journey.ts);
 * tests keep this list and those conditions in step.
 */
export const CLEARS: Partial<Record<FieldId, readonly FieldId[]>> = {
  status: QUESTIONS.map((q) => q.field).filter((f) => f !== 'status'),
  location: [
    'spouseOrPartnerInCanada',
    'permitHolderEligible',
    'entryDate',
    'biometricsExempt',
    'yearsInCanada',
    'removal',
    'removalOrderType',
  ],
  inadmissibility: ['inadmissibilityFound'],
  removal: ['removalOrderType'],
  refugeeClaim: ['withdrawnAfterEvidence', 'lastDecisionDate', 'prraPending', 'entryDate'],
  withdrawnAfterEvidence: ['lastDecisionDate'],
  designatedForeignNational: ['designationDate', 'dfnFinalDecisionDate', 'prraPending'],
  fearOfReturn: ['entryDate'],
  spouseIncluded: ['familyMemberPendingClaim', 'biometricsExempt'],
  dependentChildren: ['familyMemberPendingClaim', 'biometricsExempt'],
  childrenAffected: ['childHarm'],
};
