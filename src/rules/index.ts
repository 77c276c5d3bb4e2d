/**
 * The rules engine's one door. Everything outside `src/rules` imports from here and nowhere else.
 * Nothing in the engine imports React, the catalogues or browser globals, or reads the clock.
 */
export { assess, type Assessment, type FiredRule } from './assess';
export {
  checkCaseFile, shownValue, CASE_FILE_FORMAT, CASE_FILE_VERSION,
  type CaseFile, type CaseFileCheck, type CheckMode, type Problem, type ProblemCode,
} from './case-file';
export { citationLinks, type CitationLinks } from './citations';
export { addDays, endOfMonthsAfter, isIsoDate, nextDay, type IsoDate } from './dates';
export * from './fields';
export { feesFor, type FeeItem, type FeeItemId, type Fees } from './fees';
export type { NextStep, Outcome } from './next-steps';
export { dayPeriods, facts, feeSets, lawDates, only, periods, valueOn, type Dated, type FeeSet, type Parameter } from './parameters';
export { RULES, RULE_IDS, type Effect, type Rule, type Step } from './table';
export { renderRegister } from './register';

/** Changes whenever a rule, a citation or a parameter changes; saved in case files. */
export const RULES_VERSION = '2026-05-31.1';
export { MAX_CASE_FILE_BYTES, MAX_CASE_FILE_DEPTH, parseCaseFileText, type JsonRead } from './read-json';
