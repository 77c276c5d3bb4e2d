import { describe, expect, it } from 'vitest';
import { FIELD_IDS, fieldApplies, type Answers, type FieldId } from '../rules';
import { CLEARS, QUESTIONS, STEPS } from './catalogue';
import { STEP_IDS, stepAddress, stepIdForAddress } from './slugs';

describe('the question catalogue', () => {
  it('asks every answer of the case file exactly once', () => {
    expect(QUESTIONS.map((q) => q.field).sort()).toEqual([...FIELD_IDS].sort());
  });

  it('gives every step an address of its own that names no topic, and reads it back', () => {
    expect(STEPS.map((s) => s.id).sort()).toEqual([...STEP_IDS].sort());
    const addresses = STEPS.map((s) => stepAddress(s.id));
    expect(new Set(addresses).size).toBe(addresses.length);
    for (const [i, address] of addresses.entries()) {
      expect(address).toMatch(/^q[1-9]\d?$/);
      expect(stepIdForAddress(address)).toBe(STEPS[i]?.id);
    }
    for (const wrong of ['q0', 'q01', `q${STEP_IDS.length + 1}`, 'status', '', undefined])
      expect(stepIdForAddress(wrong)).toBeUndefined();
  });

  it('lists in CLEARS every answer that a change can switch off', () => {
    // Sample pairs of answers differing in one field and see which other questions stop applying.
    const samples: Partial<Record<FieldId, unknown[]>> = {
      status: ['foreign-national', 'citizen'],
      location: ['in-canada', 'outside-canada'],
      removal: ['removed', 'none'],
      refugeeClaim: ['withdrawn', 'rejected', 'ineligible', 'none', 'pending'],
      withdrawnAfterEvidence: [true, false],
      designatedForeignNational: [true, false],
      fearOfReturn: ['yes', 'no'],
      childrenAffected: [true, false],
      inadmissibility: [['security'], ['criminality'], [], ['unsure']],
      spouseIncluded: [true, false],
      dependentChildren: [0, 2],
    };
    const base: Answers = {
      status: 'foreign-national',
      location: 'in-canada',
      removal: 'removed',
      refugeeClaim: 'none',
      designatedForeignNational: true,
      fearOfReturn: 'yes',
      childrenAffected: true,
      withdrawnAfterEvidence: true,
      inadmissibility: ['security'],
      spouseIncluded: false,
      dependentChildren: 0,
    };
    for (const [field, values] of Object.entries(samples) as [FieldId, unknown[]][]) {
      for (const from of values) {
        for (const to of values) {
          const before = { ...base, [field]: from } as Answers;
          const after = { ...base, [field]: to } as Answers;
          const switchedOff = FIELD_IDS.filter(
            (f) => f !== field && fieldApplies[f](before) && !fieldApplies[f](after),
          );
          expect(CLEARS[field] ?? [], `${field}: ${String(from)} -> ${String(to)}`).toEqual(
            expect.arrayContaining(switchedOff),
          );
        }
      }
    }
  });

  it('lists in CLEARS every answer asked again after a change', () => {
    for (const q of QUESTIONS) {
      for (const field of q.askAgainWhen ?? []) expect(CLEARS[field], field).toContain(q.field);
    }
  });

  it('reveals a question only with answers of its own step', () => {
    for (const s of STEPS) {
      for (const q of s.questions) {
        for (const field of q.revealedBy ?? [])
          expect(
            s.questions.map((other) => other.field),
            q.field,
          ).toContain(field);
      }
    }
  });

  it('offers "none of these" and "not sure" first on the inadmissibility question, and the ground of cessation', () => {
    const q = QUESTIONS.find((question) => question.field === 'inadmissibility');
    expect(q?.exclusiveFirst).toBe(true);
    expect(q?.exclusiveOptions).toEqual(['none', 'unsure']);
    expect(q?.options).toContain('cessation');
  });
});
