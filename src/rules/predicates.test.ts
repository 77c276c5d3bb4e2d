import { describe, expect, it } from 'vitest';
import { removalOrderMayBeInForce } from './predicates';

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
