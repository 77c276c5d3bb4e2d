/**
 * Each rule's `RULE_READS` entry (the answers its condition looks at, shown to consultants) is honest: over
 * generated case files, changing any other answer never changes whether the rule holds, or its
 * `until`. Rules are evaluated exactly as `assess` evaluates them (`evaluateRules`: applicable
 * answers, the parameters on the date, the file's version, and for listed rules what steps 1–5
 * decided), so a listed rule that depends on a bar must read that bar's answers too. And it lists
 * nothing more: for each answer it lists, some file (a policy scenario, or one of a fixed sample of
 * generated files) changes whether the rule holds, or what its sentence says, when that answer
 * changes. The trace and the why-not table show these answers as the ones each rule read.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DESTINATIONS,
  FIELD_IDS,
  HARDSHIPS,
  HOME_COUNTRY_HELP,
  INADMISSIBILITY_GROUNDS,
  LOCATIONS,
  REFUGEE_CLAIMS,
  REMOVALS,
  REMOVAL_ORDER_TYPES,
  RULES,
  SEVERITIES,
  STATUSES,
  YES_NO,
  YES_NO_UNSURE,
  addDays,
  applicableAnswers,
  checkCaseFile,
  evaluateRules,
  fieldSchemas,
  sentenceValues,
  type Answers,
  type CaseFile,
  type CaseFileVersion,
  type FieldId,
  type IsoDate,
  type RuleId,
} from '../../src/rules';
import { RULE_READS } from '../../src/rules/rule-reads';
import { validCaseFiles } from './case-file-arbitrary';

const BOOLEANS = [true, false];
const COUNTS = [0, 1, 3];

/**
 * Dates that fall on each side of the periods the rules count from a decision or an entry, and two
 * fixed ones so that an entry date (never before 2020-06-25) has values on any evaluation date.
 */
const datesAround = (asOf: IsoDate) => [
  asOf,
  addDays(asOf, -1),
  addDays(asOf, -340),
  addDays(asOf, -400),
  addDays(asOf, -1900),
  '2020-06-25',
  '2024-02-29',
];

/** A few valid values of each answer, enough to flip any condition; every field must be listed. */
function samples(asOf: IsoDate): Record<FieldId, readonly unknown[]> {
  const dates = datesAround(asOf);
  return {
    status: STATUSES,
    location: LOCATIONS,
    destination: DESTINATIONS,
    removal: REMOVALS,
    removalOrderType: REMOVAL_ORDER_TYPES,
    inadmissibility: [[], ['unsure'], ...INADMISSIBILITY_GROUNDS.map((g) => [g])],
    inadmissibilityFound: BOOLEANS,
    spouseOrPartnerInCanada: YES_NO_UNSURE,
    permitHolderEligible: YES_NO_UNSURE,
    refugeeClaim: REFUGEE_CLAIMS,
    withdrawnAfterEvidence: BOOLEANS,
    lastDecisionDate: dates,
    prraPending: BOOLEANS,
    pendingHc: BOOLEANS,
    designatedForeignNational: BOOLEANS,
    designationDate: dates,
    dfnFinalDecisionDate: dates,
    familySponsor: YES_NO_UNSURE,
    fearOfReturn: YES_NO,
    entryDate: dates,
    economicProfile: YES_NO_UNSURE,
    caregiverExperience: YES_NO_UNSURE,
    spouseIncluded: BOOLEANS,
    dependentChildren: COUNTS,
    familyMemberPendingClaim: YES_NO_UNSURE,
    biometricsExempt: COUNTS,
    childrenAffected: BOOLEANS,
    childHarm: YES_NO,
    lifeRiskNoMedicalCare: BOOLEANS,
    hardships: [[], ...HARDSHIPS.map((h) => [h]), ['costs-of-return', 'safety']],
    severity: SEVERITIES,
    homeCountryHelp: HOME_COUNTRY_HELP,
    yearsInCanada: [0, 2.5, 10],
  };
}

/** Valid values only (an entry date before the first that counts is not a value a file may hold). */
function validSamples(field: FieldId, asOf: IsoDate): unknown[] {
  return samples(asOf)[field].filter((v) => fieldSchemas[field].safeParse(v).success);
}

/** Whether each rule holds on these answers, and until when, as `assess` evaluates it. */
function holding(answers: Answers, asOf: IsoDate, version: CaseFileVersion): Map<RuleId, string> {
  const { decisive, listed } = evaluateRules(answers, asOf, version);
  return new Map([...decisive, ...listed].map(({ rule, match }) => [rule.id, JSON.stringify(match)]));
}

/** Whether each rule holds and, when it does, what its sentence says (a rule may read an answer for that only). */
function holdingAndSaying(answers: Answers, asOf: IsoDate, version: CaseFileVersion): Map<RuleId, string> {
  const said = new Map<RuleId, string>();
  for (const [id, match] of holding(answers, asOf, version))
    said.set(id, `${match} ${JSON.stringify(sentenceValues(id, applicableAnswers(answers), asOf))}`);
  return said;
}

/**
 * Files to change one answer of: every valid policy scenario (together they make every rule fire,
 * and from a rule that fires a change shows what it reads), and generated files for the rest.
 */
function seeds(): { caseFile: CaseFile; asOf: IsoDate }[] {
  const dir = fileURLToPath(new URL('../scenarios/', import.meta.url));
  const read = (name: string) => JSON.parse(readFileSync(`${dir}${name}`, 'utf8'));
  const bases = read('bases.json') as Record<string, Answers>;
  const fromScenarios = readdirSync(dir)
    .filter((name) => name.endsWith('.json') && name !== 'bases.json')
    .flatMap((name) => (read(name) as { scenarios: ScenarioSeed[] }).scenarios)
    .flatMap((s) => {
      const answers: Record<string, unknown> = { ...(s.base ? bases[s.base] : {}), ...s.answers };
      for (const key of s.without ?? []) delete answers[key];
      const check = checkCaseFile({ format: 'hc-case', version: s.version ?? 2, answers }, s.asOf, 'complete');
      return check.ok ? [{ caseFile: check.caseFile, asOf: s.asOf }] : [];
    });
  return [...fromScenarios, ...fc.sample(validCaseFiles, { numRuns: 100, seed: 14 })];
}

interface ScenarioSeed {
  asOf: IsoDate;
  version?: CaseFileVersion;
  base?: string;
  answers?: Record<string, unknown>;
  without?: string[];
}

describe('what each rule reads', () => {
  it('has at least two valid sample values for every answer, on any date', () => {
    for (const asOf of ['2002-06-28', '2021-06-01', '2026-06-01']) {
      expect(
        FIELD_IDS.filter((f) => validSamples(f, asOf).length < 2),
        asOf,
      ).toEqual([]);
    }
  });

  it('lists every answer its condition depends on', () => {
    fc.assert(
      fc.property(validCaseFiles, ({ caseFile, asOf }) => {
        const base = caseFile.answers;
        const before = holding(base, asOf, caseFile.version);
        for (const field of FIELD_IDS) {
          for (const value of validSamples(field, asOf)) {
            const after = holding({ ...base, [field]: value } as Answers, asOf, caseFile.version);
            for (const rule of RULES) {
              // Listed rules count only for foreign nationals (steps 1–2 decide for anyone else): status stays as it is for them.
              if (RULE_READS[rule.id].includes(field) || (rule.step === 'listed' && field === 'status')) continue;
              expect(
                after.get(rule.id),
                `${rule.id} changed on ${asOf} when ${field} became ${JSON.stringify(value)}`,
              ).toBe(before.get(rule.id));
            }
          }
        }
      }),
      { numRuns: 80 },
    );
  }, 60_000);
  it('lists only answers that matter: changing each one changes whether the rule holds, or its sentence', () => {
    const witnessed = new Set<string>();
    for (const { caseFile, asOf } of seeds()) {
      const base = caseFile.answers;
      const before = holdingAndSaying(base, asOf, caseFile.version);
      for (const field of FIELD_IDS) {
        for (const value of validSamples(field, asOf)) {
          const after = holdingAndSaying({ ...base, [field]: value } as Answers, asOf, caseFile.version);
          for (const rule of RULES)
            if (after.get(rule.id) !== before.get(rule.id)) witnessed.add(`${rule.id} ${field}`);
        }
      }
    }
    const unwitnessed = RULES.flatMap((rule) =>
      [...new Set(RULE_READS[rule.id])].map((field) => `${rule.id} ${field}`).filter((pair) => !witnessed.has(pair)),
    );
    expect(unwitnessed).toEqual([]);
  }, 60_000);
});
