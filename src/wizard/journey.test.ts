import { describe, expect, it } from 'vitest';
import type { Answers } from '../rules';
import { askAgain, firstUnfinishedStep, isReachable, journey, prune, seenForOpened } from './journey';

const asOf = '2026-06-01';
const inCanada: Answers = {
  status: 'foreign-national', location: 'in-canada', inadmissibility: [],
  spouseOrPartnerInCanada: 'no', permitHolderEligible: 'no',
};
/** Every answer of a person in Canada with no family included, up to the end of the journey. */
const wholeInCanada: Answers = {
  ...inCanada, destination: 'ON', removal: 'none', refugeeClaim: 'none', pendingHc: false, designatedForeignNational: false,
  familySponsor: 'no', fearOfReturn: 'no', economicProfile: 'no', caregiverExperience: 'no', spouseIncluded: false,
  dependentChildren: 0, childrenAffected: false, lifeRiskNoMedicalCare: false, hardships: ['establishment'], severity: 'serious',
  homeCountryHelp: 'sought-with-proof', yearsInCanada: 3,
};
const ids = (answers: Answers, on = asOf) => journey(answers, on).map((s) => s.id);
const allSeen = (answers: Answers) => ids(answers);

describe('the journey derived from the answers', () => {
  it('asks only the status of a citizen', () => {
    expect(ids({ status: 'citizen' })).toEqual(['status']);
  });

  it('asks whether a ground H&C cannot overcome was decided, and stops there only when it was', () => {
    const security: Answers = { status: 'foreign-national', location: 'outside-canada', inadmissibility: ['security'] };
    expect(ids(security)).toContain('inadmissibility-found');
    expect(ids(security)).toContain('hardships');
    expect(ids({ ...security, inadmissibilityFound: true })).toEqual(['status', 'location', 'inadmissibility', 'inadmissibility-found']);
    expect(ids({ ...security, inadmissibilityFound: false })).toContain('hardships');
  });

  it('never asks whether a ground was decided for grounds H&C can exempt, cessation included', () => {
    for (const ground of ['criminality', 'cessation', 'unsure'] as const) {
      expect(ids({ status: 'foreign-national', location: 'outside-canada', inadmissibility: [ground] })).not.toContain('inadmissibility-found');
    }
    expect(ids({ status: 'foreign-national', location: 'outside-canada', inadmissibility: [] })).not.toContain('inadmissibility-found');
  });

  it('goes on past a decided ground before the exclusion was in force (the evaluation date decides)', () => {
    const decided: Answers = { status: 'foreign-national', location: 'outside-canada', inadmissibility: ['security'], inadmissibilityFound: true };
    expect(ids(decided, '2013-06-18')).toContain('hardships');
    expect(ids(decided, '2013-06-19')).not.toContain('hardships');
  });

  it('stops after the in-Canada classes page when a spouse in Canada could sponsor', () => {
    expect(ids({ ...inCanada, spouseOrPartnerInCanada: 'yes' })).toEqual(['status', 'location', 'inadmissibility', 'classes-in-canada']);
  });

  it('asks the in-Canada questions only in Canada, the biometrics question among them, right after the family', () => {
    const outside = ids({ status: 'foreign-national', location: 'outside-canada' });
    for (const id of ['classes-in-canada', 'years-in-canada', 'biometrics']) expect(outside).not.toContain(id);
    const inside = ids(inCanada);
    expect(inside).toContain('years-in-canada');
    expect(inside[inside.indexOf('family') + 1]).toBe('biometrics');
  });

  it('asks the date of the last decision only after a negative claim', () => {
    expect(ids({ ...inCanada, refugeeClaim: 'none' })).not.toContain('last-decision-date');
    expect(ids({ ...inCanada, refugeeClaim: 'rejected' })).toContain('last-decision-date');
    expect(ids({ ...inCanada, refugeeClaim: 'withdrawn', withdrawnAfterEvidence: false })).not.toContain('last-decision-date');
  });
});

describe('where the person is', () => {
  it('starts at the status question', () => {
    expect(firstUnfinishedStep({ answers: {}, seen: [] }, asOf)?.id).toBe('status');
  });

  it('refuses a step past an unanswered one', () => {
    expect(isReachable('refugee-claim', { answers: { status: 'foreign-national' }, seen: ['status'] }, asOf)).toBe(false);
    expect(isReachable('location', { answers: { status: 'foreign-national' }, seen: ['status'] }, asOf)).toBe(true);
  });

  it('counts an optional question as done once the person continued past it', () => {
    const answers: Answers = { ...inCanada, destination: 'QC', removal: 'none', refugeeClaim: 'none', designatedForeignNational: false, pendingHc: false, familySponsor: 'no', fearOfReturn: 'yes' };
    const before = ids(answers);
    expect(before).toContain('entry-date');
    const seenAll = before.filter((id) => id !== 'entry-date');
    expect(isReachable('economic-profile', { answers, seen: seenAll }, asOf)).toBe(false);
    expect(isReachable('economic-profile', { answers, seen: [...seenAll, 'entry-date'] }, asOf)).toBe(true);
  });

  it('asks whether an included family member has a pending claim on the family step, and only then', () => {
    const alone = { ...wholeInCanada, biometricsExempt: 0 };
    expect(firstUnfinishedStep({ answers: alone, seen: allSeen(alone) }, asOf)).toBeUndefined();
    const withChild = { ...alone, dependentChildren: 2 };
    expect(firstUnfinishedStep({ answers: withChild, seen: allSeen(withChild) }, asOf)?.id).toBe('family');
    const answered: Answers = { ...withChild, familyMemberPendingClaim: 'no' };
    expect(firstUnfinishedStep({ answers: answered, seen: allSeen(answered) }, asOf)).toBeUndefined();
  });
});

describe('a file saved with version 1 of the questions', () => {
  it('resumes at the new question whether a ground was decided', () => {
    const answers: Answers = { status: 'foreign-national', location: 'outside-canada', inadmissibility: ['human-rights'] };
    const progress = { answers, seen: seenForOpened(answers, asOf) };
    expect(progress.seen).toEqual(['status', 'location', 'inadmissibility']);
    expect(firstUnfinishedStep(progress, asOf)?.id).toBe('inadmissibility-found');
  });

  it('resumes on the family step when a spouse or children are included, then asks about biometrics', () => {
    const answers: Answers = { ...wholeInCanada, spouseIncluded: true, dependentChildren: 1 };
    const progress = { answers, seen: seenForOpened(answers, asOf) };
    expect(firstUnfinishedStep(progress, asOf)?.id).toBe('family');
    const after = { answers: { ...answers, familyMemberPendingClaim: 'no' as const }, seen: [...progress.seen, 'family'] };
    expect(firstUnfinishedStep(after, asOf)?.id).toBe('biometrics');
  });

  it('has nothing new to ask when no family member is included', () => {
    expect(firstUnfinishedStep({ answers: wholeInCanada, seen: seenForOpened(wholeInCanada, asOf) }, asOf)).toBeUndefined();
  });
});

describe('a changed answer', () => {
  it('drops the answers that no longer apply, and only those', () => {
    const answers: Answers = { ...inCanada, refugeeClaim: 'withdrawn', withdrawnAfterEvidence: true, lastDecisionDate: '2025-01-02', pendingHc: false };
    const changed = prune({ answers: { ...answers, refugeeClaim: 'none' }, seen: ['withdrawn-after-evidence', 'last-decision-date', 'status'] }, asOf);
    expect(changed.answers.withdrawnAfterEvidence).toBeUndefined();
    expect(changed.answers.lastDecisionDate).toBeUndefined();
    expect(changed.answers.pendingHc).toBe(false);
    expect(changed.seen).toEqual(['status']);
  });

  it('drops answers in chains (a dropped answer can switch off another question)', () => {
    const answers: Answers = { ...inCanada, refugeeClaim: 'withdrawn', withdrawnAfterEvidence: true, lastDecisionDate: '2025-01-02' };
    const changed = prune({ answers: { ...answers, status: 'citizen' }, seen: [] }, asOf);
    expect(changed.answers).toEqual({ status: 'citizen' });
  });

  it('drops the pending-claim answer once nobody is included', () => {
    const answers: Answers = { ...wholeInCanada, spouseIncluded: true, familyMemberPendingClaim: 'yes' };
    expect(prune({ answers: { ...answers, spouseIncluded: false }, seen: [] }, asOf).answers.familyMemberPendingClaim).toBeUndefined();
  });

  it('asks the biometrics question again whenever the family answers change', () => {
    const before: Answers = { ...wholeInCanada, spouseIncluded: true, dependentChildren: 2, familyMemberPendingClaim: 'no', biometricsExempt: 2 };
    const seen = allSeen(before);
    for (const change of [{ dependentChildren: 1 }, { dependentChildren: 3 }, { spouseIncluded: false }] as Answers[]) {
      const after = askAgain(before, { answers: { ...before, ...change }, seen });
      expect(after.answers.biometricsExempt, JSON.stringify(change)).toBeUndefined();
      expect(after.seen).not.toContain('biometrics');
      expect(after.seen).toContain('family');
      expect(firstUnfinishedStep(after, asOf)?.id).toBe('biometrics');
    }
  });

  it('keeps the biometrics answer when the family answers stay the same', () => {
    const before: Answers = { ...wholeInCanada, spouseIncluded: true, familyMemberPendingClaim: 'no', biometricsExempt: 1 };
    const seen = allSeen(before);
    const after = askAgain(before, { answers: { ...before, familyMemberPendingClaim: 'unsure' }, seen });
    expect(after).toEqual({ answers: { ...before, familyMemberPendingClaim: 'unsure' }, seen });
  });
});
