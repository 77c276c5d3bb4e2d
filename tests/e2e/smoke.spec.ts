import { expect, expectNoAxeViolations, test } from './support/fixtures';

test('the start page loads from its own origin, has one main heading and passes axe', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
});
