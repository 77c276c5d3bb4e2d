/**
 * Properties of `assess` over generated valid case files of both versions and evaluation dates from
 * 2002-06-28 (tests/unit/case-file-arbitrary.ts): what must hold for every file, not only for the
 * scenarios someone thought of.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  OUTCOMES,
  RULES,
  addDays,
  assess,
  checkCaseFile,
  inForceOn,
  nextDay,
  peopleInApplication,
  ruleById,
  type Assessment,
  type CaseFile,
} from '../../src/rules';
import { validCaseFiles, type Generated } from './case-file-arbitrary';

const RUNS = { numRuns: 300 };
const STEP_OF = new Map(RULES.map((r) => [r.id, r.step]));
const DATED = RULES.filter((r) => r.inForce !== undefined);

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
  if (!check.ok)
    throw new Error(`generated an invalid file: ${check.problems.map((p) => `${p.code} ${p.path}`).join('; ')}`);
  return assess(check.caseFile, asOf);
}

/** The same file assessed on another date, or undefined when it is not valid then (a date in it would be later). */
function assessedOn(caseFile: CaseFile, asOf: string): Assessment | undefined {
  const check = checkCaseFile(caseFile, asOf);
  return check.ok ? assess(check.caseFile, asOf) : undefined;
}

const open = (a: Assessment) => a.outcome === 'barred' || a.outcome === 'can-apply';
/** The words of a next-step code: its parts between `.` and `-` (spec §3). */
const words = (code: string) => code.split(/[.-]/);

describe('assess, over generated valid case files', () => {
  it('gets only complete files that pass the check, of both versions, and every outcome among them', () => {
    const seen = new Set<string>();
    const versions = new Set<number>();
    fc.assert(
      fc.property(validCaseFiles, (g) => {
        const check = checkCaseFile(g.caseFile, g.asOf);
        expect(check.ok ? [] : check.problems).toEqual([]);
        expect(check.missing).toEqual([]);
        seen.add(assessed(g).outcome);
        versions.add(g.caseFile.version);
      }),
      RUNS,
    );
    // A generator that never reaches an outcome or a version would make the other properties weak.
    expect([...seen].sort()).toEqual([...OUTCOMES].sort());
    expect([...versions].sort()).toEqual([1, 2]);
  });

  it('gives the same assessment for the same file and date, and leaves the file untouched', () => {
    fc.assert(
      fc.property(validCaseFiles, (g) => {
        const before = structuredClone(g.caseFile);
        const check = checkCaseFile(deepFreeze(g.caseFile), g.asOf);
        if (!check.ok) return expect.fail('invalid');
        const frozen = deepFreeze(check.caseFile as CaseFile);
        expect(assess(frozen, g.asOf)).toEqual(assess(structuredClone(frozen), g.asOf));
        expect(g.caseFile).toEqual(before);
      }),
      RUNS,
    );
  });

  it('decides exactly one of the four outcomes, and the pathway, fees and listed rules follow it', () => {
    fc.assert(
      fc.property(validCaseFiles, (g) => {
        const a = assessed(g);
        expect(OUTCOMES.filter((o) => o === a.outcome)).toHaveLength(1);
        expect(a.pathway !== null).toBe(open(a));
        if (!open(a)) expect(a.fees).toBeNull();
        if (a.pathway === 'outside-canada') expect(a.fees).toBeNull();
        const listed = a.rules.filter((r) => STEP_OF.get(r.id) === 'listed');
        expect(listed.length > 0, 'listed rules (judicial review at least) exactly when the outcome is open').toBe(
          open(a),
        );
        if (open(a))
          expect(a.rules.map((r) => r.id)).toEqual(
            expect.arrayContaining(['warn.declare-family-members', 'inform.judicial-review']),
          );
        const hasBar = a.rules.some((r) => r.effect === 'bar');
        const decidedEarlier = a.rules.some((r) => r.effect === 'exclude' || r.effect === 'redirect');
        expect(a.outcome === 'barred', 'barred exactly when a bar holds and no earlier step decided').toBe(
          hasBar && !decidedEarlier,
        );
      }),
      RUNS,
    );
  });

  it('lets an exclusion win over everything', () => {
    fc.assert(
      fc.property(validCaseFiles, (g) => {
        const a = assessed(g);
        if (a.rules.some((r) => r.effect === 'exclude')) expect(a.outcome).toBe('not-eligible');
        if (a.rules.some((r) => r.effect === 'redirect') && a.outcome !== 'not-eligible')
          expect(a.outcome).toBe('use-other-class');
      }),
      RUNS,
    );
  });

  it('never turns barred into can-apply when a bar is added, and an added bar in force bars whoever could apply', () => {
    const pendingHcFrom = ruleById('bar.pending-hc').inForce?.from ?? '';
    fc.assert(
      fc.property(
        validCaseFiles.filter((g) => g.caseFile.answers.status === 'foreign-national'),
        (g) => {
          const before = assessed(g);
          const withBar = { ...g, caseFile: { ...g.caseFile, answers: { ...g.caseFile.answers, pendingHc: true } } };
          const after = assessed(withBar);
          if (open(before) && g.asOf >= pendingHcFrom) {
            expect(after.outcome).toBe('barred');
            expect(after.earliestApplicationDate).toBeNull();
          } else {
            expect(after.outcome).toBe(before.outcome);
          }
        },
      ),
      RUNS,
    );
  });

  it('gives an earliest date only when barred, after the evaluation date, the day after the latest bar', () => {
    fc.assert(
      fc.property(validCaseFiles, (g) => {
        const a = assessed(g);
        if (a.earliestApplicationDate === null) return;
        expect(a.outcome).toBe('barred');
        expect(a.earliestApplicationDate > a.asOf).toBe(true);
        const untils = a.rules
          .filter((r) => r.effect === 'bar')
          .map((r) => r.until as string)
          .sort();
        expect(a.earliestApplicationDate).toBe(nextDay(untils[untils.length - 1] as string));
      }),
      RUNS,
    );
  });

  it('returns an assessment that survives JSON unchanged', () => {
    fc.assert(
      fc.property(validCaseFiles, (g) => {
        const a = assessed(g);
        expect(JSON.parse(JSON.stringify(a))).toEqual(a);
      }),
      RUNS,
    );
  });
});

describe('rules in force on the evaluation date', () => {
  it('lists only rules in force on the evaluation date', () => {
    fc.assert(
      fc.property(validCaseFiles, (g) => {
        const a = assessed(g);
        for (const { id } of a.rules) expect(inForceOn(ruleById(id), g.asOf), `${id} on ${g.asOf}`).toBe(true);
      }),
      RUNS,
    );
  });

  it('never lists a rule on any date before its in-force date, for any case file', () => {
    fc.assert(
      fc.property(validCaseFiles, fc.integer({ min: 1, max: 4000 }), (g, daysBefore) => {
        for (const rule of DATED) {
          const from = rule.inForce?.from ?? '';
          for (const date of [addDays(from, -1), addDays(from, -daysBefore)]) {
            const a = assessedOn(g.caseFile, date);
            if (a)
              expect(
                a.rules.map((r) => r.id),
                `${rule.id} on ${date}`,
              ).not.toContain(rule.id);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('what a barred person is told to do', () => {
  it('never asks a barred person to pay or to submit anything', () => {
    let barred = 0;
    fc.assert(
      fc.property(validCaseFiles, (g) => {
        const a = assessed(g);
        if (a.outcome !== 'barred') return;
        barred += 1;
        const asking = a.nextSteps.filter((code) =>
          words(code).some((w) => w.startsWith('pay') || w.startsWith('submit')),
        );
        expect(asking, `next steps on ${g.asOf}`).toEqual([]);
      }),
      RUNS,
    );
    expect(barred, 'some generated files are barred').toBeGreaterThan(0);
  });

  it('reads the words of a code between dots and hyphens', () => {
    expect(words('step.pay-fees')).toEqual(['step', 'pay', 'fees']);
    expect(words('step.submit-online')).toEqual(['step', 'submit', 'online']);
  });
});

describe('fees, over generated valid case files', () => {
  it('follow the set in force: none before 2022-04-30, a total only when every amount in it is known, biometrics 0, 85 or 170', () => {
    fc.assert(
      fc.property(validCaseFiles, (g) => {
        const a = assessed(g);
        if (a.fees === null || g.asOf < '2022-04-30') {
          if (g.asOf < '2022-04-30') expect(a.fees).toBeNull();
          return;
        }
        const inTotal = a.fees.items.filter((i) => i.inTotal !== false);
        const unknown = inTotal.some((i) => i.unitAmount === null);
        expect(a.fees.total === null).toBe(unknown);
        if (unknown) expect(a.fees.verified).toBe(false);
        if (!unknown) expect(a.fees.total).toBe(inTotal.reduce((sum, i) => sum + (i.unitAmount ?? 0) * i.count, 0));
        const biometrics = a.fees.items.find((i) => i.id === 'biometrics');
        const answers = g.caseFile.answers;
        const giving = peopleInApplication(answers) - (answers.biometricsExempt ?? 0);
        expect(biometrics).toMatchObject({
          count: giving,
          amount: giving === 0 ? 0 : giving === 1 ? 85 : 170,
          inTotal: false,
        });
      }),
      RUNS,
    );
  });
});
