/**
 * "Re-check many case files" in a real browser: files of every kind (a result that changed since it
 * was saved, one saved without a result, an unfinished one, one that is not JSON, hostile ones: a
 * `__proto__` answer, nesting too deep, too large, markup in the reference) reach the table, each
 * with the right then and now or the reason it was refused; sorting, the changed-only filter, the
 * CSV download and opening a file. Expected results come from the engine on today's date.
 */
import { readFile } from 'node:fs/promises';
import { catalogue as en } from '../../src/i18n/catalogue-en';
import { catalogue as fr } from '../../src/i18n/catalogue-fr';
import { consultant as ctEn } from '../../src/i18n/consultant-en';
import { consultant as ctFr } from '../../src/i18n/consultant-fr';
import { formatDate } from '../../src/i18n/locale';
import { localToday } from '../../src/lib/today';
import {
  MAX_CASE_FILE_BYTES,
  RULES_VERSION,
  assess,
  checkAnswers,
  storedResultOf,
  type Answers,
} from '../../src/rules';
import { withAnswers } from '../../src/testing/answers';
import { expect, expectNoAxeViolations, test } from './support/fixtures';

const today = localToday();

/** A local day `n` months before today. */
function monthsAgo(n: number): string {
  const d = new Date();
  d.setDate(1);
  d.setMonth(d.getMonth() - n);
  return localToday(d);
}

/** Barred today by the 12-month bar: a claim rejected three months ago. */
const barred: Answers = withAnswers({ refugeeClaim: 'rejected', lastDecisionDate: monthsAgo(3) });
const now = (() => {
  const check = checkAnswers(barred, today, 'complete');
  if (!check.ok) throw new Error('the test answers are not complete');
  return storedResultOf(assess(check.caseFile, today), RULES_VERSION);
})();

const json = (value: unknown) => Buffer.from(JSON.stringify(value));
const caseFile = (answers: unknown, extra: Record<string, unknown> = {}) =>
  json({ format: 'hc-case', version: 2, savedAt: monthsAgo(6), rulesVersion: 'old', answers, ...extra });
const file = (name: string, buffer: Buffer) => ({ name, mimeType: 'application/json', buffer });

const { severity: _left, ...unfinished } = barred;
const MARKUP = '<img src=x onerror="window.__batchInjected=1">';
const FILES = [
  file(
    'a-changed.json',
    caseFile(barred, {
      notes: { clientReference: 'A-17' },
      result: { ...now, asOf: monthsAgo(6), rulesVersion: 'old', outcome: 'can-apply', earliestApplicationDate: null },
    }),
  ),
  file('=b-no-result.json', caseFile(barred, { notes: { clientReference: MARKUP } })),
  file('c-unfinished.json', caseFile(unfinished)),
  file('d-not-json.json', Buffer.from('{ "format": "hc-case", ')),
  file('e-proto.json', Buffer.from(`{"format":"hc-case","version":2,"answers":{"__proto__":{"status":"citizen"}}}`)),
  file('f-deep.json', Buffer.from(`${'['.repeat(50)}${']'.repeat(50)}`)),
  file('g-huge.json', Buffer.alloc(MAX_CASE_FILE_BYTES + 1, 0x20)),
];

const rowOf = (page: import('@playwright/test').Page, name: string) =>
  page.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });

test('a batch of case files of every kind reaches the table with then and now, sorts, filters, exports and opens', async ({
  page,
}) => {
  await page.goto('/en/your-answers?consultant=1');
  await page.getByRole('button', { name: ctEn['consultant.batch.door'] }).click();
  const dialog = page.getByRole('dialog', { name: ctEn['consultant.batch.title'] });
  await dialog.getByLabel(ctEn['consultant.batch.choose']).setInputFiles(FILES);
  await expect(dialog.getByRole('status')).toHaveText(
    '7 files checked. 1 result changed. 4 files could not be assessed.',
  );
  await expect(dialog.getByRole('row')).toHaveCount(FILES.length + 1);

  const changed = rowOf(page, 'a-changed.json');
  await expect(changed.getByRole('cell').nth(0)).toHaveText('A-17');
  await expect(changed.locator('del').first()).toHaveText(`When saved: ${en['results.outcome.can-apply']}`);
  await expect(changed.locator('ins').first()).toHaveText(`Today: ${en['results.outcome.barred']}`);
  await expect(changed.locator('ins').nth(1)).toContainText(formatDate(now.earliestApplicationDate!, 'en'));
  await expect(changed.getByRole('cell').nth(5)).toHaveText('Changed');

  const noResult = rowOf(page, '=b-no-result.json');
  await expect(noResult.getByRole('cell').nth(0)).toHaveText(MARKUP);
  await expect(noResult.getByRole('cell').nth(2)).toHaveText(en['results.outcome.barred']);
  await expect(noResult.getByRole('cell').nth(5)).toHaveText('No earlier result');
  expect(await page.evaluate(() => (window as { __batchInjected?: number }).__batchInjected)).toBeUndefined();

  await expect(rowOf(page, 'c-unfinished.json')).toContainText(
    `Unfinished: 1 answer is missing, “${en['q.severity.short']}”.`,
  );
  await expect(rowOf(page, 'd-not-json.json')).toContainText(`The file: ${en['problem.not-json']}`);
  await expect(rowOf(page, 'e-proto.json')).toContainText(en['problem.unknown-field']);
  await expect(rowOf(page, 'f-deep.json')).toContainText(en['problem.too-deep']);
  await expect(rowOf(page, 'g-huge.json')).toContainText(`${MAX_CASE_FILE_BYTES + 1} bytes`);
  await expectNoAxeViolations(page);

  const changedHeader = dialog.getByRole('columnheader', { name: 'Changed' });
  await changedHeader.getByRole('button').click();
  await expect(changedHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(dialog.getByRole('row').nth(1).getByRole('rowheader')).toHaveText('a-changed.json');

  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: ctEn['consultant.batch.export'] }).click();
  const csv = await readFile(await (await download).path(), 'utf8');
  const lines = csv.split('\r\n');
  expect(csv.startsWith('\uFEFFFile,Client reference,Saved on,Result then,Result now,')).toBe(true);
  expect(lines[1]).toBe(
    [
      'a-changed.json',
      'A-17',
      monthsAgo(6),
      en['results.outcome.can-apply'],
      en['results.outcome.barred'],
      '',
      now.earliestApplicationDate,
      now.feesTotal,
      now.feesTotal,
      'Changed',
      '',
    ].join(','),
  );
  expect(lines.find((line) => line.includes('b-no-result'))).toMatch(/^'=b-no-result\.json,"<img src=x onerror=""/);
  expect(lines).toHaveLength(FILES.length + 2); // the header, one line per file, and the final CRLF

  await dialog.getByLabel(ctEn['consultant.batch.changed-only']).check();
  await expect(dialog.getByRole('row')).toHaveCount(2);
  await dialog.getByRole('button', { name: 'Open a-changed.json' }).click();
  await expect(page).toHaveURL(/\/en\/results$/);
  await expect(page.getByText(en['results.outcome.barred']).first()).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('in French, the table says then and now and why a file was refused in French', async ({ page }) => {
  await page.goto('/fr/vos-reponses?consultant=1');
  await page.getByRole('button', { name: ctFr['consultant.batch.door'] }).click();
  const dialog = page.getByRole('dialog', { name: ctFr['consultant.batch.title'] });
  await dialog.getByLabel(ctFr['consultant.batch.choose']).setInputFiles([FILES[0]!, FILES[3]!]);
  await expect(dialog.getByRole('status')).toHaveText(
    '2 dossiers vérifiés. 1 résultat a changé. 1 dossier n\u2019a pas pu être évalué.',
  );
  const changed = rowOf(page, 'a-changed.json');
  await expect(changed.locator('del').first()).toHaveText(
    `À l\u2019enregistrement\u00a0: ${fr['results.outcome.can-apply']}`,
  );
  await expect(changed.locator('ins').first()).toHaveText(`Aujourd\u2019hui\u00a0: ${fr['results.outcome.barred']}`);
  await expect(changed.getByRole('cell').nth(1)).toHaveText(formatDate(monthsAgo(6), 'fr'));
  await expect(rowOf(page, 'd-not-json.json')).toContainText(`Le fichier\u00a0: ${fr['problem.not-json']}`);

  // Files dropped on the box are checked as chosen ones are.
  const dropped = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['{}'], 'dropped.json', { type: 'application/json' }));
    return transfer;
  });
  await dialog.locator('.batch__drop').dispatchEvent('drop', { dataTransfer: dropped });
  await expect(dialog.getByRole('status')).toHaveText(
    '1 dossier vérifié. 0 résultat a changé. 1 dossier n\u2019a pas pu être évalué.',
  );
  await expect(rowOf(page, 'dropped.json')).toContainText(fr['problem.wrong-format'].split('{')[0]!);
});
