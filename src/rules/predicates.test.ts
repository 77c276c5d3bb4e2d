import { describe, expect, it } from 'vitest';
import type { Answers } from './fields';
import { UNSURE_ANSWERS, removalOrderMayBeInForce, unsureAnswers } from './predicates';

const inCanada = { status: 'foreign-national', location: 'in-canada', removal: 'none', refugeeClaim: 'none' } as const;

describe('a removal order may be in force', () => {
  it.each([
    ['no order and no claim', {}, false],
    ['an order made in Canada', { removal: 'order-in-canada' }, true],
    ['a claim rejected', { refugeeClaim: 'rejected' }, true],
    ['a claim abandoned', { refugeeClaim: 'abandoned' }, true],
    ['a claim withdrawn', { refugeeClaim: 'withdrawn' }, true],
    ['a claim found ineligible', { refugeeClaim: 'ineligible' }, true],
    ['a claim pending', { refugeeClaim: 'pending' }, false],
  ] as const)('in Canada, with %s: %s', (_what, change, expected) => {
    expect(removalOrderMayBeInForce({ ...inCanada, ...change })).toBe(expected);
  });

  it('never from outside Canada, whatever the claim', () => {
    expect(removalOrderMayBeInForce({ ...inCanada, location: 'outside-canada', refugeeClaim: 'rejected' })).toBe(false);
  });
});

describe('the answers given as not sure', () => {
  it('are named in the order they are asked, the spouse and permit holder answers only in Canada', () => {
    const unsure: Answers = {
      ...inCanada,
      inadmissibility: ['unsure'],
      spouseOrPartnerInCanada: 'unsure',
      permitHolderEligible: 'unsure',
      removalOrderType: 'unknown',
      familySponsor: 'unsure',
      economicProfile: 'unsure',
      caregiverExperience: 'unsure',
    };
    expect(unsureAnswers(unsure)).toEqual([...UNSURE_ANSWERS]);
    expect(unsureAnswers({ ...unsure, location: 'outside-canada' })).not.toContain('spouseOrPartnerInCanada');
    expect(unsureAnswers({ ...inCanada, inadmissibility: ['health'], familySponsor: 'yes' })).toEqual([]);
  });
});
