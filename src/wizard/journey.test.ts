import { describe, expect, it } from 'vitest';
import type { StepId } from '../questions/slugs';
import type { Answers } from '../rules';
import { CLEARS, stepById } from '../questions/catalogue';
import { withAnswers } from '../testing/answers';
import { answersBefore, askAgain, journey, journeyOf, prune, seenForOpened, settle, type Progress } from './journey';

const asOf = '2026-06-01';
const inCanada: Answers = {
  status: 'foreign-national',
  location: 'in-canada',
  inadmissibility: [],
  spouseOrPartnerInCanada: 'no',
  permitHolderEligible: 'no',
};
/** Every answer of a person in Canada with no family included, up to the end of the journey. */
const wholeInCanada: Answers = withAnswers({});
const ids = (answers: Answers, on = asOf) => journey(answers, on).map((s) => s.id);
const allSeen = (answers: Answers) => ids(answers);
/** Where the journey of this progress resumes: a step id, or 'check' when every step is done. */
const resume = (progress: Progress) => {
  const place = journeyOf(progress, asOf).resume();
  return place.kind === 'step' ? place.stepId : place.kind;
};
const canVisit = (id: StepId, progress: Progress) => journeyOf(progress, asOf).canVisit(id);

describe('the journey derived from the answers', () => {
  it('asks only the status of a citizen', () => {
    expect(ids({ status: 'citizen' })).toEqual(['status']);
  });

  it('asks whether a ground H&C cannot overcome was decided, and stops there only when it was', () => {
    const security: Answers = { status: 'foreign-national', location: 'outside-canada', inadmissibility: ['security'] };
    expect(ids(security)).toContain('inadmissibility-found');
    expect(ids(security)).toContain('hardships');
    expect(ids({ ...security, inadmissibilityFound: true })).toEqual([
      'status',
      'location',
      'inadmissibility',
      'inadmissibility-found',
    ]);
    expect(ids({ ...security, inadmissibilityFound: false })).toContain('hardships');
  });

  it('never asks whether a ground was decided for grounds H&C can exempt, cessation included', () => {
    for (const ground of ['criminality', 'cessation', 'unsure'] as const) {
      expect(ids({ status: 'foreign-national', location: 'outside-canada', inadmissibility: [ground] })).not.toContain(
        'inadmissibility-found',
      );
    }
    expect(ids({ status: 'foreign-national', location: 'outside-canada', inadmissibility: [] })).not.toContain(
      'inadmissibility-found',
    );
  });

  it('goes on past a decided ground before the exclusion was in force (the evaluation date decides)', () => {
    const decided: Answers = {
      status: 'foreign-national',
      location: 'outside-canada',
      inadmissibility: ['security'],
      inadmissibilityFound: true,
    };
    expect(ids(decided, '2013-06-18')).toContain('hardships');
    expect(ids(decided, '2013-06-19')).not.toContain('hardships');
  });

  it('stops after the in-Canada classes page when a spouse in Canada could sponsor', () => {
    expect(ids({ ...inCanada, spouseOrPartnerInCanada: 'yes' })).toEqual([
      'status',
      'location',
      'inadmissibility',
      'classes-in-canada',
    ]);
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
    expect(ids({ ...inCanada, refugeeClaim: 'withdrawn', withdrawnAfterEvidence: false })).not.toContain(
      'last-decision-date',
    );
  });
});

describe('where the person is', () => {
  it('starts at the status question', () => {
    expect(resume({ answers: {}, seen: [] })).toBe('status');
  });

  it('refuses a step past an unanswered one', () => {
    expect(canVisit('refugee-claim', { answers: { status: 'foreign-national' }, seen: ['status'] })).toBe(false);
    expect(canVisit('location', { answers: { status: 'foreign-national' }, seen: ['status'] })).toBe(true);
  });

  it('counts an optional question as done once the person continued past it', () => {
    const answers: Answers = {
      ...inCanada,
      destination: 'QC',
      removal: 'none',
      refugeeClaim: 'none',
      designatedForeignNational: false,
      pendingHc: false,
      familySponsor: 'no',
      fearOfReturn: 'yes',
    };
    const before = ids(answers);
    expect(before).toContain('entry-date');
    const seenAll = before.filter((id) => id !== 'entry-date');
    expect(canVisit('economic-profile', { answers, seen: seenAll })).toBe(false);
    expect(canVisit('economic-profile', { answers, seen: [...seenAll, 'entry-date'] })).toBe(true);
  });

  it('asks whether an included family member has a pending claim on the family step, and only then', () => {
    const alone = { ...wholeInCanada, biometricsExempt: 0 };
    expect(resume({ answers: alone, seen: allSeen(alone) })).toBe('check');
    const withChild = { ...alone, dependentChildren: 2 };
    expect(resume({ answers: withChild, seen: allSeen(withChild) })).toBe('family');
    const answered: Answers = { ...withChild, familyMemberPendingClaim: 'no' };
    expect(resume({ answers: answered, seen: allSeen(answered) })).toBe('check');
  });
});

describe('a file saved with version 1 of the questions', () => {
  it('resumes at the new question whether a ground was decided', () => {
    const answers: Answers = {
      status: 'foreign-national',
      location: 'outside-canada',
      inadmissibility: ['human-rights'],
    };
    const progress = { answers, seen: seenForOpened(answers, asOf) };
    expect(progress.seen).toEqual(['status', 'location', 'inadmissibility']);
    expect(resume(progress)).toBe('inadmissibility-found');
  });

  it('resumes on the family step when a spouse or children are included, then asks about biometrics', () => {
    const answers: Answers = { ...wholeInCanada, spouseIncluded: true, dependentChildren: 1 };
    const progress = { answers, seen: seenForOpened(answers, asOf) };
    expect(resume(progress)).toBe('family');
    const after: Progress = {
      answers: { ...answers, familyMemberPendingClaim: 'no' },
      seen: [...progress.seen, 'family'],
    };
    expect(resume(after)).toBe('biometrics');
  });

  it('has nothing new to ask when no family member is included', () => {
    expect(resume({ answers: wholeInCanada, seen: seenForOpened(wholeInCanada, asOf) })).toBe('check');
  });
});

describe('a changed answer', () => {
  it('drops the answers that no longer apply, and only those', () => {
    const answers: Answers = {
      ...inCanada,
      refugeeClaim: 'withdrawn',
      withdrawnAfterEvidence: true,
      lastDecisionDate: '2025-01-02',
      pendingHc: false,
    };
    const changed = prune(
      {
        answers: { ...answers, refugeeClaim: 'none' },
        seen: ['withdrawn-after-evidence', 'last-decision-date', 'status'],
      },
      asOf,
    );
    expect(changed.answers.withdrawnAfterEvidence).toBeUndefined();
    expect(changed.answers.lastDecisionDate).toBeUndefined();
    expect(changed.answers.pendingHc).toBe(false);
    expect(changed.seen).toEqual(['status']);
  });

  it('drops answers in chains (a dropped answer can switch off another question)', () => {
    const answers: Answers = {
      ...inCanada,
      refugeeClaim: 'withdrawn',
      withdrawnAfterEvidence: true,
      lastDecisionDate: '2025-01-02',
    };
    const changed = prune({ answers: { ...answers, status: 'citizen' }, seen: [] }, asOf);
    expect(changed.answers).toEqual({ status: 'citizen' });
  });

  it('drops the pending-claim answer once nobody is included', () => {
    const answers: Answers = { ...wholeInCanada, spouseIncluded: true, familyMemberPendingClaim: 'yes' };
    expect(
      prune({ answers: { ...answers, spouseIncluded: false }, seen: [] }, asOf).answers.familyMemberPendingClaim,
    ).toBeUndefined();
  });

  it('asks the biometrics question again whenever the family answers change', () => {
    const before: Answers = {
      ...wholeInCanada,
      spouseIncluded: true,
      dependentChildren: 2,
      familyMemberPendingClaim: 'no',
      biometricsExempt: 2,
    };
    const seen = allSeen(before);
    for (const change of [{ dependentChildren: 1 }, { dependentChildren: 3 }, { spouseIncluded: false }] as Answers[]) {
      const after = askAgain(before, { answers: { ...before, ...change }, seen });
      expect(after.answers.biometricsExempt, JSON.stringify(change)).toBeUndefined();
      expect(after.seen).not.toContain('biometrics');
      expect(after.seen).toContain('family');
      expect(resume(after)).toBe('biometrics');
    }
  });

  it('keeps the biometrics answer when the family answers stay the same', () => {
    const before: Answers = {
      ...wholeInCanada,
      spouseIncluded: true,
      familyMemberPendingClaim: 'no',
      biometricsExempt: 1,
    };
    const seen = allSeen(before);
    const after = askAgain(before, { answers: { ...before, familyMemberPendingClaim: 'unsure' }, seen });
    expect(after).toEqual({ answers: { ...before, familyMemberPendingClaim: 'unsure' }, seen });
  });
});

describe('answers that no longer fit', () => {
  const {
    spouseOrPartnerInCanada: _spouse,
    permitHolderEligible: _permit,
    yearsInCanada: _years,
    ...rest
  } = wholeInCanada;
  const abroad: Answers = { ...rest, location: 'outside-canada', removal: 'removed', removalOrderType: 'deportation' };

  it('drops the removal answer when where the person is changes under it, and asks it again, keeping the rest', () => {
    const seen = allSeen(abroad);
    const moved: Answers = {
      ...abroad,
      location: 'in-canada',
      spouseOrPartnerInCanada: 'no',
      permitHolderEligible: 'no',
    };
    const { progress, clashes } = settle(askAgain(abroad, { answers: moved, seen }), asOf);
    expect(progress.answers.removal).toBeUndefined();
    expect(progress.answers.removalOrderType).toBeUndefined();
    expect(progress.answers).toMatchObject({ location: 'in-canada', hardships: ['establishment'], destination: 'ON' });
    expect(progress.seen).not.toContain('removal');
    expect(clashes).toEqual([{ code: 'removed-but-in-canada', field: 'removal', others: ['location'] }]);
    expect(resume(progress)).toBe('removal');
    expect(CLEARS.location).toEqual(expect.arrayContaining(['removal', 'removalOrderType']));
  });

  it('keeps a removal answer that still fits, and answers that fit together as they are', () => {
    const { removalOrderType: _type, ...none } = { ...abroad, removal: 'none' as const };
    const progress = { answers: { ...none, location: 'in-canada' as const }, seen: allSeen(none) };
    expect(settle(progress, asOf).progress.answers.removal).toBe('none');
    expect(settle({ answers: wholeInCanada, seen: allSeen(wholeInCanada) }, asOf)).toEqual({
      progress: { answers: wholeInCanada, seen: allSeen(wholeInCanada) },
      clashes: [],
    });
  });

  it('names the answers given before a step: those its choices must fit', () => {
    const before = answersBefore(stepById('removal'), wholeInCanada);
    expect(before).toMatchObject({ status: 'foreign-national', location: 'in-canada', destination: 'ON' });
    expect(before).not.toHaveProperty('removal');
    expect(before).not.toHaveProperty('refugeeClaim');
  });
});

describe('the journey as one object, asked by the pages', () => {
  const started: Progress = { answers: { status: 'foreign-national' }, seen: ['status'] };
  const whole: Progress = {
    answers: { ...wholeInCanada, biometricsExempt: 0 },
    seen: allSeen({ ...wholeInCanada, biometricsExempt: 0 }),
  };

  it('lists the steps that apply, as the journey derived from the answers', () => {
    expect(journeyOf(started, asOf).steps.map((s) => s.id)).toEqual(ids(started.answers));
  });

  it('goes back to the step before, and from the first step (or one off the journey) to the start', () => {
    const j = journeyOf(whole, asOf);
    expect(j.previous('location')).toEqual({ kind: 'step', stepId: 'status' });
    expect(j.previous('biometrics')).toEqual({ kind: 'step', stepId: 'family' });
    expect(j.previous('status')).toEqual({ kind: 'start' });
    expect(j.previous('designation-date')).toEqual({ kind: 'start' });
  });

  it('goes on to the step after, and to "Check your answers" after the last one', () => {
    expect(journeyOf(started, asOf).next('status')).toEqual({ kind: 'step', stepId: 'location' });
    // An earlier step still lacks its answer: the last step leads on to "Check your answers" all the same.
    const { homeCountryHelp: _unanswered, ...gap } = whole.answers;
    const j = journeyOf({ answers: gap, seen: whole.seen.filter((id) => id !== 'home-country-help') }, asOf);
    expect(j.steps.at(-1)?.id).toBe('years-in-canada');
    expect(j.resume()).toEqual({ kind: 'step', stepId: 'home-country-help' });
    expect(j.next('years-in-canada')).toEqual({ kind: 'check' });
    expect(j.next('severity')).toEqual({ kind: 'step', stepId: 'home-country-help' });
  });

  it('goes on to "Check your answers" from any step once every step is done', () => {
    expect(journeyOf(whole, asOf).next('status')).toEqual({ kind: 'check' });
  });

  it('resumes from a step that is not on the journey', () => {
    expect(journeyOf(started, asOf).next('designation-date')).toEqual({ kind: 'step', stepId: 'location' });
  });

  it('resumes at the first step not done, or at "Check your answers"', () => {
    expect(journeyOf(started, asOf).resume()).toEqual({ kind: 'step', stepId: 'location' });
    expect(journeyOf(whole, asOf).resume()).toEqual({ kind: 'check' });
  });

  it('lets a step be visited once every step before it is done, and never one off the journey', () => {
    const j = journeyOf(started, asOf);
    expect(j.canVisit('status')).toBe(true);
    expect(j.canVisit('location')).toBe(true);
    expect(j.canVisit('inadmissibility')).toBe(false);
    expect(journeyOf(whole, asOf).canVisit('designation-date')).toBe(false);
    expect(journeyOf(whole, asOf).canVisit('years-in-canada')).toBe(true);
  });

  it('says where a step stands, counting the typical journey while the status is not known', () => {
    expect(journeyOf({ answers: {}, seen: [] }, asOf).position('status')).toMatchObject({ current: 1 });
    expect(journeyOf({ answers: {}, seen: [] }, asOf).position('status').total).toBeGreaterThan(10);
    expect(journeyOf({ answers: { status: 'citizen' }, seen: [] }, asOf).position('status')).toEqual({
      current: 1,
      total: 1,
    });
    const j = journeyOf(whole, asOf);
    expect(j.position('biometrics')).toEqual({
      current: j.steps.findIndex((s) => s.id === 'biometrics') + 1,
      total: j.steps.length,
    });
  });

  it('keeps only the ids of steps on the journey when pruning seen marks read from storage', () => {
    expect(prune({ answers: { status: 'citizen' }, seen: ['status', 'location', 'no-such-step'] }, asOf).seen).toEqual([
      'status',
    ]);
  });
});
