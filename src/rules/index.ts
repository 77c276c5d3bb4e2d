/**
 * The rules engine's one door. Everything outside `src/rules` imports from here and nowhere else.
 * Nothing in the engine imports React, the catalogues or browser globals, or reads the clock.
 */
export { assess, type Assessment, type FiredRule, type Pathway } from './assess';
export {
  checkAnswers,
  checkCaseFile,
  dateTooEarlyParams,
  shownValue,
  CASE_FILE_FORMAT,
  CASE_FILE_VERSION,
  CROSS_FIELD_PROBLEMS,
  EARLIEST_EVALUATION_DATE,
  type CaseFile,
  type CaseFileCheck,
  type CheckMode,
  type Problem,
  type ProblemCode,
} from './case-file';
export { citationLinks, type CitationLinks } from './citations';
export { addDays, endOfMonthsAfter, isIsoDate, nextDay, type IsoDate } from './dates';
export { earlyDecidingStep, evaluateRules, requiredFields } from './evaluate';
export * from './fields';
export { FEE_ITEM_IDS, feesFor, type FeeItem, type FeeItemId, type Fees } from './fees';
export { NEXT_STEPS, OUTCOMES, type NextStep, type Outcome } from './next-steps';
export {
  ALL_PARAMETERS,
  PARAMETERS,
  legalValues,
  only,
  parametersOn,
  valueOn,
  type Dated,
  type FeeSet,
  type LegalValues,
  type Parameter,
  type ParameterName,
  type ParametersOn,
} from './parameters';
export {
  NON_EXEMPTIBLE_GROUNDS,
  familyIncluded,
  isForeignNational,
  isInCanada,
  peopleInApplication,
  removalOrderMayBeInForce,
  unsureAnswers,
  UNSURE_ANSWERS,
  type UnsureAnswer,
} from './predicates';
export {
  PENDING_AMENDMENTS,
  RULES,
  RULE_IDS,
  inForceOn,
  isRuleId,
  ruleById,
  type Effect,
  type InForce,
  type Rule,
  type RuleId,
  type SentenceValues,
  type Step,
  sentenceValues,
} from './table';
export { RULES_VERSION } from './rules-version';
export { MAX_CASE_FILE_BYTES, MAX_CASE_FILE_DEPTH, parseCaseFileText, type JsonRead } from './read-json';
