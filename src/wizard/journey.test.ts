import { describe, expect, it } from 'vitest';
import type { Answers } from '../rules';
import { firstUnfinishedStep, isReachable, journey, prune } from './journey';

const inCanada: Answers = {
  status: 'foreign-national', location: 'in-canada', inadmissibility: [],
  spouseOrPartnerInCanada: 'no', permitHolderEligible: 'no',
};
const ids = (answers: Answers) => journey(answers).map((s) => s.id);

describe('the journey derived from the answers', () => {
  it('asks only the status of a citizen', () => {
    expect(ids({ status: 'citizen' })).toEqual(['status']);
  });

  it('stops after inadmissibility when a ground H&C cannot overcome settles the outcome', () => {
    expect(ids({ status: 'foreign-national', location: 'outside-canada', inadmissibility: ['security'] }))
      .toEqual(['status', 'location', 'inadmissibility']);
  });

  it('stops after the in-Canada classes page when a spouse in Canada could sponsor', () => {
    expect(ids({ ...inCanada, spouseOrPartnerInCanada: 'yes' })).toEqual(['status', 'location', 'inadmissibility', 'classes-in-canada']);
  });

  it('asks the in-Canada questions only in Canada', () => {
    const outside = ids({ status: 'foreign-national', location: 'outside-canada' });
    expect(outside).not.toContain('classes-in-canada');
    expect(outside).not.toContain('years-in-canada');
    expect(ids(inCanada)).toContain('years-in-canada');
  });

  it('asks the date of the last decision only after a negative claim', () => {
    expect(ids({ ...inCanada, refugeeClaim: 'none' })).not.toContain('last-decision-date');
    expect(ids({ ...inCanada, refugeeClaim: 'rejected' })).toContain('last-decision-date');
    expect(ids({ ...inCanada, refugeeClaim: 'withdrawn', withdrawnAfterEvidence: false })).not.toContain('last-decision-date');
  });
});

describe('where the person is', () => {
  it('starts at the status question', () => {
    expect(firstUnfinishedStep({ answers: {}, seen: [] })?.id).toBe('status');
  });

  it('refuses a step past an unanswered one', () => {
    expect(isReachable('refugee-claim', { answers: { status: 'foreign-national' }, seen: ['status'] })).toBe(false);
    expect(isReachable('location', { answers: { status: 'foreign-national' }, seen: ['status'] })).toBe(true);
  });

  it('counts an optional question as done once the person continued past it', () => {
    const answers: Answers = { ...inCanada, destination: 'QC', removal: 'none', refugeeClaim: 'none', designatedForeignNational: false, pendingHc: false, familySponsor: 'no', fearOfReturn: 'yes' };
    const before = journey(answers).map((s) => s.id);
    expect(before).toContain('entry-date');
    const seenAll = before.filter((id) => id !== 'entry-date');
    expect(isReachable('economic-profile', { answers, seen: seenAll })).toBe(false);
    expect(isReachable('economic-profile', { answers, seen: [...seenAll, 'entry-date'] })).toBe(true);
  });
});

describe('a changed answer', () => {
  it('drops the answers that no longer apply, and only those', () => {
    const answers: Answers = { ...inCanada, refugeeClaim: 'withdrawn', withdrawnAfterEvidence: true, lastDecisionDate: '2025-01-02', pendingHc: false };
    const changed = prune({ answers: { ...answers, refugeeClaim: 'none' }, seen: ['withdrawn-after-evidence', 'last-decision-date', 'status'] });
    expect(changed.answers.withdrawnAfterEvidence).toBeUndefined();
    expect(changed.answers.lastDecisionDate).toBeUndefined();
    expect(changed.answers.pendingHc).toBe(false);
    expect(changed.seen).toEqual(['status']);
  });

  it('drops answers in chains (a dropped answer can switch off another question)', () => {
    const answers: Answers = { ...inCanada, refugeeClaim: 'withdrawn', withdrawnAfterEvidence: true, lastDecisionDate: '2025-01-02' };
    const changed = prune({ answers: { ...answers, status: 'citizen' }, seen: [] });
    expect(changed.answers).toEqual({ status: 'citizen' });
  });
});
