/**
 * "What if", without a screen: a copy of the answers with one answer changed, pruned as the wizard
 * prunes (answers whose question no longer applies are dropped), then checked and assessed. The
 * original answers are never written to: every step makes a new object.
 */
import { assess, checkAnswers, type Answers, type Assessment, type FieldId } from '../rules';
import { QUESTIONS } from '../questions/catalogue';
import { askedFields, journey, prune } from '../wizard/journey';

export type WhatIfResult =
  | { kind: 'result'; assessment: Assessment }
  | { kind: 'needs'; fields: FieldId[] }
  | { kind: 'contradiction'; fields: FieldId[] };

/** The answers with one changed (undefined: left empty), and what no longer applies dropped. */
export function withAnswer(
  answers: Answers,
  field: FieldId,
  value: Answers[FieldId] | undefined,
  asOf: string,
): Answers {
  const next: Record<string, unknown> = { ...answers };
  if (value === undefined) delete next[field];
  else next[field] = value;
  return prune({ answers: next as Answers, seen: [] }, asOf).answers;
}

export function evaluate(answers: Answers, asOf: string): WhatIfResult {
  const check = checkAnswers(answers, asOf, 'unfinished');
  if (!check.ok) return { kind: 'contradiction', fields: [...new Set(check.problems.flatMap((p) => p.fields))] };
  if (check.missing.length > 0) return { kind: 'needs', fields: check.missing };
  return { kind: 'result', assessment: assess(check.caseFile, asOf) };
}

/** The fields a what if may change: every question on the journey of these answers, in order. */
export function changeableFields(answers: Answers, asOf: string): FieldId[] {
  return journey(answers, asOf).flatMap((step) => askedFields(step, answers));
}

export interface AnswerChange {
  field: FieldId;
  before: Answers[FieldId] | undefined;
  after: Answers[FieldId] | undefined;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Every answer that differs between the original and the what if, in the questions' order. */
export function answerChanges(original: Answers, changed: Answers): AnswerChange[] {
  return QUESTIONS.map((q) => ({ field: q.field, before: original[q.field], after: changed[q.field] })).filter(
    (c) => !same(c.before, c.after),
  );
}

/** What the comparison shows of the fees: the total, or when it is not known, the people they count. */
export function feesShown(assessment: Assessment): { total: number | null; people: number } | null {
  const { fees } = assessment;
  if (!fees) return null;
  const people = fees.items
    .filter((item) => item.id.startsWith('processing.'))
    .reduce((sum, item) => sum + item.count, 0);
  return { total: fees.total, people };
}

export interface Differences {
  outcome: boolean;
  earliest: boolean;
  fees: boolean;
  added: string[];
  removed: string[];
}

export function differences(original: Assessment, changed: Assessment): Differences {
  const ids = (a: Assessment) => a.rules.map((r) => r.id);
  return {
    outcome: original.outcome !== changed.outcome,
    earliest: original.earliestApplicationDate !== changed.earliestApplicationDate,
    fees: !same(feesShown(original), feesShown(changed)),
    added: ids(changed).filter((id) => !ids(original).includes(id)),
    removed: ids(original).filter((id) => !ids(changed).includes(id)),
  };
}
