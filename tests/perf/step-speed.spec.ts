/**
 * From pressing Continue to the next step painted, with the CPU slowed 4×, over a whole journey:
 * prints every step's time and the 95th percentile, and fails above the budget. In CI
 * (STEP_SPEED_FIGURES_ONLY=1, scripts/ci-measurements.mjs) it only says it is over: a timing on a
 * shared two-core machine is a figure to read, not a verdict.
 */
import { expect, test } from '@playwright/test';
import type { Answers } from '../../src/rules';
import { answerAll, stepPath } from '../e2e/support/wizard-driver';

const BUDGET_P95_MS = 50;
const CPU_SLOWDOWN = 4;

const journey: Answers = {
  status: 'foreign-national',
  location: 'in-canada',
  inadmissibility: ['health'],
  spouseOrPartnerInCanada: 'no',
  permitHolderEligible: 'no',
  destination: 'QC',
  removal: 'order-in-canada',
  removalOrderType: 'departure',
  refugeeClaim: 'rejected',
  lastDecisionDate: '2024-01-31',
  designatedForeignNational: false,
  pendingHc: false,
  familySponsor: 'unsure',
  fearOfReturn: 'yes',
  economicProfile: 'no',
  caregiverExperience: 'no',
  spouseIncluded: true,
  dependentChildren: 2,
  familyMemberPendingClaim: 'no',
  biometricsExempt: 2,
  childrenAffected: true,
  childHarm: 'yes',
  lifeRiskNoMedicalCare: false,
  hardships: ['health-care', 'establishment'],
  severity: 'severe',
  homeCountryHelp: 'not-sought',
  yearsInCanada: 5,
};

test('each step paints within the budget after Continue, CPU slowed 4×', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto(stepPath('en', 'status'));
  await page.locator('main h1').waitFor();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await answerAll(page, 'en', journey);
  const times = await page.evaluate(() =>
    performance
      .getEntriesByName('hc:step')
      .map((m) => ({ step: (m as PerformanceMeasure).detail as string, ms: m.duration })),
  );
  const sorted = times.map((t) => t.ms).sort((a, b) => a - b);
  const p95 = sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? Infinity;
  for (const t of times) console.log(`${t.step.padEnd(28)} ${t.ms.toFixed(1).padStart(7)} ms`);
  console.log(
    `steps measured: ${times.length}; median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(1)} ms; p95 ${p95.toFixed(1)} ms (budget ${BUDGET_P95_MS} ms, CPU ${CPU_SLOWDOWN}× slower)`,
  );
  expect(times.length).toBeGreaterThan(15);
  if (process.env.STEP_SPEED_FIGURES_ONLY === '1') {
    if (p95 > BUDGET_P95_MS)
      console.log(`step speed: p95 over the ${BUDGET_P95_MS} ms budget (figures only: not failing)`);
  } else {
    expect(p95).toBeLessThanOrEqual(BUDGET_P95_MS);
  }
});
