/**
 * Consultant mode's dates for a calendar and its guard against lost work, in a real browser: the
 * calendar file's dates read back from the download, the bar's "Save case file", the warning before
 * opening a file over unsaved changes, and the notes listed together on the result. Answers are
 * seeded into the tab; axe runs once on each new page state.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { consultant as ctFr } from '../../src/i18n/consultant-fr';
import { localToday } from '../../src/lib/today';
import { STEPS } from '../../src/questions/catalogue';
import { assess, checkAnswers, type Answers } from '../../src/rules';
import { withAnswers } from '../../src/testing/answers';
import { caseFileName } from '../../src/wizard/download';
import { SETTINGS_KEY, STORAGE_KEY } from '../../src/wizard/storage-keys';
import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { storedEntry } from './support/stored-entry';

const today = localToday();
/** A claim rejected a month ago, in Canada: barred by the 12-month bar, so the result has an earliest date. */
const lastMonth = (() => {
  const d = new Date();
  d.setDate(1);
  d.setMonth(d.getMonth() - 1);
  return localToday(d);
})();
const barred: Answers = withAnswers({ refugeeClaim: 'rejected', lastDecisionDate: lastMonth, yearsInCanada: 4 });

function earliestDate(answers: Answers): string {
  const check = checkAnswers(answers, today, 'complete');
  if (!check.ok) throw new Error('the test answers are not complete');
  const date = assess(check.caseFile, today).earliestApplicationDate;
  if (!date) throw new Error('the test answers give no earliest date');
  return date;
}

async function seed(page: Page, notes?: unknown) {
  await page.addInitScript(
    ({ store, settingsKey, entry }) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      sessionStorage.setItem(store, entry);
      sessionStorage.setItem(settingsKey, JSON.stringify({ on: true }));
    },
    {
      store: STORAGE_KEY,
      settingsKey: SETTINGS_KEY,
      entry: storedEntry(
        barred,
        STEPS.map((s) => s.id),
        notes,
      ),
    },
  );
}

/** Clicks `button`, and gives back the downloaded file's name and text. */
async function downloaded(page: Page, click: () => Promise<void>, path: string) {
  const downloading = page.waitForEvent('download');
  await click();
  const file = await downloading;
  await file.saveAs(path);
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
}

test('the calendar file holds the earliest date and the judicial review deadline moved past Easter', async ({
  page,
}, testInfo) => {
  await seed(page, { clientReference: 'A-17' });
  await page.goto('/en/results');
  const section = page.locator('[data-consultant="deadlines"]');
  await section.getByLabel('Date the decision was received').fill('2026-03-19');
  await section.getByRole('button', { name: 'Work out the deadline' }).click();
  // 15 days after Thursday 19 March 2026 is Good Friday, 3 April; Easter Monday is 6 April.
  const review = section.locator('[data-deadline="judicial-review-in-canada"]');
  await expect(review.locator('[data-deadline-date]')).toHaveText('April 7, 2026');
  await expect(review).toContainText('(Good Friday, Saturday, Sunday, and Easter Monday)');
  const earliest = earliestDate(barred);
  await expect(section.locator('[data-deadline="earliest"] [data-deadline-date]')).toHaveAttribute(
    'data-deadline-date',
    earliest,
  );
  await expectNoAxeViolations(page);

  const { name, text } = await downloaded(
    page,
    () => section.getByRole('button', { name: 'Download the calendar file (.ics)' }).click(),
    testInfo.outputPath('dates.ics'),
  );
  expect(name).toBe(`hc-case-A-17-${today}.ics`);
  expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
  const unfolded = text.replace(/\r\n /g, '');
  expect([...unfolded.matchAll(/^DTSTART;VALUE=DATE:(\d{8})\r$/gm)].map((m) => m[1])).toEqual([
    earliest.replaceAll('-', ''),
    '20260407',
  ]);
  expect(unfolded).toMatch(/^SUMMARY:Last day to apply for leave and for judicial review \(A-17\)\r$/m);
  expect(unfolded).toContain('IRPA s. 72(2)(b)');
});

test('enregistrer depuis la barre, puis ouvrir un dossier par-dessus des changements non enregistrés avertit', async ({
  page,
}, testInfo) => {
  const notes = { clientReference: 'Réf-7', steps: { family: 'Deux enfants à l’école.' }, results: 'Rappeler.' };
  await seed(page, notes);
  await page.goto('/fr/resultat');
  const list = page.locator('[data-consultant="notes"]');
  await expect(list.locator('[data-note="family"] dt')).toHaveText('Votre famille dans la demande');
  await expect(list.locator('[data-note="family"] dd')).toHaveText(notes.steps.family);
  await expect(list.locator('[data-note="results"] dd')).toHaveText(notes.results);

  const bar = page.locator('[data-consultant="bar"]');
  const saved = await downloaded(
    page,
    () => bar.getByRole('button', { name: 'Enregistrer le dossier' }).click(),
    testInfo.outputPath('saved.json'),
  );
  // Named as the save page names it.
  expect(saved.name).toBe(caseFileName(today, notes.clientReference));
  expect(JSON.parse(saved.text)).toMatchObject({ answers: barred, notes });

  await page.getByLabel('Note de consultation sur le résultat').fill('Rappeler lundi.');
  await expect(list.locator('[data-note="results"] dd')).toHaveText('Rappeler lundi.');
  await page.getByRole('link', { name: 'Enregistrer, ouvrir ou effacer vos réponses' }).click();
  await page.locator('#case-file').setInputFiles(testInfo.outputPath('saved.json'));
  const open = page.getByRole('button', { name: 'Ouvrir le dossier' });
  await open.click();
  const warning = page.getByRole('group', { name: ctFr['consultant.unsaved.title'] });
  await expect(warning).toBeFocused();
  await expectNoAxeViolations(page);
  await warning.getByRole('button', { name: 'Annuler' }).click();
  await expect(warning).toHaveCount(0);
  await expect(open).toBeFocused();

  await open.click();
  await page.getByRole('button', { name: 'Ouvrir quand même' }).click();
  await expect(page).toHaveURL(/verifier-vos-reponses$/);
  await page.goto('/fr/resultat');
  await expect(list.locator('[data-note="results"] dd')).toHaveText('Rappeler.');
});
