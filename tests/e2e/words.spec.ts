/**
 * Two pages the legal and language review changed, opened from answers seeded in the tab: the help
 * block of a site run by a practice (its licence number, and the public resources that always
 * stay), and a French result whose dates fall on the first of a month (« 1er ») with no rule id
 * shown to the person.
 */
import { STEPS } from '../../src/questions/catalogue';
import type { Answers } from '../../src/rules';
import { withAnswers } from '../../src/testing/answers';
import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { STORAGE_KEY, storedEntry } from './support/stored-entry';
import { RESULTS_PATH } from './support/wizard-driver';
import type { Page } from '@playwright/test';

// The built page reads config/practice.ts; these tests fill it in the served code instead of rebuilding.
test.use({ serviceWorkers: 'block' });

async function seed(page: Page, answers: Answers) {
  await page.addInitScript(([key, value]) => sessionStorage.setItem(key, value), [
    STORAGE_KEY,
    storedEntry(
      answers,
      STEPS.map((s) => s.id),
    ),
  ] as const);
}

/** The empty practice settings as the build writes them, whatever quote the minifier chose. */
const EMPTY_PRACTICE = /name:(["'`])\1,phone:\1\1,email:\1\1,bookingUrl:\1\1,licence:\{body:\1\1,number:\1\1\}/;

test('a practice’s page shows its licence number, and still who may advise and the public resources', async ({
  page,
}) => {
  let filled = false;
  await page.route('**/assets/*.js', async (route) => {
    const response = await route.fetch();
    const code = await response.text();
    if (!EMPTY_PRACTICE.test(code)) return route.fulfill({ response });
    filled = true;
    const practice =
      'name:"Example Immigration Services",phone:"",email:"contact@example.ca",bookingUrl:"",licence:{body:"CICC",number:"R512345"}';
    return route.fulfill({ response, body: code.replace(EMPTY_PRACTICE, practice) });
  });
  await seed(page, withAnswers({}));
  await page.goto(RESULTS_PATH.en);
  const help = page.locator('section', { has: page.getByRole('heading', { name: 'Get professional help' }) });
  await expect(help.locator('[data-help="practice"]')).toContainText(
    'This site is offered by Example Immigration Services.',
  );
  expect(filled, 'the built practice settings were found and filled').toBe(true);
  await expect(help.locator('[data-help="licence"]')).toHaveText(
    'Licence or membership number (CICC): R512345. You can check it in the public registers below.',
  );
  await expect(help).toContainText(
    'For a fee, only a lawyer, a Quebec notary, a paralegal licensed by a law society or a licensed immigration consultant may advise you.',
  );
  await expect(help.locator('[data-help="public"] li')).toHaveCount(4);
  await expect(help.locator('[data-help="public"]')).toContainText('also recognized by the MIFI');
  await expect(help.locator('[data-help="public"]')).toContainText('legal aid');
  await expectNoAxeViolations(page);
});

test('a French result writes « 1er » for the first of a month and shows no rule id', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2025-10-01T12:00:00'));
  // Rejected on 31 July 2025: the 12-month wait ends on 31 July 2026, so the first day is 1 August.
  await seed(page, withAnswers({ refugeeClaim: 'rejected', lastDecisionDate: '2025-07-31' }));
  await page.goto(RESULTS_PATH.fr);
  // The earliest date stands on its own line in the outcome panel.
  await expect(page.locator('[data-outcome="barred"] [data-key-date]')).toContainText('1er août 2026');
  await expect(page.getByText('Résultat établi pour le 1er octobre 2025', { exact: false })).toBeVisible();
  await expect(page.locator('[data-rule="bar.twelve-month"]')).toBeVisible();
  await expect(page.locator('.card__rule')).toHaveCount(0);
  await expect(page.locator('main')).not.toContainText(/Règle |bar\.twelve-month|\b1 (août|octobre)/);
  await expectNoAxeViolations(page);
});
