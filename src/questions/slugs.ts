/**
 * Each step's address: `q` and its number in this list, the same in both languages (`/en/questions/q7`,
 * `/fr/questions/q7`), so that switching language keeps the place. An address names no question's
 * topic: the history list and the address bar's suggestions show nothing of what a person was asked
 * (decision 0013). The numbers follow this list, not the journey, and stay as they are as long as
 * the list's order does: a new step goes at the end. Kept apart from the question catalogue so the
 * start page and the language switch can map addresses without loading the engine.
 */
export const STEP_IDS = [
  'status',
  'location',
  'inadmissibility',
  'inadmissibility-found',
  'classes-in-canada',
  'destination',
  'removal',
  'removal-order-type',
  'refugee-claim',
  'withdrawn-after-evidence',
  'last-decision-date',
  'designated-foreign-national',
  'designation-date',
  'dfn-final-decision-date',
  'prra-pending',
  'pending-hc',
  'family-sponsor',
  'fear-of-return',
  'entry-date',
  'economic-profile',
  'caregiver-experience',
  'family',
  'biometrics',
  'children-affected',
  'child-harm',
  'life-risk',
  'hardships',
  'severity',
  'home-country-help',
  'years-in-canada',
] as const;

export type StepId = (typeof STEP_IDS)[number];

/** The last part of a step's address: `q1` for the first step of the list. */
export function stepAddress(id: StepId): string {
  return `q${STEP_IDS.indexOf(id) + 1}`;
}

/** The step an address's last part names, or undefined (`q0`, `q07`, `q99` or a word). */
export function stepIdForAddress(segment: string | undefined): StepId | undefined {
  const n = /^q([1-9]\d?)$/.exec(segment ?? '')?.[1];
  return n === undefined ? undefined : STEP_IDS[Number(n) - 1];
}

export function isStepId(id: string): id is StepId {
  return (STEP_IDS as readonly string[]).includes(id);
}
