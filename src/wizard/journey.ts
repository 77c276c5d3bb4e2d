/**
 * The journey derived from the answers, as GOV.UK's forms runner does it: the steps that apply,
 * in order, up to the step that settles the outcome early; where the person is; and which answers
 * no longer apply after a change. Pure: no React, no storage, no clock. Which step settles the
 * outcome is the engine's to say, on an evaluation date (`asOf`, today where the person is) and
 * for the case-file version the project writes: callers pass the date.
 */
import { CASE_FILE_VERSION, fieldRequired, requiredFields, earlyDecidingStep, type Answers, type FieldId, type IsoDate } from '../rules';
import { QUESTIONS, STEPS, isAsked, isStepAsked, stepOfField, type Step } from '../questions/catalogue';

export interface Progress {
  answers: Answers;
  /** steps the person has continued from, so a step whose answers are all optional counts as done */
  seen: readonly string[];
}

const isAnswered = (answers: Answers, field: FieldId) => answers[field] !== undefined;

/** Steps that apply to these answers, in order, stopping at the step that settles the outcome. */
export function journey(answers: Answers, asOf: IsoDate): Step[] {
  const early = earlyDecidingStep(answers, asOf, CASE_FILE_VERSION) === undefined
    ? undefined
    : requiredFields(answers, asOf, CASE_FILE_VERSION);
  const settled = early !== undefined && early.every((f) => isAnswered(answers, f));
  return STEPS.filter((s) => isStepAsked(s, answers) && (!settled || s.questions.some((q) => early.includes(q.field))));
}

export function askedFields(s: Step, answers: Answers): FieldId[] {
  return s.questions.filter((q) => isAsked(q, answers)).map((q) => q.field);
}

export function isStepDone(s: Step, { answers, seen }: Progress): boolean {
  const fields = askedFields(s, answers);
  const requiredDone = fields.every((f) => !fieldRequired(f, answers, CASE_FILE_VERSION) || isAnswered(answers, f));
  return requiredDone && (seen.includes(s.id) || fields.every((f) => isAnswered(answers, f)));
}

/** The first step not done yet, or undefined when every step of the journey is done. */
export function firstUnfinishedStep(progress: Progress, asOf: IsoDate): Step | undefined {
  return journey(progress.answers, asOf).find((s) => !isStepDone(s, progress));
}

/** Whether a step may be shown: it is in the journey and every step before it is done. */
export function isReachable(stepId: string, progress: Progress, asOf: IsoDate): boolean {
  const steps = journey(progress.answers, asOf);
  const index = steps.findIndex((s) => s.id === stepId);
  return index >= 0 && steps.slice(0, index).every((s) => isStepDone(s, progress));
}

/** The step after this one in the journey, or undefined at the end. */
export function nextStep(stepId: string, answers: Answers, asOf: IsoDate): Step | undefined {
  const steps = journey(answers, asOf);
  const index = steps.findIndex((s) => s.id === stepId);
  return index >= 0 ? steps[index + 1] : undefined;
}

/**
 * For answers opened from a file: the steps counted as done are those before the first step that
 * still lacks a required answer (so an optional question left empty there is not asked again).
 */
export function seenForOpened(answers: Answers, asOf: IsoDate): string[] {
  const seen: string[] = [];
  for (const s of journey(answers, asOf)) {
    if (!isStepDone(s, { answers, seen: [s.id] })) break;
    seen.push(s.id);
  }
  return seen;
}

/** Answers that make the longest common journey, to estimate its length before they are given. */
const TYPICAL: Answers = {
  status: 'foreign-national', location: 'in-canada', inadmissibility: [], spouseOrPartnerInCanada: 'no',
  permitHolderEligible: 'no', removal: 'none', refugeeClaim: 'none', designatedForeignNational: false,
  fearOfReturn: 'no', childrenAffected: false,
};

/** Where this step stands in the journey, and about how many steps it has. */
export function position(stepId: string, answers: Answers, asOf: IsoDate): { current: number; total: number } {
  const current = journey(answers, asOf).findIndex((s) => s.id === stepId) + 1;
  const estimate = Object.keys(answers).length === 0 || answers.status === 'foreign-national'
    ? journey({ ...TYPICAL, ...answers }, asOf).length
    : journey(answers, asOf).length;
  return { current, total: Math.max(current, estimate) };
}

/** Drops answers (and seen marks) whose question is no longer on the journey, until nothing changes. */
export function prune(progress: Progress, asOf: IsoDate): Progress {
  let answers = progress.answers;
  for (;;) {
    const kept = new Set(journey(answers, asOf).flatMap((s) => askedFields(s, answers)));
    const next: Answers = {};
    for (const [field, value] of Object.entries(answers) as [FieldId, unknown][]) {
      if (kept.has(field)) (next as Record<string, unknown>)[field] = value;
    }
    if (Object.keys(next).length === Object.keys(answers).length) break;
    answers = next;
  }
  const stepIds = new Set<string>(journey(answers, asOf).map((s) => s.id));
  return { answers, seen: progress.seen.filter((id) => stepIds.has(id)) };
}

/**
 * After a change from `before` to `after`: a question asked again when an answer it depends on
 * changed (`askAgainWhen`) loses its answer, and its step is no longer counted as seen.
 */
export function askAgain(before: Answers, after: Progress): Progress {
  const again = QUESTIONS.filter((q) => q.askAgainWhen?.some((f) => before[f] !== after.answers[f]));
  if (again.length === 0) return after;
  const answers: Record<string, unknown> = { ...after.answers };
  for (const q of again) delete answers[q.field];
  const stale = new Set<string>(again.map((q) => stepOfField(q.field).id));
  return { answers: answers as Answers, seen: after.seen.filter((id) => !stale.has(id)) };
}

/** Which answers a change dropped, for telling the person. */
export function droppedFields(before: Answers, after: Answers): FieldId[] {
  return (Object.keys(before) as FieldId[]).filter((f) => after[f] === undefined);
}
