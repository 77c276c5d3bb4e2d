/**
 * Addresses: `/en/…` and `/fr/…` with translated names, and numbered steps (`/en/questions/q3`). A place (start, a step, check your
 * answers, results) has one address in each language, so switching language keeps the place.
 */
import { stepAddress, stepIdForAddress, type StepId } from '../questions/slugs';
import type { Lang } from '../i18n/shell';

export type Place =
  { kind: 'start' } | { kind: 'step'; stepId: StepId } | { kind: 'check' } | { kind: 'results' } | { kind: 'answers' };

const SEGMENTS = {
  en: { questions: 'questions', check: 'check-your-answers', results: 'results', answers: 'your-answers' },
  fr: { questions: 'questions', check: 'verifier-vos-reponses', results: 'resultat', answers: 'vos-reponses' },
} as const;

export function routeSegments(lang: Lang) {
  return SEGMENTS[lang];
}

export function pathFor(lang: Lang, place: Place): string {
  const s = SEGMENTS[lang];
  switch (place.kind) {
    case 'start':
      return `/${lang}`;
    case 'check':
      return `/${lang}/${s.check}`;
    case 'results':
      return `/${lang}/${s.results}`;
    case 'answers':
      return `/${lang}/${s.answers}`;
    case 'step':
      return `/${lang}/${s.questions}/${stepAddress(place.stepId)}`;
  }
}

/** The place an address (without the base path) shows, or undefined when it is no page of ours. */
export function placeOf(pathname: string): { lang: Lang; place: Place } | undefined {
  const parts = pathname.split('/').filter(Boolean);
  const lang = parts[0];
  if (lang !== 'en' && lang !== 'fr') return undefined;
  const s = SEGMENTS[lang];
  if (parts.length === 1) return { lang, place: { kind: 'start' } };
  if (parts.length === 2 && parts[1] === s.check) return { lang, place: { kind: 'check' } };
  if (parts.length === 2 && parts[1] === s.results) return { lang, place: { kind: 'results' } };
  if (parts.length === 2 && parts[1] === s.answers) return { lang, place: { kind: 'answers' } };
  if (parts.length === 3 && parts[1] === s.questions) {
    const stepId = stepIdForAddress(parts[2]);
    if (stepId) return { lang, place: { kind: 'step', stepId } };
  }
  return undefined;
}

/** The same place in the other language. */
export function switchedPath(pathname: string, to: Lang): string {
  const found = placeOf(pathname);
  return found ? pathFor(to, found.place) : `/${to}`;
}
