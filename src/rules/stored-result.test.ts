import { describe, expect, it } from 'vitest';
import type { Assessment } from './assess';
import { readStoredResult, storedResultOf } from './stored-result';

const assessment: Assessment = {
  asOf: '2026-11-30',
  outcome: 'barred',
  pathway: 'in-canada',
  earliestApplicationDate: '2027-03-02',
  rules: [
    { id: 'bar.twelve-month', effect: 'bar', citations: ['IRPA s. 25(1.2)(c)'], until: '2027-03-01' },
    { id: 'inform.judicial-review', effect: 'inform', citations: ['IRPA s. 72(2)(b)'] },
  ],
  fees: null,
  nextSteps: [],
};

describe('the result a case file remembers', () => {
  const stored = storedResultOf(assessment, '2026-05-31.13cb1c96');

  it('sums up the assessment: date, version, outcome, earliest date, fees total and rule ids', () => {
    expect(stored).toMatchObject({ asOf: '2026-11-30', rulesVersion: '2026-05-31.13cb1c96', outcome: 'barred' });
    expect(stored).toMatchObject({ earliestApplicationDate: '2027-03-02', feesTotal: null });
    expect(stored.ruleIds).toEqual(['bar.twelve-month', 'inform.judicial-review']);
    expect(readStoredResult(JSON.parse(JSON.stringify(stored)))).toEqual(stored);
  });

  it('refuses anything it cannot vouch for, whole', () => {
    for (const broken of [
      null,
      [],
      'can-apply',
      { ...stored, asOf: '2026-02-30' },
      { ...stored, outcome: 'approved' },
      { ...stored, rulesVersion: '' },
      { ...stored, rulesVersion: 'x'.repeat(41) },
      { ...stored, earliestApplicationDate: 'tomorrow' },
      { ...stored, feesTotal: -1 },
      { ...stored, feesTotal: '1210' },
      { ...stored, ruleIds: ['<script>'] },
      { ...stored, ruleIds: 'bar.twelve-month' },
      { ...stored, ruleIds: Array.from({ length: 101 }, () => 'inform.x') },
    ])
      expect(readStoredResult(broken)).toBeNull();
  });
});
