import { expect, test } from './support/fixtures';
import { SUBPATH_BASE, SUBPATH_ORIGIN } from '../../playwright.config';
import { stepPath } from './support/wizard-driver';

const base = `${SUBPATH_ORIGIN}${SUBPATH_BASE.replace(/\/$/, '')}`;

// The fixture's guard takes the sub-path server as the page's own origin; the test also checks that
// every request stays under the sub-path.
test.use({ baseURL: `${base}/` });

test('the app works from a sub-path: routes, language switch, lazy pages, deep links and assets', async ({ page }) => {
  const outside: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(`${base}/`) && !r.url().startsWith('data:')) outside.push(r.url());
  });
  await page.goto(`${base}/`);
  await page.getByRole('link', { name: 'Start in English' }).click();
  await expect(page).toHaveURL(`${base}/en`);
  await page.getByRole('link', { name: 'Start now' }).click();
  await expect(page).toHaveURL(`${base}${stepPath('en', 'status')}`);
  await page.locator('input[value="foreign-national"]').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(`${base}${stepPath('en', 'location')}`);
  await page.getByRole('link', { name: 'Lire cette page en français' }).click();
  await expect(page).toHaveURL(`${base}${stepPath('fr', 'location')}`);
  await page.reload();
  await expect(page.locator('main h1')).toBeVisible();
  await page.goto(`${base}/fr/resultat`);
  await expect(page).toHaveURL(`${base}${stepPath('fr', 'location')}`);
  await page.goto(`${base}/en/no-such-page`);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  expect(outside).toEqual([]);
});
