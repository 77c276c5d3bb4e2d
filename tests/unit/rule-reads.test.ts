/**
 * Each rule's `reads` (the answers its condition looks at, shown to consultants) is honest: over
 * generated case files, changing any other answer never changes whether the rule holds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIELD_IDS, RULES, applicableAnswers, fieldSchemas, type Answers, type FieldId } from '../../src/rules';
import { validCaseFiles } from './case-file-arbitrary';

interface SchemaDef { def?: { entries?: Record<string, string>; element?: { def?: { entries?: Record<string, string> } } } }

/** A few valid values of each field, enough to flip any condition. */
function samples(field: FieldId): unknown[] {
  const def = (fieldSchemas[field] as unknown as SchemaDef).def;
  const entries = def?.entries ?? def?.element?.def?.entries;
  const candidates = entries
    ? (def?.element ? [[], ...Object.values(entries).map((v) => [v])] : Object.values(entries))
    : [true, false, 0, 3, '2021-01-31', '2024-02-29', '2025-06-01'];
  return candidates.filter((v) => fieldSchemas[field].safeParse(v).success);
}

const SAMPLES = new Map(FIELD_IDS.map((f) => [f, samples(f)]));

const matches = (ruleIndex: number, answers: Answers, asOf: string) =>
  JSON.stringify(RULES[ruleIndex]?.when({ answers: applicableAnswers(answers), asOf }));

describe('what each rule reads', () => {
  it('has sample values for every answer', () => {
    expect(FIELD_IDS.filter((f) => (SAMPLES.get(f) ?? []).length < 2)).toEqual([]);
  });

  it('lists every answer its condition depends on', () => {
    fc.assert(fc.property(validCaseFiles, ({ caseFile, asOf }) => {
      const base = caseFile.answers;
      RULES.forEach((rule, ruleIndex) => {
        // Listed rules are only evaluated for foreign nationals: status stays as it is for them.
        const fixed = new Set<FieldId>([...rule.reads, ...(rule.step === 'listed' ? ['status' as const] : [])]);
        const before = matches(ruleIndex, base, asOf);
        for (const field of FIELD_IDS.filter((f) => !fixed.has(f))) {
          for (const value of SAMPLES.get(field) ?? []) {
            const changed = { ...base, [field]: value } as Answers;
            expect(matches(ruleIndex, changed, asOf), `${rule.id} changed when ${field} became ${JSON.stringify(value)}`).toBe(before);
          }
        }
      });
    }), { numRuns: 80 });
  }, 30_000);
});
