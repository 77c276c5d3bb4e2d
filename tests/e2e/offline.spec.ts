import { readFile, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { fromAbroad as outside } from './support/cases';
import { expect, test } from './support/fixtures';
import { answerAll, CHECK_PATH, RESULTS_PATH, type Lang, stepPath, atStep } from './support/wizard-driver';

/** The built worker script of the build under test (E2E_DIST moves the build; see playwright.config.ts). */
const WORKER = `${process.env.E2E_DIST ?? 'dist'}/sw.js`;

async function waitForServiceWorker(page: Page) {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    return registration.active?.state;
  });
}

test('after one visit, the whole journey works offline in both languages', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  for (const lang of ['en', 'fr'] as Lang[]) {
    await page.evaluate(() => sessionStorage.clear());
    await page.goto(`/${lang}`);
    await expect(page.locator('main h1')).toBeVisible();
    await page.goto(stepPath(lang, 'status'));
    await answerAll(page, lang, outside);
    await expect(page).toHaveURL(new RegExp(`${CHECK_PATH[lang]}$`));
    await page.reload();
    await page.goto(RESULTS_PATH[lang]);
    await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'can-apply');
  }
});

test('a new version offers to reload, and the answers survive the reload', async ({ page }) => {
  await page.goto(stepPath('en', 'status'));
  await waitForServiceWorker(page);
  await page.locator('input[value="foreign-national"]').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(atStep('en', 'location'));
  // A new deployment: the served worker script changes (the browser's update check bypasses any
  // route, so the built file itself changes for the length of the test).
  const original = await readFile(WORKER, 'utf8');
  try {
    await writeFile(WORKER, `${original}\n// a later deployment\n`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const notice = page.getByRole('status').filter({ hasText: 'A new version of H&C Navigator is available' });
    await expect(notice).toBeVisible({ timeout: 15_000 });
  } finally {
    await writeFile(WORKER, original);
  }
  // Listen before the click: a reload from the cache can finish before a later listener is set.
  const reloaded = page.waitForEvent('load');
  await page.getByRole('button', { name: 'Reload' }).click();
  await reloaded;
  await expect(page).toHaveURL(atStep('en', 'location'));
  await page.getByRole('link', { name: 'Back' }).click();
  await expect(page.locator('input[value="foreign-national"]')).toBeChecked();
});
