/**
 * Properties of `assess` over generated valid case files (tests/unit/case-file-arbitrary.ts): what
 * must hold for every file, not only for the scenarios someone thought of.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RULES, assess, checkCaseFile, nextDay, type Assessment, type CaseFile } from '../../src/rules';
import { validCaseFiles, type Generated } from './case-file-arbitrary';

const RUNS = { numRuns: 200 };
const OUTCOMES = ['not-eligible', 'use-other-class', 'barred', 'can-apply'];
const STEP_OF = new Map(RULES.map((r) => [r.id, r.step]));

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** Checks the generated file and assesses it; a generator bug shows as a failed check. */
function assessed({ caseFile, asOf }: Generated): Assessment {
  const check = checkCaseFile(caseFile, asOf);
  if (!check.ok) throw new Error(`generated an invalid file: ${check.problems.map((p) => `${p.code} ${p.path}`).join('; ')}`);
  return assess(check.caseFile, asOf);
}

const open = (a: Assessment) => a.outcome === 'barred' || a.outcome === 'can-apply';

describe('assess, over generated valid case files', () => {
  it('gets only complete files that pass the check, and every outcome among them', () => {
    const seen = new Set<string>();
    fc.assert(fc.property(validCaseFiles, (g) => {
      const check = checkCaseFile(g.caseFile, g.asOf);
      expect(check.ok ? [] : check.problems).toEqual([]);
      expect(check.missing).toEqual([]);
      seen.add(assessed(g).outcome);
    }), RUNS);
    // A generator that never reaches an outcome would make the other properties weak.
    expect([...seen].sort()).toEqual([...OUTCOMES].sort());
  });

  it('gives the same assessment for the same file and date, and leaves the file untouched', () => {
    fc.assert(fc.property(validCaseFiles, (g) => {
      const before = structuredClone(g.caseFile);
      const check = checkCaseFile(deepFreeze(g.caseFile), g.asOf);
      if (!check.ok) return expect.fail('invalid');
      const frozen = deepFreeze(check.caseFile as CaseFile);
      expect(assess(frozen, g.asOf)).toEqual(assess(structuredClone(frozen), g.asOf));
      expect(g.caseFile).toEqual(before);
    }), RUNS);
  });

  it('decides exactly one of the four outcomes, and the pathway, fees and listed rules follow it', () => {
    fc.assert(fc.property(validCaseFiles, (g) => {
      const a = assessed(g);
      expect(OUTCOMES.filter((o) => o === a.outcome)).toHaveLength(1);
      expect(a.pathway !== null).toBe(open(a));
      if (!open(a)) expect(a.fees).toBeNull();
      if (a.pathway === 'outside-canada') expect(a.fees).toBeNull();
      const listed = a.rules.filter((r) => STEP_OF.get(r.id) === 'listed');
      expect(listed.length > 0, 'listed rules (judicial review at least) exactly when the outcome is open').toBe(open(a));
      const hasBar = a.rules.some((r) => r.effect === 'bar');
      const decidedEarlier = a.rules.some((r) => r.effect === 'exclude' || r.effect === 'redirect');
      expect(a.outcome === 'barred', 'barred exactly when a bar holds and no earlier step decided').toBe(hasBar && !decidedEarlier);
    }), RUNS);
  });

  it('lets an exclusion win over everything', () => {
    fc.assert(fc.property(validCaseFiles, (g) => {
      const a = assessed(g);
      if (a.rules.some((r) => r.effect === 'exclude')) expect(a.outcome).toBe('not-eligible');
      if (a.rules.some((r) => r.effect === 'redirect') && a.outcome !== 'not-eligible') expect(a.outcome).toBe('use-other-class');
    }), RUNS);
  });

  it('never turns barred into can-apply when a bar is added, and an added bar bars whoever could apply', () => {
    fc.assert(fc.property(validCaseFiles.filter((g) => g.caseFile.answers.status === 'foreign-national'), (g) => {
      const before = assessed(g);
      const withBar = { ...g, caseFile: { ...g.caseFile, answers: { ...g.caseFile.answers, pendingHc: true } } };
      const after = assessed(withBar);
      if (open(before)) {
        expect(after.outcome).toBe('barred');
        expect(after.earliestApplicationDate).toBeNull();
      } else {
        expect(after.outcome).toBe(before.outcome);
      }
    }), RUNS);
  });

  it('gives an earliest date only when barred, after the evaluation date, the day after the latest bar', () => {
    fc.assert(fc.property(validCaseFiles, (g) => {
      const a = assessed(g);
      if (a.earliestApplicationDate === null) return;
      expect(a.outcome).toBe('barred');
      expect(a.earliestApplicationDate > a.asOf).toBe(true);
      const untils = a.rules.filter((r) => r.effect === 'bar').map((r) => r.until as string).sort();
      expect(a.earliestApplicationDate).toBe(nextDay(untils[untils.length - 1] as string));
    }), RUNS);
  });

  it('returns an assessment that survives JSON unchanged', () => {
    fc.assert(fc.property(validCaseFiles, (g) => {
      const a = assessed(g);
      expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    }), RUNS);
  });
});
