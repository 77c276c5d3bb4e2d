/**
 * Complete answers the browser tests start from, written over the shared fixture
 * (src/testing/answers.ts): a family in Montreal that can apply from inside Canada (the contract's
 * first worked example, with the answers version 2 adds: no family member with a pending claim,
 * one child under 14), and a person abroad who can apply with a family class application. Tests
 * spread them and change what their story needs.
 */
import type { Answers } from '../../../src/rules';
import { outsideCanada, withAnswers } from '../../../src/testing/answers';

export const montrealFamily: Readonly<Answers> = withAnswers({
  destination: 'QC',
  spouseIncluded: true,
  dependentChildren: 1,
  familyMemberPendingClaim: 'no',
  biometricsExempt: 1,
  childrenAffected: true,
  childHarm: 'yes',
  hardships: ['establishment', 'family-separation'],
  severity: 'severe',
  homeCountryHelp: 'not-sought-with-reason',
  yearsInCanada: 4,
});

export const fromAbroad: Readonly<Answers> = withAnswers(
  { destination: 'QC', familySponsor: 'yes', homeCountryHelp: 'sought-no-proof' },
  outsideCanada,
);
