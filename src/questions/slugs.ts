/**
 * Each step's address in each language. Kept apart from the question catalogue so the start page
 * and the language switch can map addresses without loading the engine.
 */
export const STEP_SLUGS = {
  status: { en: 'status', fr: 'statut' },
  location: { en: 'location', fr: 'lieu' },
  inadmissibility: { en: 'inadmissibility', fr: 'interdiction-de-territoire' },
  'inadmissibility-found': { en: 'inadmissibility-decision', fr: 'decision-d-interdiction' },
  'classes-in-canada': { en: 'classes-in-canada', fr: 'categories-au-canada' },
  destination: { en: 'province', fr: 'province' },
  removal: { en: 'removal', fr: 'renvoi' },
  'removal-order-type': { en: 'removal-order', fr: 'mesure-de-renvoi' },
  'refugee-claim': { en: 'refugee-claim', fr: 'demande-d-asile' },
  'withdrawn-after-evidence': { en: 'claim-withdrawal', fr: 'retrait-de-la-demande' },
  'last-decision-date': { en: 'last-decision', fr: 'derniere-decision' },
  'designated-foreign-national': { en: 'designation', fr: 'designation' },
  'designation-date': { en: 'designation-date', fr: 'date-de-designation' },
  'dfn-final-decision-date': { en: 'final-decision', fr: 'decision-definitive' },
  'prra-pending': { en: 'prra', fr: 'erar' },
  'pending-hc': { en: 'other-hc-request', fr: 'autre-demande-ch' },
  'family-sponsor': { en: 'sponsor', fr: 'repondant' },
  'fear-of-return': { en: 'fear-of-return', fr: 'crainte-de-retour' },
  'entry-date': { en: 'entry-date', fr: 'date-d-entree' },
  'economic-profile': { en: 'work-and-studies', fr: 'travail-et-etudes' },
  'caregiver-experience': { en: 'caregiving', fr: 'aide-familial' },
  family: { en: 'family', fr: 'famille' },
  biometrics: { en: 'biometrics', fr: 'donnees-biometriques' },
  'children-affected': { en: 'children', fr: 'enfants' },
  'child-harm': { en: 'harm-to-a-child', fr: 'prejudice-a-un-enfant' },
  'life-risk': { en: 'medical-care', fr: 'soins-medicaux' },
  hardships: { en: 'hardships', fr: 'difficultes' },
  severity: { en: 'severity', fr: 'gravite' },
  'home-country-help': { en: 'help-at-home', fr: 'aide-dans-le-pays' },
  'years-in-canada': { en: 'years-in-canada', fr: 'annees-au-canada' },
} as const;

export type StepId = keyof typeof STEP_SLUGS;

export function stepIdForSlug(lang: 'en' | 'fr', slug: string | undefined): StepId | undefined {
  return (Object.keys(STEP_SLUGS) as StepId[]).find((id) => STEP_SLUGS[id][lang] === slug);
}

export function isStepId(id: string): id is StepId {
  return Object.hasOwn(STEP_SLUGS, id);
}
