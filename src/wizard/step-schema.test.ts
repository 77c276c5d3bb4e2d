import { describe, expect, it } from 'vitest';
import { stepById } from '../questions/catalogue';
import type { StepId } from '../questions/slugs';
import type { Answers } from '../rules';
import {
  checkStep,
  convert,
  convertAndCheck,
  offeredQuestions,
  shownQuestions,
  toFormValue,
  type FormValue,
} from './step-schema';

const question = (stepId: StepId, index = 0) => {
  const q = stepById(stepId).questions[index];
  if (!q) throw new Error(stepId);
  return q;
};
const today = '2025-06-15';
/** The error key of one question alone, or undefined when its value is an answer. */
const errorOf = (stepId: StepId, raw: FormValue, answers?: Answers) => {
  const checked = convertAndCheck(question(stepId), raw, today, answers);
  return checked.ok ? undefined : checked.error;
};

describe('turning form values into answers', () => {
  it('reads day / month / year as an ISO date, and refuses unreal and future dates', () => {
    const q = question('last-decision-date');
    expect(convert(q, { day: '9', month: '3', year: '2024' }, today)).toEqual({ ok: true, value: '2024-03-09' });
    expect(convert(q, { day: '29', month: '2', year: '2024' }, today)).toEqual({ ok: true, value: '2024-02-29' });
    expect(convert(q, { day: '29', month: '2', year: '2023' }, today)).toMatchObject({
      ok: false,
      error: { key: 'error.date-invalid' },
    });
    expect(convert(q, { day: '16', month: '6', year: '2025' }, today)).toMatchObject({
      ok: false,
      error: { key: 'error.date-future' },
    });
    expect(convert(q, { day: '15', month: '6', year: '2025' }, today)).toEqual({ ok: true, value: '2025-06-15' });
    expect(convert(q, { day: '1', month: '', year: '2024' }, today)).toMatchObject({
      ok: false,
      error: { key: 'error.date-incomplete' },
    });
    expect(convert(q, { day: '', month: '', year: '' }, today)).toMatchObject({
      ok: false,
      error: { key: 'error.enter-date' },
    });
  });

  it.each([
    ['mars', '03'],
    ['March', '03'],
    ['mar', '03'],
    ['Sept.', '09'],
    ['déc', '12'],
    ['fevrier', '02'],
    ['juil', '07'],
    ['mai', '05'],
  ])('reads the month name %j in either language', (month, number) => {
    expect(convert(question('last-decision-date'), { day: '9', month, year: '2024' }, today)).toEqual({
      ok: true,
      value: `2024-${number}-09`,
    });
  });

  it('refuses a month name that could be two months, and says a year needs 4 numbers', () => {
    const q = question('last-decision-date');
    expect(convert(q, { day: '9', month: 'jui', year: '2024' }, today)).toMatchObject({
      error: { key: 'error.date-invalid' },
    });
    expect(convert(q, { day: '30', month: '3', year: '26' }, today)).toMatchObject({
      error: { key: 'error.date-year-digits' },
    });
  });

  it('says a negative number must be 0 or more', () => {
    expect(errorOf('years-in-canada', '-1')).toEqual({ key: 'error.number-negative' });
  });

  it('lets the optional entry date be left empty, and refuses one before the rule date', () => {
    const q = question('entry-date');
    expect(convert(q, { day: '', month: '', year: '' }, today)).toEqual({ ok: true, value: undefined });
    expect(convertAndCheck(q, { day: '', month: '', year: '' }, today)).toEqual({ ok: true, value: undefined });
    expect(errorOf('entry-date', { day: '1', month: '1', year: '2019' })).toMatchObject({
      key: 'error.date-too-early',
      params: { date: expect.any(String) },
    });
  });

  it('checks numbers with the engine’s own ranges', () => {
    const children = question('family', 1);
    expect(convert(children, '2', today)).toEqual({ ok: true, value: 2 });
    expect(convertAndCheck(children, '21', today)).toEqual({
      ok: false,
      error: { key: 'error.number-range', params: { min: 0, max: 20 } },
    });
    expect(convertAndCheck(children, '1.5', today)).toEqual({ ok: false, error: { key: 'error.whole-number' } });
    expect(convert(question('years-in-canada'), '2,5', today)).toEqual({ ok: true, value: 2.5 });
    expect(convert(children, 'two', today)).toMatchObject({ ok: false });
  });

  it('stores "none of these" as an empty list and "not sure" on its own', () => {
    const q = question('inadmissibility');
    expect(convert(q, ['none'], today)).toEqual({ ok: true, value: [] });
    expect(convert(q, ['unsure'], today)).toEqual({ ok: true, value: ['unsure'] });
    // "Not sure" with a reason is the contract's contradiction `unsure-with-grounds`: its own message names it.
    expect(convert(q, ['unsure', 'health'], today)).toEqual({
      ok: false,
      error: { key: 'error.unsure-with-grounds', params: { option: 'unsure' } },
    });
    expect(convert(q, ['none', 'health'], today)).toEqual({
      ok: false,
      error: { key: 'error.exclusive-alone', params: { option: 'none' } },
    });
    expect(convert(q, [], today)).toMatchObject({ ok: false, error: { key: 'error.choose-at-least-one' } });
  });

  it('gives back the same answers for stored answers (round trip)', () => {
    const qs = stepById('family').questions;
    const stored: Answers = {
      status: 'foreign-national',
      spouseIncluded: true,
      dependentChildren: 3,
      familyMemberPendingClaim: 'unsure',
    };
    const values = Object.fromEntries(qs.map((q) => [q.field, toFormValue(q, stored[q.field])]));
    expect(checkStep(qs, values, today, stored)).toEqual({
      ok: true,
      answers: { spouseIncluded: true, dependentChildren: 3, familyMemberPendingClaim: 'unsure' },
    });
  });

  it('reveals the pending-claim question on the family step as soon as a spouse or a child is included', () => {
    const qs = stepById('family').questions;
    const stored: Answers = { status: 'foreign-national' };
    const shown = (values: Record<string, string>) => shownQuestions(qs, values, today, stored).map((q) => q.field);
    expect(shown({ spouseIncluded: '', dependentChildren: '' })).toEqual(['spouseIncluded', 'dependentChildren']);
    expect(shown({ spouseIncluded: 'false', dependentChildren: '0' })).toEqual(['spouseIncluded', 'dependentChildren']);
    expect(shown({ spouseIncluded: 'true', dependentChildren: '' })).toContain('familyMemberPendingClaim');
    expect(shown({ spouseIncluded: 'false', dependentChildren: '2' })).toContain('familyMemberPendingClaim');
    expect(shown({ spouseIncluded: 'false', dependentChildren: 'two' })).not.toContain('familyMemberPendingClaim');
    expect(
      checkStep(qs, { spouseIncluded: 'false', dependentChildren: '0', familyMemberPendingClaim: '' }, today, stored)
        .ok,
    ).toBe(true);
    expect(
      checkStep(qs, { spouseIncluded: 'true', dependentChildren: '0', familyMemberPendingClaim: '' }, today, stored),
    ).toEqual({ ok: false, errors: { familyMemberPendingClaim: { key: 'error.choose-one' } } });
    // A hidden question's old answer goes with the form.
    expect(
      checkStep(
        qs,
        { spouseIncluded: 'false', dependentChildren: '0', familyMemberPendingClaim: 'yes' },
        today,
        stored,
      ),
    ).toEqual({
      ok: true,
      answers: { spouseIncluded: false, dependentChildren: 0, familyMemberPendingClaim: undefined },
    });
  });

  it('gives the errors of every shown question, in their order, and none of a hidden one', () => {
    const qs = stepById('family').questions;
    expect(
      checkStep(qs, { spouseIncluded: '', dependentChildren: 'two', familyMemberPendingClaim: '' }, today, {
        status: 'foreign-national',
      }),
    ).toEqual({
      ok: false,
      errors: { spouseIncluded: { key: 'error.choose-one' }, dependentChildren: { key: 'error.whole-number' } },
    });
  });

  it('lets the biometrics answer be left empty, and refuses more people exempt than in the application, naming the count', () => {
    const qs = stepById('biometrics').questions;
    const family: Answers = {
      status: 'foreign-national',
      location: 'in-canada',
      spouseIncluded: true,
      dependentChildren: 2,
    };
    expect(checkStep(qs, { biometricsExempt: '' }, today, family)).toEqual({
      ok: true,
      answers: { biometricsExempt: undefined },
    });
    expect(checkStep(qs, { biometricsExempt: '4' }, today, family)).toEqual({
      ok: true,
      answers: { biometricsExempt: 4 },
    });
    for (const typed of ['5', '30']) {
      expect(errorOf('biometrics', typed, family)).toEqual({
        key: 'error.biometrics-above-people',
        params: { people: 4 },
        other: 'spouseIncluded',
      });
    }
    expect(errorOf('biometrics', '1.5', family)).toEqual({ key: 'error.whole-number' });
    // Alone, the person counts as one.
    expect(errorOf('biometrics', '2', { status: 'foreign-national', location: 'in-canada' })).toMatchObject({
      key: 'error.biometrics-above-people',
    });
    // A question on its own (no stored answers) has no limit from other answers.
    expect(errorOf('biometrics', '2')).toBeUndefined();
  });

  it('offers on the removal step only the choices that fit where the person is', () => {
    const offered = (location: 'in-canada' | 'outside-canada') =>
      offeredQuestions(stepById('removal').questions, { status: 'foreign-national', location }, today)[0]?.options;
    expect(offered('in-canada')).toEqual(['none', 'order-in-canada']);
    expect(offered('outside-canada')).toEqual(['none', 'removed']);
    // Before where the person is is known, every choice fits; a question with nothing left out is the catalogue's own.
    expect(offeredQuestions(stepById('removal').questions, { status: 'foreign-national' }, today)).toEqual(
      stepById('removal').questions,
    );
    expect(offeredQuestions(stepById('location').questions, { status: 'foreign-national' }, today)[0]).toBe(
      question('location'),
    );
  });

  it('refuses a choice the step does not offer, even if the form sent it', () => {
    const [inCanada] = offeredQuestions(
      stepById('removal').questions,
      { status: 'foreign-national', location: 'in-canada' },
      today,
    );
    if (!inCanada) throw new Error('no removal question');
    expect(checkStep([inCanada], { removal: 'removed' }, today)).toEqual({
      ok: false,
      errors: { removal: { key: 'error.choose-one' } },
    });
    expect(checkStep([inCanada], { removal: 'order-in-canada' }, today)).toEqual({
      ok: true,
      answers: { removal: 'order-in-canada' },
    });
  });

  it('refuses a value the engine does not know, even if the form sent it', () => {
    expect(errorOf('status', 'tourist')).toEqual({ key: 'error.choose-one' });
    expect(checkStep([question('status')], { status: 'tourist' }, today).ok).toBe(false);
  });
});
