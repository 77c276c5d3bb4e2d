/**
 * The journey derived from the answers, as GOV.UK's forms runner does it: the steps that apply,
 * in order, up to the step that settles the outcome early; where the person is; and which answers
 * no longer apply after a change. Pages ask one object, `journeyOf(progress, asOf)`, where to go
 * (back, on, resume) and whether a step may be shown, instead of working it out themselves.
 * Answers that do not fit together are never kept together (`settle`): the later one is asked again.
 * Pure: no React, no storage, no clock. Which step settles the outcome is the engine's to say, on
 * an evaluation date (`asOf`, today where the person is) and for the case-file version the project
 * writes: callers pass the date.
 */
import {
  CASE_FILE_VERSION,
  CROSS_FIELD_PROBLEMS,
  checkAnswers,
  fieldRequired,
  requiredFields,
  earlyDecidingStep,
  type Answers,
  type FieldId,
  type IsoDate,
  type Problem,
  type ProblemCode,
} from '../rules';
import { QUESTIONS, STEPS, isAsked, isStepAsked, stepOfField, type Step } from '../questions/catalogue';
import type { StepId } from '../questions/slugs';
import type { Place } from './paths';

export interface Progress {
  answers: Answers;
  /** steps the person has continued from, so a step whose answers are all optional counts as done */
  seen: readonly StepId[];
}

/** Where a person is sent to carry on: a step, or "Check your answers" once every step is done. */
export type Resume = Extract<Place, { kind: 'step' | 'check' }>;

/** The journey of some progress on a date, asked by the pages (forms-runner's `Flow::Journey`). */
export interface Journey {
  /** the steps that apply, in order, up to the one that settles the outcome early */
  readonly steps: readonly Step[];
  /** the back link from this step: the step before it, or the start page */
  previous(id: StepId): Extract<Place, { kind: 'step' | 'start' }>;
  /**
   * Where Continue leads once this step is saved (ask the journey of the saved progress): the step
   * after it, or "Check your answers" when every step is done or this was the last one.
   */
  next(id: StepId): Resume;
  /** whether this step may be shown: it is on the journey and every step before it is done */
  canVisit(id: StepId): boolean;
  /** the first step not done yet, or "Check your answers" when every step is done */
  resume(): Resume;
  /** where this step stands, and about how many steps the journey has */
  position(id: StepId): { current: number; total: number };
}

const isAnswered = (answers: Answers, field: FieldId) => answers[field] !== undefined;
const placeOf = (s: Step | undefined): Resume => (s ? { kind: 'step', stepId: s.id } : { kind: 'check' });

export function journeyOf(progress: Progress, asOf: IsoDate): Journey {
  const steps = journey(progress.answers, asOf);
  const done = steps.map((s) => isStepDone(s, progress));
  const indexOf = (id: StepId) => steps.findIndex((s) => s.id === id);
  const unfinished = steps.find((_, i) => !done[i]);
  const resume = () => placeOf(unfinished);
  return {
    steps,
    previous(id) {
      const before = steps[indexOf(id) - 1];
      return before ? { kind: 'step', stepId: before.id } : { kind: 'start' };
    },
    next(id) {
      const index = indexOf(id);
      return index < 0 || unfinished === undefined ? resume() : placeOf(steps[index + 1]);
    },
    canVisit(id) {
      const index = indexOf(id);
      return index >= 0 && done.slice(0, index).every(Boolean);
    },
    resume,
    position: (id) => position(id, progress.answers, asOf),
  };
}

/** Steps that apply to these answers, in order, stopping at the step that settles the outcome. */
export function journey(answers: Answers, asOf: IsoDate): Step[] {
  const early =
    earlyDecidingStep(answers, asOf, CASE_FILE_VERSION) === undefined
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

/**
 * For answers opened from a file: the steps counted as done are those before the first step that
 * still lacks a required answer (so an optional question left empty there is not asked again).
 */
export function seenForOpened(answers: Answers, asOf: IsoDate): StepId[] {
  const seen: StepId[] = [];
  for (const s of journey(answers, asOf)) {
    if (!isStepDone(s, { answers, seen: [s.id] })) break;
    seen.push(s.id);
  }
  return seen;
}

/** Answers that make the longest common journey, to estimate its length before they are given. */
const TYPICAL: Answers = {
  status: 'foreign-national',
  location: 'in-canada',
  inadmissibility: [],
  spouseOrPartnerInCanada: 'no',
  permitHolderEligible: 'no',
  removal: 'none',
  refugeeClaim: 'none',
  designatedForeignNational: false,
  fearOfReturn: 'no',
  childrenAffected: false,
};

/** Where this step stands in the journey, and about how many steps it has (see `Journey.position`). */
function position(stepId: StepId, answers: Answers, asOf: IsoDate): { current: number; total: number } {
  const current = journey(answers, asOf).findIndex((s) => s.id === stepId) + 1;
  const estimate =
    Object.keys(answers).length === 0 || answers.status === 'foreign-national'
      ? journey({ ...TYPICAL, ...answers }, asOf).length
      : journey(answers, asOf).length;
  return { current, total: Math.max(current, estimate) };
}

/**
 * Drops answers (and seen marks) whose question is no longer on the journey, until nothing changes.
 * Seen marks may come from storage as any strings: only the ids of steps on the journey stay.
 */
export function prune(progress: { answers: Answers; seen: readonly string[] }, asOf: IsoDate): Progress {
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
  const stepIds: ReadonlySet<string> = new Set(journey(answers, asOf).map((s) => s.id));
  return { answers, seen: progress.seen.filter((id): id is StepId => stepIds.has(id)) };
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
  const stale = new Set(again.map((q) => stepOfField(q.field).id));
  return { answers: answers as Answers, seen: after.seen.filter((id) => !stale.has(id)) };
}

/** The answers given on the steps before this one: those a step's choices must fit. */
export function answersBefore(s: Step, answers: Answers): Answers {
  const index = STEPS.indexOf(s);
  const before: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(answers) as [FieldId, unknown][]) {
    if (STEPS.indexOf(stepOfField(field)) < index) before[field] = value;
  }
  return before as Answers;
}

/** Answers the engine finds do not fit together (or one that does not fit the evaluation date). */
export interface Clash {
  code: ProblemCode;
  /** the answer asked last, dropped so that its question is asked again */
  field: FieldId;
  /** the other answers of the clash, kept */
  others: FieldId[];
}

const stepIndexOf = (field: FieldId) => STEPS.indexOf(stepOfField(field));

function clashOf(problem: Problem): Clash {
  const [field, ...others] = [...problem.fields].sort((a, b) => stepIndexOf(b) - stepIndexOf(a));
  return { code: problem.code, field: field as FieldId, others };
}

/**
 * Answers that do not fit together (the engine's cross-field checks on `asOf`) are settled, not
 * refused: the answer of each clash asked last is dropped and its step is no longer counted as
 * seen, so the journey asks it again; then what no longer applies is pruned. Answers with any
 * other problem are the caller's to refuse.
 */
export function settle(
  progress: { answers: Answers; seen: readonly string[] },
  asOf: IsoDate,
): { progress: Progress; clashes: Clash[] } {
  let { answers, seen } = progress;
  const clashes: Clash[] = [];
  for (;;) {
    const check = checkAnswers(answers, asOf, 'unfinished');
    const found = check.ok ? [] : check.problems.filter((p) => CROSS_FIELD_PROBLEMS.has(p.code)).map(clashOf);
    const kept: Record<string, unknown> = { ...answers };
    for (const clash of found) delete kept[clash.field];
    if (Object.keys(kept).length === Object.keys(answers).length) break;
    clashes.push(...found);
    const asked = new Set<string>(found.map((clash) => stepOfField(clash.field).id));
    ({ answers, seen } = prune({ answers: kept as Answers, seen: seen.filter((id) => !asked.has(id)) }, asOf));
  }
  return { progress: prune({ answers, seen }, asOf), clashes };
}
