/**
 * Complete answers for tests, from the scenario bases (tests/scenarios/bases.json): a person in
 * Canada and a person outside it, and `withAnswers` to change what a test's story needs. One
 * fixture instead of a copy per test file; each `withAnswers` is a fresh copy, so no test can
 * change another's answers.
 */
import bases from '../../tests/scenarios/bases.json' with { type: 'json' };
import type { Answers } from '../rules';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) Object.values(value).forEach(deepFreeze);
  return Object.freeze(value);
}

// The bases are checked by the engine as the scenarios' starting points (tests/scenarios.test.ts).
export const inCanada: Readonly<Answers> = deepFreeze(structuredClone(bases['in-canada']) as Answers);
export const outsideCanada: Readonly<Answers> = deepFreeze(structuredClone(bases['outside-canada']) as Answers);

/** `base` (in Canada unless given) with `overrides` written over it. */
export function withAnswers(overrides: Partial<Answers>, base: Readonly<Answers> = inCanada): Answers {
  return { ...(structuredClone(base) as Answers), ...structuredClone(overrides) };
}
