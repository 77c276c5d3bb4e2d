/**
 * The facts the page states that are not rules of the engine (processing times, the biometrics
 * age, the PEQ closing date), read from the engine's dated parameters so no sentence carries a
 * number of its own.
 */
import { facts, only } from '../rules';

export const FIGURES = {
  processingMonths: {
    quebec: only(facts.processingMonthsQuebec),
    elsewhere: only(facts.processingMonthsElsewhere),
    on: facts.processingMonthsQuebec.series[0]?.from ?? '',
  },
  biometricsMinimumAge: only(facts.biometricsMinimumAge),
  peqClosed: only(facts.peqClosed),
} as const;
