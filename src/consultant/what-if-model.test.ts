import { describe, expect, it } from 'vitest';
import { assess, checkAnswers, type Answers, type Assessment } from '../rules';
import { withAnswers } from '../testing/answers';
import {
  answerChanges,
  changeableFields,
  differences,
  evaluate,
  feesShown,
  withAnswer as withAnswerOn,
} from './what-if-model';

const asOf = '2026-06-01';
const rejected: Answers = withAnswers({ refugeeClaim: 'rejected', lastDecisionDate: '2026-01-15', yearsInCanada: 4 });

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) Object.values(value).forEach(deepFreeze);
  return Object.freeze(value);
}

const original = deepFreeze(structuredClone(rejected));
const checked = checkAnswers(original, asOf, 'complete');
if (!checked.ok) throw new Error('the original answers are not complete');
const originalAssessment = assess(checked.caseFile, asOf);
const withAnswer = (
  answers: Answers,
  field: Parameters<typeof withAnswerOn>[1],
  value: Parameters<typeof withAnswerOn>[2],
) => withAnswerOn(answers, field, value, asOf);
const resultOf = (answers: Answers): Assessment => {
  const result = evaluate(answers, asOf);
  if (result.kind !== 'result') throw new Error(`no result: ${JSON.stringify(result)}`);
  return result.assessment;
};

describe('what if', () => {
  it('starts from the original: the same result', () => {
    expect(resultOf(original)).toEqual(originalAssessment);
    expect(originalAssessment.outcome).toBe('barred');
  });

  it('with an older last decision: the bar is over, the outcome and the earliest date change, the fees do not', () => {
    const changed = withAnswer(original, 'lastDecisionDate', '2024-01-15');
    const d = differences(originalAssessment, resultOf(changed));
    expect(d).toMatchObject({ outcome: true, earliest: true, fees: false, removed: ['bar.twelve-month'] });
    expect(answerChanges(original, changed)).toEqual([
      { field: 'lastDecisionDate', before: '2026-01-15', after: '2024-01-15' },
    ]);
  });

  it('with a child affected: asks for the newly needed answer, then the harm lifts the bar', () => {
    const affected = withAnswer(original, 'childrenAffected', true);
    expect(evaluate(affected, asOf)).toEqual({ kind: 'needs', fields: ['childHarm'] });
    expect(changeableFields(affected, asOf)).toContain('childHarm');
    const harmed = resultOf(withAnswer(affected, 'childHarm', 'yes'));
    expect(harmed.outcome).toBe('can-apply');
    expect(differences(originalAssessment, harmed).added).toEqual(
      expect.arrayContaining(['lift.twelve-month', 'inform.best-interests-of-child']),
    );
  });

  it('with more children in the application: asks whether one has a pending claim, then the fees change though no total is known', () => {
    const more = withAnswer(original, 'dependentChildren', 2);
    expect(evaluate(more, asOf)).toEqual({ kind: 'needs', fields: ['familyMemberPendingClaim'] });
    const changed = resultOf(withAnswer(more, 'familyMemberPendingClaim', 'no'));
    expect(differences(originalAssessment, changed)).toMatchObject({ outcome: false, earliest: false, fees: true });
    expect([feesShown(originalAssessment), feesShown(changed)]).toEqual([
      { total: null, people: 1 },
      { total: null, people: 3 },
    ]);
  });

  it('with fewer people giving biometrics only: the fees shown do not change', () => {
    const d = differences(originalAssessment, resultOf(withAnswer(original, 'biometricsExempt', 1)));
    expect(d.fees).toBe(false);
  });

  it('drops answers that no longer apply, as the wizard does, and lists them', () => {
    const changed = withAnswer(original, 'refugeeClaim', 'none');
    expect(changed.lastDecisionDate).toBeUndefined();
    expect(answerChanges(original, changed).map((c) => [c.field, c.after])).toEqual([
      ['refugeeClaim', 'none'],
      ['lastDecisionDate', undefined],
    ]);
  });

  it('names both answers of a contradiction instead of a result', () => {
    const result = evaluate(
      withAnswer(
        { ...original, removal: 'order-in-canada', removalOrderType: 'departure' },
        'location',
        'outside-canada',
      ),
      asOf,
    );
    expect(result).toEqual({ kind: 'contradiction', fields: ['removal', 'location'] });
  });

  it('never writes to the original answers (they are frozen here)', () => {
    withAnswer(withAnswer(original, 'childrenAffected', true), 'childHarm', 'yes');
    expect(original).toEqual(rejected);
  });
});
