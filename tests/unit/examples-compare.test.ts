/**
 * The comparer of the worked examples (tests/examples/compare.mjs), shared by the scenario loader
 * and scripts/check-examples.mjs, reads the examples' format exactly as tests/examples/README.md
 * describes it: an exact set of other rules, a null total that is not "no fees", the verified flag
 * and the biometrics item, and no unknown key.
 */
import { describe, expect, it } from 'vitest';
import { compareExample } from '../examples/compare.mjs';

describe('the comparer of the worked examples itself', () => {
  const assessment = {
    asOf: '2026-06-01',
    outcome: 'can-apply',
    pathway: 'in-canada',
    earliestApplicationDate: null,
    rules: [
      { id: 'lift.twelve-month', effect: 'lift', citations: ['IRPA s. 25(1.21)'], until: '2026-09-01' },
      { id: 'warn.declare-family-members', effect: 'warn', citations: ['IRPR s. 10(2)'] },
      { id: 'inform.judicial-review', effect: 'inform', citations: ['IRPA s. 72(2)(b)'] },
    ],
    fees: {
      verified: false,
      total: null,
      items: [{ id: 'biometrics', unitAmount: 85, count: 2, amount: 170, inTotal: false }],
    },
    nextSteps: [],
  };
  const ran = (a: unknown) => ({ status: 0, stdout: JSON.stringify(a), stderr: '' });
  const expected = {
    outcome: 'can-apply',
    pathway: 'in-canada',
    earliestApplicationDate: null,
    decisiveRules: [{ id: 'lift.twelve-month', until: '2026-09-01' }],
    alsoListed: ['warn.declare-family-members', 'inform.judicial-review'],
    feesTotal: null,
    feesVerified: false,
    biometrics: { count: 2, amount: 170 },
  };

  it('passes an assessment that shows exactly what the example expects', () => {
    expect(compareExample(ran(assessment), expected)).toEqual([]);
  });

  it.each([
    [
      'a rule listed that alsoListed does not name',
      { alsoListed: ['inform.judicial-review'] },
      /rules listed that the example does not list/,
    ],
    [
      'a rule alsoListed names that is not listed',
      { alsoListed: [...expected.alsoListed, 'inform.two-stage-process'] },
      /missing rules/,
    ],
    ['another until', { decisiveRules: [{ id: 'lift.twelve-month', until: '2026-09-02' }] }, /until/],
    ['a total where the example expects it unknown', { feesTotal: 1210 }, /fees\.total/],
    ['no fees where the example expects a null total', { fees: null }, /fees: got/],
    ['another verified flag', { feesVerified: true }, /fees\.verified/],
    ['another biometrics count', { biometrics: { count: 3, amount: 170 } }, /biometrics item/],
    ['a misspelt key', { feesTotals: 0 }, /unknown key/],
  ] as const)('fails on %s', (_what, change, message) => {
    expect(compareExample(ran(assessment), { ...expected, ...change }).join('\n')).toMatch(message);
  });

  it('reads "feesTotal": null as fees present with a null total, never as no fees', () => {
    expect(compareExample(ran({ ...assessment, fees: null }), expected).join('\n')).toMatch(/fees\.total: no fees/);
  });

  it('checks an invalid file by its exit status, its silence on stdout and the words on stderr', () => {
    const invalid = { invalid: true, stderrMentions: ['removal', 'location'] };
    expect(
      compareExample({ status: 2, stdout: '', stderr: 'answers.removal, answers.location: contradiction' }, invalid),
    ).toEqual([]);
    expect(compareExample({ status: 2, stdout: '', stderr: 'answers.removal: x' }, invalid)).toEqual([
      "stderr does not mention 'location'",
    ]);
    expect(compareExample({ status: 0, stdout: '{}', stderr: '' }, invalid)).toEqual(
      expect.arrayContaining(['exit 0, expected 2', 'no message on stderr', 'something printed on stdout']),
    );
  });
});
