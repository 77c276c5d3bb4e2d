import { describe, expect, it } from 'vitest';
import { stepById } from '../questions/catalogue';
import type { Answers } from '../rules';
import { convert, formToAnswers, shownQuestions, stepSchema, toFormValue } from './step-schema';

const question = (stepId: string, index = 0) => {
  const q = stepById(stepId as never)?.questions[index];
  if (!q) throw new Error(stepId);
  return q;
};
const today = '2025-06-15';

describe('turning form values into answers', () => {
  it('reads day / month / year as an ISO date, and refuses unreal and future dates', () => {
    const q = question('last-decision-date');
    expect(convert(q, { day: '9', month: '3', year: '2024' }, today)).toEqual({ ok: true, value: '2024-03-09' });
    expect(convert(q, { day: '29', month: '2', year: '2024' }, today)).toEqual({ ok: true, value: '2024-02-29' });
    expect(convert(q, { day: '29', month: '2', year: '2023' }, today)).toMatchObject({ ok: false, error: { key: 'error.date-invalid' } });
    expect(convert(q, { day: '16', month: '6', year: '2025' }, today)).toMatchObject({ ok: false, error: { key: 'error.date-future' } });
    expect(convert(q, { day: '15', month: '6', year: '2025' }, today)).toEqual({ ok: true, value: '2025-06-15' });
    expect(convert(q, { day: '1', month: '', year: '2024' }, today)).toMatchObject({ ok: false, error: { key: 'error.date-incomplete' } });
    expect(convert(q, { day: '', month: '', year: '' }, today)).toMatchObject({ ok: false, error: { key: 'error.enter-date' } });
  });

  it('lets the optional entry date be left empty, and refuses one before the rule date', () => {
    const q = question('entry-date');
    expect(convert(q, { day: '', month: '', year: '' }, today)).toEqual({ ok: true, value: undefined });
    const schema = stepSchema([q], today);
    const early = schema.safeParse({ entryDate: { day: '1', month: '1', year: '2019' } });
    expect(early.success).toBe(false);
    expect(early.error?.issues[0]?.message).toContain('error.date-too-early');
  });

  it('checks numbers with the engine’s own ranges', () => {
    const children = question('family', 1);
    expect(convert(children, '2', today)).toEqual({ ok: true, value: 2 });
    expect(stepSchema([children], today).safeParse({ dependentChildren: '21' }).error?.issues[0]?.message).toContain('error.number-range');
    expect(stepSchema([children], today).safeParse({ dependentChildren: '1.5' }).error?.issues[0]?.message).toContain('error.whole-number');
    expect(convert(question('years-in-canada'), '2,5', today)).toEqual({ ok: true, value: 2.5 });
    expect(convert(children, 'two', today)).toMatchObject({ ok: false });
  });

  it('stores "none of these" as an empty list and "not sure" on its own', () => {
    const q = question('inadmissibility');
    expect(convert(q, ['none'], today)).toEqual({ ok: true, value: [] });
    expect(convert(q, ['unsure'], today)).toEqual({ ok: true, value: ['unsure'] });
    expect(convert(q, ['unsure', 'health'], today)).toMatchObject({ ok: false, error: { key: 'error.exclusive-alone' } });
    expect(convert(q, [], today)).toMatchObject({ ok: false, error: { key: 'error.choose-at-least-one' } });
  });

  it('gives back the same form values for stored answers (round trip)', () => {
    const qs = stepById('family')?.questions ?? [];
    const stored: Answers = { status: 'foreign-national', spouseIncluded: true, dependentChildren: 3, familyMemberPendingClaim: 'unsure' };
    const values = Object.fromEntries(qs.map((q) => [q.field, toFormValue(q, stored[q.field])]));
    expect(formToAnswers(qs, values, today, stored)).toEqual({ spouseIncluded: true, dependentChildren: 3, familyMemberPendingClaim: 'unsure' });
  });

  it('reveals the pending-claim question on the family step as soon as a spouse or a child is included', () => {
    const qs = stepById('family')?.questions ?? [];
    const stored: Answers = { status: 'foreign-national' };
    const shown = (values: Record<string, string>) => shownQuestions(qs, values, today, stored).map((q) => q.field);
    expect(shown({ spouseIncluded: '', dependentChildren: '' })).toEqual(['spouseIncluded', 'dependentChildren']);
    expect(shown({ spouseIncluded: 'false', dependentChildren: '0' })).toEqual(['spouseIncluded', 'dependentChildren']);
    expect(shown({ spouseIncluded: 'true', dependentChildren: '' })).toContain('familyMemberPendingClaim');
    expect(shown({ spouseIncluded: 'false', dependentChildren: '2' })).toContain('familyMemberPendingClaim');
    expect(shown({ spouseIncluded: 'false', dependentChildren: 'two' })).not.toContain('familyMemberPendingClaim');
    const schema = stepSchema(qs, today, stored);
    expect(schema.safeParse({ spouseIncluded: 'false', dependentChildren: '0', familyMemberPendingClaim: '' }).success).toBe(true);
    const missing = schema.safeParse({ spouseIncluded: 'true', dependentChildren: '0', familyMemberPendingClaim: '' });
    expect(missing.error?.issues.map((i) => [i.path.join(), JSON.parse(i.message).key])).toEqual([['familyMemberPendingClaim', 'error.choose-one']]);
    // A hidden question's old answer goes with the form.
    expect(formToAnswers(qs, { spouseIncluded: 'false', dependentChildren: '0', familyMemberPendingClaim: 'yes' }, today, stored))
      .toEqual({ spouseIncluded: false, dependentChildren: 0, familyMemberPendingClaim: undefined });
  });

  it('lets the biometrics answer be left empty, and refuses more people exempt than in the application, naming the count', () => {
    const q = question('biometrics');
    const family: Answers = { status: 'foreign-national', location: 'in-canada', spouseIncluded: true, dependentChildren: 2 };
    const schema = stepSchema([q], today, family);
    expect(schema.safeParse({ biometricsExempt: '' }).success).toBe(true);
    expect(formToAnswers([q], { biometricsExempt: '' }, today, family)).toEqual({ biometricsExempt: undefined });
    expect(schema.safeParse({ biometricsExempt: '4' }).success).toBe(true);
    for (const typed of ['5', '30']) {
      const error = JSON.parse(schema.safeParse({ biometricsExempt: typed }).error?.issues[0]?.message ?? '{}');
      expect(error).toEqual({ key: 'error.biometrics-above-people', params: { people: 4 } });
    }
    expect(schema.safeParse({ biometricsExempt: '1.5' }).error?.issues[0]?.message).toContain('error.whole-number');
    // Alone, the person counts as one.
    expect(stepSchema([q], today, { status: 'foreign-national', location: 'in-canada' }).safeParse({ biometricsExempt: '2' }).success).toBe(false);
  });

  it('refuses a value the engine does not know, even if the form sent it', () => {
    expect(stepSchema([question('status')], today).safeParse({ status: 'tourist' }).success).toBe(false);
  });
});
