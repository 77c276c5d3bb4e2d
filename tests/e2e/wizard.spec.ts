import type { Page } from '@playwright/test';
import type { Answers } from '../../src/rules';
import { stepById } from '../../src/questions/catalogue';
import { withAnswers } from '../../src/testing/answers';
import { answersBefore, journey, seenForOpened } from '../../src/wizard/journey';
import { fromAbroad, montrealFamily as montreal } from './support/cases';
import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { storedEntry } from './support/stored-entry';
import {
  CHECK_PATH,
  CONTINUE,
  RESULTS_PATH,
  answerAll,
  answerStatusAndLocation,
  stepPath,
  atStep,
} from './support/wizard-driver';

async function stored(page: Page): Promise<{ answers: Answers; seen: string[] }> {
  const entry = await page.evaluate(
    () =>
      JSON.parse(sessionStorage.getItem('hc-navigator') ?? 'null') as {
        caseFile: { answers: Answers };
        seen: string[];
      } | null,
  );
  return { answers: entry?.caseFile.answers ?? {}, seen: entry?.seen ?? [] };
}

test.describe('a whole journey', () => {
  // axe on each of some 25 pages takes about a second a page
  test.describe.configure({ timeout: 120_000 });
  test('in English, from the start page to the result, with axe on every page', async ({ page }) => {
    await page.goto('/');
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Start in English' }).click();
    await expect(page).toHaveURL(/\/en$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Start now' }).click();
    // The error summary takes focus and links to the field.
    await page.getByRole('button', { name: CONTINUE.en }).click();
    await expect(page.getByRole('alert')).toBeFocused();
    await expect(page.getByRole('alert')).toContainText('Select your status in Canada today');
    await expectNoAxeViolations(page);
    const seen = await answerAll(page, 'en', montreal, (p) => expectNoAxeViolations(p));
    expect(seen.length).toBeGreaterThan(20);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers');
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'See your result' }).click();
    await expect(page).toHaveURL(new RegExp(`${RESULTS_PATH.en}$`));
    await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'can-apply');
    await expectNoAxeViolations(page);
  });

  test('en français, de la page d’accueil au résultat, avec axe sur chaque page', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Commencer en français' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Commencer' }).click();
    await expect(page).toHaveURL(atStep('fr', 'status'));
    await answerAll(page, 'fr', montreal, (p) => expectNoAxeViolations(p));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vérifiez vos réponses');
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Voir votre résultat' }).click();
    await expect(page).toHaveURL(new RegExp(`${RESULTS_PATH.fr}$`));
    await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'can-apply');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expectNoAxeViolations(page);
  });

  test('with the keyboard alone, focus moving to each new heading', async ({ page }) => {
    await page.goto('/en');
    // Tab to "Start now" and press Enter.
    for (
      let i = 0;
      i < 10 && !(await page.getByRole('link', { name: 'Start now' }).evaluate((el) => el === document.activeElement));
      i++
    ) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    // Status: Tab from the heading into the radio group, arrow to "foreign national", Enter submits.
    await page.keyboard.press('Tab');
    await expect(page.locator('#status')).toBeFocused();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    await expect(page.locator('input[name="status"][value="foreign-national"]')).toBeChecked();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(atStep('en', 'location'));
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    // Location: Space selects the focused radio, Enter continues.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect(page.locator('input[name="location"][value="in-canada"]')).toBeChecked();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(atStep('en', 'inadmissibility'));
    // An empty answer: Enter on Continue shows the error summary with focus; its link moves focus to the field.
    await page.locator('button[type="submit"]').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert')).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.locator('#inadmissibility')).toBeFocused();
    await page.locator('input[name="inadmissibility"][value="security"]').focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    // A ground H&C cannot overcome: was it already decided? Yes settles it: straight to "Check your answers".
    await expect(page).toHaveURL(atStep('en', 'inadmissibility-found'));
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.locator('#inadmissibilityFound')).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page.locator('input[name="inadmissibilityFound"][value="true"]')).toBeChecked();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${CHECK_PATH.en}$`));
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    const seeResult = page.getByRole('link', { name: 'See your result' });
    for (let i = 0; i < 30 && !(await seeResult.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'not-eligible');
  });
});

test.describe('the questions version 2 added', () => {
  test('inadmissibility: "none" and "not sure" first, and a possible ground asks whether it was decided, then goes on', async ({
    page,
  }) => {
    await answerStatusAndLocation(page, 'outside-canada');
    await expect(page.locator('form')).toHaveAttribute('data-step', 'inadmissibility');
    const values = await page
      .locator('input[name="inadmissibility"]')
      .evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));
    expect(values.slice(0, 2)).toEqual(['none', 'unsure']);
    expect(values).toContain('cessation');
    await page.locator('input[name="inadmissibility"][value="human-rights"]').check();
    await page.getByRole('button', { name: CONTINUE.en }).click();
    await expect(page).toHaveURL(atStep('en', 'inadmissibility-found'));
    await expect(page.locator('form')).toHaveAttribute('data-step', 'inadmissibility-found');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/already decided that you are inadmissible/);
    await expect(page.getByText(/you will see a warning and the questions go on/)).toBeVisible();
    await expectNoAxeViolations(page);
    await page.locator('input[name="inadmissibilityFound"][value="false"]').check();
    await page.getByRole('button', { name: CONTINUE.en }).click();
    await expect(page.locator('form')).toHaveAttribute('data-step', 'destination');
    expect((await stored(page)).answers).toMatchObject({
      inadmissibility: ['human-rights'],
      inadmissibilityFound: false,
    });
  });

  test('family: the pending-claim question is revealed on the same page; biometrics is checked against the family and asked again when it changes', async ({
    page,
  }) => {
    const before = answersBefore(stepById('family'), withAnswers({ destination: 'QC' }));
    const seen = seenForOpened(before, new Date().toISOString().slice(0, 10));
    await page.addInitScript(
      (entry) => {
        if (!sessionStorage.getItem('hc-navigator')) sessionStorage.setItem('hc-navigator', entry);
      },
      storedEntry(before, seen),
    );
    await page.goto(stepPath('en', 'family'));
    await expect(page.locator('form')).toHaveAttribute('data-step', 'family');
    await expect(page.getByText('You must declare every family member', { exact: false })).toBeVisible();
    const pendingClaim = page.getByRole('group', { name: /refugee claim waiting for a decision/ });
    await expect(pendingClaim).toHaveCount(0);
    await page.locator('input[name="spouseIncluded"][value="true"]').check();
    await expect(pendingClaim).toBeVisible();
    await page.locator('#dependentChildren').fill('1');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: CONTINUE.en }).click();
    await expect(page.getByRole('alert')).toBeFocused();
    await expect(page.getByRole('alert')).toContainText(
      'Select yes if a family member to be included has a refugee claim',
    );
    await expectNoAxeViolations(page);
    await page.getByRole('alert').getByRole('link').click();
    await expect(page.locator('#familyMemberPendingClaim')).toBeFocused();
    await pendingClaim.getByLabel('No', { exact: true }).check();
    await page.getByRole('button', { name: CONTINUE.en }).click();

    await expect(page).toHaveURL(atStep('en', 'biometrics'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'How many of the people in your application are under 14 or over 79? (optional)',
    );
    await page.locator('#biometricsExempt').fill('4');
    await page.getByRole('button', { name: CONTINUE.en }).click();
    await expect(page.getByRole('alert')).toContainText(
      'Enter a number from 0 to 3, the number of people in your application',
    );
    await expectNoAxeViolations(page);
    await page.locator('#biometricsExempt').fill('1');
    await page.getByRole('button', { name: CONTINUE.en }).click();
    await expect(page.locator('form')).toHaveAttribute('data-step', 'children-affected');
    expect((await stored(page)).answers).toMatchObject({
      spouseIncluded: true,
      dependentChildren: 1,
      familyMemberPendingClaim: 'no',
      biometricsExempt: 1,
    });

    // Back to the family: one more child, and the biometrics answer goes, with the usual notice.
    await page.getByRole('link', { name: 'Back' }).click();
    await page.getByRole('link', { name: 'Back' }).click();
    await expect(page.locator('form')).toHaveAttribute('data-step', 'family');
    await page.locator('#dependentChildren').fill('2');
    await page.getByRole('button', { name: CONTINUE.en }).click();
    await expect(page.locator('form')).toHaveAttribute('data-step', 'biometrics');
    await expect(page.getByRole('status')).toContainText('we removed 1 answer that no longer applies');
    await expect(page.locator('#biometricsExempt')).toHaveValue('');
    const { answers, seen: seenNow } = await stored(page);
    expect(answers.biometricsExempt).toBeUndefined();
    expect(seenNow).not.toContain('biometrics');
  });
});

test('a deep link past unanswered steps lands on the first unanswered one, with a notice', async ({ page }) => {
  await page.goto(stepPath('en', 'hardships'));
  await expect(page).toHaveURL(atStep('en', 'status'));
  await expect(page.getByRole('status')).toContainText('Please answer this question first');
  await page.goto('/fr/resultat');
  await expect(page).toHaveURL(atStep('fr', 'status'));
  await expect(page.getByRole('status')).toContainText('Veuillez d’abord répondre');
});

test('back, forward and reload keep the answers and the place', async ({ page }) => {
  await answerStatusAndLocation(page, 'outside-canada');
  await page.goBack();
  await expect(page).toHaveURL(atStep('en', 'location'));
  await expect(page.locator('input[value="outside-canada"]')).toBeChecked();
  await page.reload();
  await expect(page.locator('input[value="outside-canada"]')).toBeChecked();
  await page.goForward();
  await expect(page).toHaveURL(atStep('en', 'inadmissibility'));
  await page.reload();
  await expect(page).toHaveURL(atStep('en', 'inadmissibility'));
  expect((await stored(page)).answers).toEqual({ status: 'foreign-national', location: 'outside-canada' });
});

test('the language switch keeps the answers and the place', async ({ page }) => {
  await page.goto(stepPath('en', 'status'));
  await page.locator('input[value="foreign-national"]').check();
  await page.getByRole('button', { name: CONTINUE.en }).click();
  await page.getByRole('link', { name: 'Lire cette page en français' }).click();
  await expect(page).toHaveURL(atStep('fr', 'location'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.getByRole('link', { name: 'Retour' }).click();
  await expect(page.locator('input[value="foreign-national"]')).toBeChecked();
});

test('changing an answer drops the answers that no longer apply and asks the new ones', async ({ page }) => {
  await page.goto(stepPath('en', 'status'));
  await answerAll(page, 'en', { ...montreal, refugeeClaim: 'rejected', lastDecisionDate: '2020-03-31' });
  await expect(page.getByText('Last decision date', { exact: false })).toBeVisible();
  // Change the claim to "none": the date no longer applies.
  await page.getByRole('link', { name: /Change your answer: Refugee claim/ }).click();
  await page.locator('input[name="refugeeClaim"][value="withdrawn"]').check();
  await page.getByRole('button', { name: CONTINUE.en }).click();
  // A newly relevant question is asked before coming back.
  await expect(page).toHaveURL(atStep('en', 'withdrawn-after-evidence'));
  await expect(page.getByRole('status')).toContainText('we removed 1 answer that no longer applies');
  await page.locator('input[name="withdrawnAfterEvidence"][value="false"]').check();
  await page.getByRole('button', { name: CONTINUE.en }).click();
  await expect(page).toHaveURL(new RegExp(`${CHECK_PATH.en}$`));
  const { answers } = await stored(page);
  expect(answers.lastDecisionDate).toBeUndefined();
  expect(answers.withdrawnAfterEvidence).toBe(false);
  await expect(page.getByText('Last decision date', { exact: false })).toHaveCount(0);
});

/** Seeds the tab, once, with these answers and every step of their journey seen, as a tab that answered them all. */
async function seed(page: Page, answers: Answers): Promise<void> {
  const seen = journey(answers, new Date().toISOString().slice(0, 10)).map((s) => s.id);
  await page.addInitScript(
    (entry) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('hc-navigator', entry);
      sessionStorage.setItem('seeded', '1');
    },
    storedEntry(answers, seen),
  );
}

test.describe('contradictions never trap: stored answers that clash lead to the question to answer again, the others kept', () => {
  const without = (answers: Answers, ...fields: (keyof Answers)[]) =>
    Object.fromEntries(Object.entries(answers).filter(([field]) => !fields.includes(field as keyof Answers)));
  const clashNotice = (page: Page) => page.locator('[data-notice="clashes"]');
  const offered = (page: Page, field: string) =>
    page.locator(`input[name="${field}"]`).evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  const toCheck = async (page: Page) => {
    await page.getByRole('button', { name: CONTINUE.en }).click();
    await expect(page).toHaveURL(new RegExp(`${CHECK_PATH.en}$`));
  };

  test('removed but in Canada: the removal question, with what to answer after coming back, then the result', async ({
    page,
  }) => {
    const answers: Answers = { ...montreal, removal: 'removed', removalOrderType: 'deportation' };
    await seed(page, answers);
    await page.goto(RESULTS_PATH.en);
    await expect(page).toHaveURL(atStep('en', 'removal'));
    await expect(clashNotice(page)).toContainText(
      'Your saved answers to "Removal" and "Where you are now" did not fit together, so we removed the answer to "Removal" and kept all the others.',
    );
    await expect(clashNotice(page)).toContainText('Please answer "Removal" again.');
    expect(await offered(page, 'removal')).toEqual(['none', 'order-in-canada']);
    await expect(page.locator('[data-inset="removal"]')).toContainText(
      'choose "No", or "Yes, I have a removal order" if a new order was made after you came back',
    );
    await expect(page.locator('[data-inset="removal"]')).toContainText('(IRPA s. 52(1))');
    await expectNoAxeViolations(page);
    expect((await stored(page)).answers).toEqual(without(answers, 'removal', 'removalOrderType'));
    await page.locator('input[name="removal"][value="none"]').check();
    await toCheck(page);
    await page.getByRole('link', { name: 'See your result' }).click();
    await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'can-apply');
    expect((await stored(page)).answers).toEqual({ ...without(answers, 'removalOrderType'), removal: 'none' });
  });

  test('a removal order "in Canada" from outside Canada: the removal question, with a way to where the person is', async ({
    page,
  }) => {
    const answers: Answers = { ...fromAbroad, removal: 'order-in-canada', removalOrderType: 'departure' };
    await seed(page, answers);
    await page.goto(CHECK_PATH.en);
    await expect(page).toHaveURL(atStep('en', 'removal'));
    await expect(clashNotice(page)).toContainText('"Removal" and "Where you are now" did not fit together');
    expect(await offered(page, 'removal')).toEqual(['none', 'removed']);
    await expect(page.locator('[data-inset="removal"]')).toContainText('You said you are outside Canada.');
    await expect(
      page.locator('[data-inset="removal"]').getByRole('link', { name: 'Change your answer: Where you are now' }),
    ).toHaveAttribute('href', stepPath('en', 'location'));
    await expectNoAxeViolations(page);
    expect((await stored(page)).answers).toEqual(without(answers, 'removal', 'removalOrderType'));
    await page.locator('input[name="removal"][value="removed"]').check();
    await page.getByRole('button', { name: CONTINUE.en }).click();
    // "Removed" asks the order's type again (it went with the removal answer).
    await expect(page).toHaveURL(atStep('en', 'removal-order-type'));
  });

  test('"not sure" with grounds: the inadmissibility question', async ({ page }) => {
    const answers: Answers = { ...montreal, inadmissibility: ['unsure', 'criminality'] };
    await seed(page, answers);
    await page.goto(RESULTS_PATH.en);
    await expect(page).toHaveURL(atStep('en', 'inadmissibility'));
    await expect(clashNotice(page)).toContainText(
      'Your saved answer to "Inadmissibility" had both "I\'m not sure" and a reason',
    );
    expect((await stored(page)).answers).toEqual(without(answers, 'inadmissibility'));
    await page.locator('input[name="inadmissibility"][value="unsure"]').check();
    await toCheck(page);
  });

  test('more people exempt from biometrics than in the application: the biometrics question, its limit linked to the family', async ({
    page,
  }) => {
    const answers: Answers = { ...montreal, biometricsExempt: 5 };
    await seed(page, answers);
    await page.goto(RESULTS_PATH.en);
    await expect(page).toHaveURL(atStep('en', 'biometrics'));
    await expect(clashNotice(page)).toContainText(
      '"People exempt from biometrics" and "Your family in the application" did not fit together',
    );
    expect((await stored(page)).answers).toEqual(without(answers, 'biometricsExempt'));
    await page.locator('#biometricsExempt').fill('4');
    await page.getByRole('button', { name: CONTINUE.en }).click();
    await expect(page.getByRole('alert')).toContainText('Enter a number from 0 to 3');
    await expectNoAxeViolations(page);
    // Under the field (the notice above links there too).
    await page
      .locator('form')
      .getByRole('link', { name: 'Change your answer: Your family in the application' })
      .click();
    await expect(page).toHaveURL(atStep('en', 'family'));
    await page.getByRole('button', { name: CONTINUE.en }).click();
    await expect(page).toHaveURL(atStep('en', 'biometrics'));
    await page.locator('#biometricsExempt').fill('3');
    await toCheck(page);
  });

  test('a date after today: its question, which refuses a future date on the spot', async ({ page }) => {
    const answers: Answers = { ...montreal, fearOfReturn: 'yes', entryDate: '2099-01-01' };
    await seed(page, answers);
    await page.goto(RESULTS_PATH.en);
    await expect(page).toHaveURL(atStep('en', 'entry-date'));
    await expect(clashNotice(page)).toContainText('was a date after today, so we removed it');
    expect((await stored(page)).answers).toEqual(without(answers, 'entryDate'));
    await page.locator('#entryDate').fill('1');
    await page.locator('#entryDate-month').fill('1');
    await page.locator('#entryDate-year').fill('2099');
    await page.getByRole('button', { name: CONTINUE.en }).click();
    await expect(page.getByRole('alert')).toContainText('The date must be today or in the past');
    await page.locator('#entryDate-year').fill('2024');
    await toCheck(page);
  });

  test('harm to a child with no child affected: the answer is removed, and the notice leads to the children question', async ({
    page,
  }) => {
    const answers: Answers = { ...montreal, childrenAffected: false, childHarm: 'yes' };
    await seed(page, answers);
    await page.goto(CHECK_PATH.en);
    await expect(page).toHaveURL(new RegExp(`${CHECK_PATH.en}$`));
    await expect(clashNotice(page)).toContainText(
      '"Harm to a child" and "Children affected" did not fit together, so we removed the answer to "Harm to a child"',
    );
    await expect(clashNotice(page)).not.toContainText('Please answer');
    await expectNoAxeViolations(page);
    expect((await stored(page)).answers).toEqual(without(answers, 'childHarm'));
    await clashNotice(page).getByRole('link', { name: 'Change your answer: Children affected' }).click();
    await expect(page.locator('input[name="childrenAffected"][value="false"]')).toBeChecked();
    await page.locator('input[name="childrenAffected"][value="true"]').check();
    await page.getByRole('button', { name: CONTINUE.en }).click();
    await expect(page).toHaveURL(atStep('en', 'child-harm'));
    await page.locator('input[name="childHarm"][value="yes"]').check();
    await toCheck(page);
    expect((await stored(page)).answers).toEqual({ ...answers, childrenAffected: true });
  });
});

test.describe('question pages to GOV.UK standards', () => {
  test('each question of a two-question page has its own error, and the save page leads back to the questions', async ({
    page,
  }) => {
    await seed(page, { status: 'foreign-national', location: 'in-canada', inadmissibility: [] });
    await page.goto(stepPath('en', 'classes-in-canada'));
    await page.getByRole('button', { name: CONTINUE.en }).click();
    await expect(page.getByRole('alert').getByRole('link')).toHaveText([
      'Select yes if you live in Canada with a spouse or common-law partner who can sponsor you',
      'Select yes if you have held a temporary resident permit without a break for long enough',
    ]);
    await expectNoAxeViolations(page);

    await page.goto('/en/your-answers');
    await expect(page.getByRole('link', { name: 'Back', exact: true })).toHaveAttribute(
      'href',
      atStep('en', 'classes-in-canada'),
    );
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Return to your questions' }).click();
    await expect(page).toHaveURL(atStep('en', 'classes-in-canada'));
  });

  test('a date takes a month name, and a 2-digit year is refused with "Year must include 4 numbers"', async ({
    page,
  }) => {
    await seed(page, { ...montreal, fearOfReturn: 'yes' });
    await page.goto(stepPath('en', 'entry-date'));
    await page.locator('#entryDate').fill('1');
    await page.locator('#entryDate-month').fill('mars');
    await page.locator('#entryDate-year').fill('24');
    await page.getByRole('button', { name: CONTINUE.en }).click();
    await expect(page.getByRole('alert')).toContainText('Year must include 4 numbers');
    await page.locator('#entryDate-year').fill('2024');
    await page.getByRole('button', { name: CONTINUE.en }).click();
    await expect(page).not.toHaveURL(atStep('en', 'entry-date'));
    expect((await stored(page)).answers.entryDate).toBe('2024-03-01');
  });
});

test('unknown addresses get a bilingual page not found with a way back', async ({ page }) => {
  await page.goto('/nowhere');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Page introuvable' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/fr/nulle-part');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
  await page.getByRole('link', { name: 'Aller à la page d’accueil' }).click();
  await expect(page).toHaveURL(/\/fr$/);
});

for (const { width, name } of [
  { width: 320, name: 'a 320 px wide screen' },
  { width: 640, name: '200% zoom of a 1280 px window' },
]) {
  test(`pages fit ${name} without horizontal scrolling`, async ({ browser }) => {
    const context = await browser.newContext({
      viewport: { width: width === 640 ? 640 : 320, height: 700 },
      deviceScaleFactor: width === 640 ? 2 : 1,
    });
    const page = await context.newPage();
    for (const path of ['/', '/en', stepPath('fr', 'status')]) {
      await page.goto(path);
      await page.locator('main h1').first().waitFor();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${path} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
    }
    await context.close();
  });
}
