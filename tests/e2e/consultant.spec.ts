/**
 * Consultant mode in a real browser: the switch (address parameter, kept for the tab), each
 * question's rules and law, the result's trace and the rules that did not fire, notes in the case
 * file and on paper, quick exit, the shared-screen options (larger type, hidden answers, both
 * languages), "what if", comparing two case files and the client and file copies on paper. Answers
 * are seeded into the tab's store; expected results come from the engine on today's date. Every
 * consultant page state is checked with axe.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { safety } from '../../config/safety';
import { consultant as ctEn } from '../../src/i18n/consultant-en';
import { consultant as ctFr } from '../../src/i18n/consultant-fr';
import { catalogue as enWords } from '../../src/i18n/catalogue-en';
import { RULES_CHANGELOG } from '../../src/consultant/rules-changelog';
import { STEPS } from '../../src/questions/catalogue';
import { CASE_FILE_VERSION, RULES, RULES_VERSION, assess, checkAnswers, type Answers } from '../../src/rules';
import { RULE_READS } from '../../src/rules/rule-reads';
import { legalValues as lawLineValues } from '../../src/consultant/legal-params';
import { SETTINGS_KEY, STORAGE_KEY } from '../../src/wizard/storage-keys';
import { readStored } from '../../src/wizard/store';
import { localToday } from '../../src/lib/today';
import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { storedEntry } from './support/stored-entry';
import { stepPath, atStep } from './support/wizard-driver';

const today = localToday();
const STORE = STORAGE_KEY;
const SETTINGS = SETTINGS_KEY;

/** A local day `n` months before today, as the wizard would store it. */
function monthsAgo(n: number): string {
  const d = new Date();
  d.setDate(1);
  d.setMonth(d.getMonth() - n);
  return localToday(d);
}

const longDate = (iso: string, lang: 'en' | 'fr' = 'en') => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const text = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
  // French writes the first day of a month « 1er ».
  return lang === 'fr' && d === 1 ? text.replace(/^1 /, '1er ') : text;
};

/** A claim rejected three months ago, in Canada: barred by the 12-month bar, with fees. */
const barred: Answers = {
  status: 'foreign-national',
  location: 'in-canada',
  inadmissibility: [],
  spouseOrPartnerInCanada: 'no',
  permitHolderEligible: 'no',
  destination: 'QC',
  removal: 'none',
  refugeeClaim: 'rejected',
  lastDecisionDate: monthsAgo(3),
  designatedForeignNational: false,
  pendingHc: false,
  familySponsor: 'unsure',
  fearOfReturn: 'no',
  economicProfile: 'no',
  caregiverExperience: 'no',
  spouseIncluded: false,
  dependentChildren: 0,
  childrenAffected: false,
  lifeRiskNoMedicalCare: false,
  hardships: ['establishment'],
  severity: 'serious',
  homeCountryHelp: 'sought-with-proof',
  yearsInCanada: 4,
};
function assessmentOf(answers: Answers) {
  const check = checkAnswers(answers, today, 'complete');
  if (!check.ok) throw new Error('the test answers are not complete');
  return assess(check.caseFile, today);
}
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));

interface Seed {
  answers?: Answers;
  notes?: unknown;
  settings?: Record<string, boolean>;
}

/**
 * Seeds the tab once, as the store writes its entry (a flag outside the app's keys stops a reload
 * or Back from seeding again).
 */
async function seed(page: Page, { answers = barred, notes, settings }: Seed = {}) {
  const entry = storedEntry(
    answers,
    STEPS.map((s) => s.id),
    notes,
  );
  await page.addInitScript(
    ({ store, settingsKey, entry, settings }) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      sessionStorage.setItem(store, entry);
      if (settings) sessionStorage.setItem(settingsKey, JSON.stringify(settings));
    },
    { store: STORE, settingsKey: SETTINGS, entry, settings: settings ? { on: true, ...settings } : undefined },
  );
}

/** What the tab holds, read back as the store reads its entry. */
async function stored(page: Page) {
  const raw = await page.evaluate(
    ([store, settings]) => ({
      entry: sessionStorage.getItem(store as string),
      settings: JSON.parse(sessionStorage.getItem(settings as string) ?? 'null') as Record<string, boolean> | null,
      local: localStorage.getItem(store as string),
    }),
    [STORE, SETTINGS],
  );
  const read = raw.entry === null ? null : readStored(raw.entry, today);
  return {
    entry: read && { answers: read.progress.answers, notes: read.notes },
    settings: raw.settings,
    local: raw.local,
  };
}

const bar = (page: Page) => page.locator('[data-consultant="bar"]');

/** Saves with the save page's button (`bar`: with the consultant bar's) and reads the file back. */
async function download(page: Page, path: string, from: 'page' | 'bar' = 'page') {
  const downloading = page.waitForEvent('download');
  const button = page.getByRole('button', { name: 'Save case file' });
  await (
    from === 'bar' ? bar(page).locator(button) : button.and(page.locator(':not([data-consultant="save"])'))
  ).click();
  const file = await downloading;
  await file.saveAs(path);
  return { name: file.suggestedFilename(), json: JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown> };
}

test.describe('the switch', () => {
  test('the address parameter turns it on for the tab, and off; a person on their own never loads the tools', async ({
    page,
    context,
  }) => {
    const tools: string[] = [];
    page.on('request', (r) => {
      if (/\/consultant-/.test(r.url())) tools.push(r.url());
    });
    await seed(page);
    await page.goto(stepPath('en', 'status'));
    await expect(page.locator('main h1')).toBeVisible();
    await expect(bar(page)).toHaveCount(0);
    await page.goto('/en/check-your-answers');
    await expect(page.locator('main h1')).toBeVisible();
    expect(tools).toEqual([]);

    await page.goto(stepPath('en', 'status') + '?consultant=1');
    await expect(bar(page)).toBeVisible();
    await expect(page).toHaveURL(atStep('en', 'status'));
    expect((await stored(page)).settings).toMatchObject({ on: true });
    await expectNoAxeViolations(page);
    await page.reload();
    await expect(bar(page)).toBeVisible();
    await page.goto('/fr/resultat');
    await expect(page.locator('[data-consultant="bar"]')).toContainText('Mode consultant');

    // Another tab is another session.
    const other = await context.newPage();
    await other.goto('/en/your-answers');
    await expect(other.locator('main h1')).toBeVisible();
    await other.getByText('For consultants, lawyers and notaries').click(); // the fold loads its switch when opened
    await expect(other.getByLabel('Use consultant mode in this tab')).not.toBeChecked();
    await expect(bar(other)).toHaveCount(0);
    await other.close();

    await page.goto('/en/your-answers?consultant=0');
    await page.getByText('For consultants, lawyers and notaries').click();
    await expect(page.getByLabel('Use consultant mode in this tab')).not.toBeChecked();
    await expect(bar(page)).toHaveCount(0);
    expect((await stored(page)).settings).toBeNull();
  });

  test('the switch on "Save, open or forget your answers" turns it on and off, and says so', async ({ page }) => {
    await page.goto('/en/your-answers');
    const mode = page.getByLabel('Use consultant mode in this tab');
    await expect(mode).toBeHidden(); // folded away for applicants (p5)
    await page.getByText('For consultants, lawyers and notaries').click();
    await mode.check();
    await expect(page.getByRole('status').filter({ hasText: 'Consultant mode is on.' })).toBeVisible();
    await expect(bar(page)).toBeVisible();
    await expectNoAxeViolations(page);
    await bar(page).getByRole('button', { name: 'Turn off consultant mode' }).click();
    await expect(bar(page)).toHaveCount(0);
    await expect(mode).not.toBeChecked();
  });
});

test('each question shows its field, the rules it feeds and why it matters in law, with linked citations', async ({
  page,
}) => {
  await seed(page, { settings: {} });
  await page.goto(stepPath('fr', 'last-decision-date'));
  const panel = page.locator('[data-consultant-field="lastDecisionDate"]');
  await expect(panel).toContainText('lastDecisionDate');
  const rules = RULES.filter((r) => RULE_READS[r.id].includes('lastDecisionDate'));
  await expect(panel.locator('[data-rule-id]')).toHaveText(
    rules.map((r) => new RegExp(`^${r.id.replace('.', '\\.')} `)),
  );
  await expect(panel.locator('[data-law]')).toHaveText(
    fill(ctFr['consultant.law.lastDecisionDate'], lawLineValues('fr', today)),
  );
  await expect(panel.getByRole('link', { name: 'LIPR, art. 25(1.2)c)' })).toHaveAttribute(
    'href',
    'https://laws-lois.justice.gc.ca/fra/lois/I-2.5/article-25.html',
  );
  await expectNoAxeViolations(page);

  await page.goto(stepPath('en', 'classes-in-canada'));
  await expect(page.locator('[data-consultant-field]')).toHaveCount(2);
  const spouse = page.locator('[data-consultant-field="spouseOrPartnerInCanada"]');
  await expect(spouse.locator('[data-rule-id="redirect.spouse-in-canada-class"]')).toContainText(
    'redirect: another class first',
  );
  await expect(spouse.getByRole('link', { name: 'IRPR s. 124' })).toHaveAttribute(
    'href',
    'https://laws-lois.justice.gc.ca/eng/regulations/SOR-2002-227/section-124.html',
  );
  await expectNoAxeViolations(page);
});

test('the result shows the full trace: every rule that fired, its effect, citations, dates and the answers behind it', async ({
  page,
}) => {
  await seed(page, { settings: {} });
  await page.goto('/en/results');
  const assessment = assessmentOf(barred);
  const trace = page.locator('.trace > [data-trace-rule]');
  await expect(trace).toHaveCount(assessment.rules.length);
  expect(await trace.evaluateAll((items) => items.map((li) => li.getAttribute('data-trace-rule')))).toEqual(
    assessment.rules.map((r) => r.id),
  );
  for (const fired of assessment.rules) {
    const rule = RULES.find((r) => r.id === fired.id)!;
    const item = page.locator(`[data-trace-rule="${fired.id}"]`);
    for (const citation of fired.citations)
      await expect(item.getByRole('link', { name: citation })).toHaveAttribute('href', /^https:\/\//);
    await expect(item.locator('[data-trace="checked"]')).toHaveText(longDate(rule.checked));
    const read = RULE_READS[rule.id].filter((f) => barred[f] !== undefined);
    await expect(item.locator('[data-trace-answer]')).toHaveCount(read.length);
  }
  const twelve = page.locator('[data-trace-rule="bar.twelve-month"]');
  await expect(twelve.locator('[data-trace="effect"]')).toHaveText('bar: not yet');
  await expect(twelve.locator('[data-trace="until"]')).toHaveText(
    longDate(assessment.rules.find((r) => r.id === 'bar.twelve-month')!.until!),
  );
  await expect(twelve.locator('[data-trace-answer="lastDecisionDate"]')).toHaveText(
    `Last decision date: ${longDate(barred.lastDecisionDate!)}`,
  );
  await expect(twelve.locator('[data-trace="in-force"]')).toHaveText(
    longDate(RULES.find((r) => r.id === 'bar.twelve-month')!.inForce!.from),
  );
  await expect(twelve.locator('[data-trace="enacted-by"]')).toHaveText(
    RULES.find((r) => r.id === 'bar.twelve-month')!.inForce!.enactedBy,
  );
  await expect(page.locator('[data-trace-rule="inform.judicial-review"] [data-trace="in-force"]')).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('the trace also lists the rules that did not fire, with each condition in words and the answers it read', async ({
  page,
}) => {
  await seed(page, { settings: {} });
  await page.goto('/en/results');
  const table = page.getByRole('table', { name: 'Rules that did not fire' });
  const fired = new Set<string>(assessmentOf(barred).rules.map((r) => r.id));
  await expect(table.getByRole('rowheader')).toHaveText(RULES.filter((r) => !fired.has(r.id)).map((r) => r.id));
  const refugee = table.locator('[data-why-not="suggest.refugee-claim"]');
  await expect(refugee.locator('[data-why-not-condition]')).toHaveText(
    ctEn['consultant.condition.suggest.refugee-claim'],
  );
  await expect(refugee.locator('[data-why-not-answer="fearOfReturn"]')).toHaveText('Fear of return: No');
  await expect(table.locator('[data-why-not="warn.refugee-claim-one-year"] [data-why-not-condition]')).toHaveText(
    fill(ctEn['consultant.condition.warn.refugee-claim-one-year'], lawLineValues('en', today)),
  );
  await expectNoAxeViolations(page);
  await bar(page).getByLabel('Hide answers').check();
  await expect(refugee.locator('[data-why-not-answer="fearOfReturn"]')).toHaveText('Fear of return: Hidden');
});

test.describe('notes', () => {
  test('from a case file to a printed summary: notes per step and on the result, the reference in the file name, a round trip', async ({
    page,
  }, testInfo) => {
    await page.goto('/en/your-answers?consultant=1');
    await page.locator('#case-file').setInputFiles({
      name: 'client.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'hc-case', version: 1, answers: barred })),
    });
    await page.getByRole('button', { name: 'Open case file' }).click();
    await expect(page).toHaveURL(/check-your-answers$/);
    await expect(page.locator('[data-notice="notes-ignored"]')).toHaveCount(0);

    await bar(page).getByLabel('Client reference').fill('Dossier 12/B');
    await page.goto(stepPath('en', 'refugee-claim'));
    const note = page.getByLabel('Consultant\u2019s note on this step');
    await note.fill('RAD refused on the merits.\nFC leave pending?');
    await page.getByRole('link', { name: 'Back' }).click();
    await expect(page).toHaveURL(atStep('en', 'removal'));
    await page.goBack();
    await expect(note).toHaveValue('RAD refused on the merits.\nFC leave pending?');
    await page.reload();
    await expect(note).toHaveValue('RAD refused on the merits.\nFC leave pending?');
    await expectNoAxeViolations(page);

    await page.goto('/en/results');
    await page
      .getByLabel('Consultant\u2019s note on the result')
      .fill('Wait for the bar to end; gather school letters.');

    await page.emulateMedia({ media: 'print' });
    const printed = page.locator('[data-consultant="notes"]');
    await expect(printed.locator('[data-note="reference"] dd')).toHaveText('Dossier 12/B');
    await expect(printed.locator('[data-note="refugee-claim"] dt')).toHaveText('Refugee claim');
    await expect(printed.locator('[data-note="refugee-claim"] dd')).toHaveText(
      'RAD refused on the merits.\nFC leave pending?',
    );
    await expect(printed.locator('[data-note="results"] dd')).toHaveText(
      'Wait for the bar to end; gather school letters.',
    );
    await expect(page.locator('[data-trace-rule="bar.twelve-month"]')).toBeVisible();
    await expect(page.locator('.print-only [data-field="lastDecisionDate"]')).toBeVisible();
    for (const hidden of ['[data-consultant="bar"]', '[data-consultant="what-if"]', '#consultant-results-note'])
      await expect(page.locator(hidden)).toBeHidden();
    expect((await page.pdf({ format: 'Letter' })).byteLength).toBeGreaterThan(10_000);
    await page.emulateMedia({ media: 'screen' });

    await page.goto('/en/your-answers');
    const saved = await download(page, testInfo.outputPath('saved.json'));
    expect(saved.name).toBe(`hc-case-Dossier-12-B-${today}.json`);
    const notes = {
      clientReference: 'Dossier 12/B',
      steps: { 'refugee-claim': 'RAD refused on the merits.\nFC leave pending?' },
      results: 'Wait for the bar to end; gather school letters.',
    };
    expect(saved.json).toMatchObject({ format: 'hc-case', version: CASE_FILE_VERSION, answers: barred, notes });
    expect(Object.keys(saved.json.answers as object)).not.toContain('notes');

    // Saved just now, so nothing is unsaved: forgetting goes straight on, once consultant mode has checked.
    await page.getByRole('button', { name: 'Forget my answers' }).click();
    await expect.poll(async () => (await stored(page)).entry).toBeNull();
    await page.goto('/en/your-answers?consultant=1');
    await page.locator('#case-file').setInputFiles(testInfo.outputPath('saved.json'));
    await page.getByRole('button', { name: 'Open case file' }).click();
    await expect(page).toHaveURL(/check-your-answers$/);
    expect((await stored(page)).entry).toMatchObject({ answers: barred, notes });
    await expect(bar(page).getByLabel('Client reference')).toHaveValue('Dossier 12/B');
    await page.goto(stepPath('en', 'refugee-claim'));
    await expect(page.getByLabel('Consultant\u2019s note on this step')).toHaveValue(notes.steps['refugee-claim']);
  });

  test('the printed summary carries notes and trace in French too', async ({ page }) => {
    await seed(page, {
      settings: {},
      notes: {
        clientReference: 'Réf-7',
        steps: { family: 'Deux enfants à l\u2019école.' },
        results: 'Rappeler en mars.',
      },
    });
    await page.goto('/fr/resultat');
    await page.emulateMedia({ media: 'print' });
    const printed = page.locator('[data-consultant="notes"]');
    await expect(printed.getByRole('heading', { name: 'Notes de consultation' })).toBeVisible();
    await expect(printed.locator('[data-note="family"] dt')).toHaveText('Votre famille dans la demande');
    await expect(printed.locator('[data-note="results"] dd')).toHaveText('Rappeler en mars.');
    await expect(page.getByRole('heading', { name: 'Trace des règles' })).toBeVisible();
    await expect(page.locator('[data-trace-rule="bar.twelve-month"] [data-trace="effect"]')).toHaveText(
      ctFr['consultant.effect.bar'],
    );
  });

  const hostileNotes = String.raw`{"clientReference":"<img src=x onerror=window.__pwned=1>","steps":{"status":"<script>window.__pwned=2</script>","no-such-step":"x","location":12345,"__proto__":"p"},"results":"${'x'.repeat(100000)}","extra":{"deep":true}}`;
  for (const { name, notes, ignored } of [
    { name: 'markup, a huge string, unknown steps, a prototype key and wrong types', notes: hostileNotes, ignored: 5 },
    { name: 'notes that are not an object', notes: '"<b>notes</b>"', ignored: 1 },
  ]) {
    test(`a file with hostile notes (${name}) opens its answers, says what was left out, and shows markup as text`, async ({
      page,
    }) => {
      await page.goto('/en/your-answers?consultant=1');
      await page.locator('#case-file').setInputFiles({
        name: 'hostile.json',
        mimeType: 'application/json',
        buffer: Buffer.from(`{"format":"hc-case","version":1,"answers":${JSON.stringify(barred)},"notes":${notes}}`),
      });
      await page.getByRole('button', { name: 'Open case file' }).click();
      await expect(page).toHaveURL(/check-your-answers$/);
      await expect(page.locator('[data-notice="notes-ignored"]')).toContainText(
        ignored === 1 ? '1 note in the file was left out' : `${ignored} notes in the file were left out`,
      );
      await expectNoAxeViolations(page);
      expect((await stored(page)).entry?.answers).toEqual(barred);
      await page.goto(stepPath('en', 'status'));
      if (ignored === 5) {
        await expect(bar(page).getByLabel('Client reference')).toHaveValue('<img src=x onerror=window.__pwned=1>');
        await expect(page.getByLabel('Consultant\u2019s note on this step')).toHaveValue(
          '<script>window.__pwned=2</script>',
        );
        await page.goto('/en/results');
        await page.emulateMedia({ media: 'print' });
        await expect(page.locator('[data-note="status"] dd')).toHaveText('<script>window.__pwned=2</script>');
        expect((await stored(page)).entry?.notes).toEqual({
          clientReference: '<img src=x onerror=window.__pwned=1>',
          steps: { status: '<script>window.__pwned=2</script>' },
        });
      }
      await expect(page.locator('main img, main script')).toHaveCount(0);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.evaluate(() => (({}) as Record<string, unknown>).p)).toBeUndefined();
    });
  }

  test('typing capitals such as "RAD" in a note keeps the page: quick exit counts Shift pressed on its own', async ({
    page,
  }) => {
    await seed(page, { settings: {} });
    await page.goto('/en/your-answers');
    await page.goto(stepPath('en', 'status'));
    const note = page.getByLabel('Consultant\u2019s note on this step');
    // As a keyboard types capitals: Shift held down while each letter is pressed.
    const typeAsKeyboard = async (text: string) => {
      for (const char of text) {
        if (/[A-Z]/.test(char)) {
          await page.keyboard.down('Shift');
          await page.keyboard.press(`Key${char}`);
          await page.keyboard.up('Shift');
        } else await page.keyboard.type(char);
      }
    };
    await note.focus();
    await typeAsKeyboard('Decision from the RAD, see IRCC');
    await bar(page).getByLabel('Client reference').focus();
    await typeAsKeyboard('DOE J');
    await expect(page).toHaveURL(atStep('en', 'status'));
    await expect(note).toHaveValue('Decision from the RAD, see IRCC');
    expect((await stored(page)).entry?.notes?.clientReference).toBe('DOE J');
  });

  test('quick exit wipes the notes, the client reference and consultant mode', async ({ page, foreignRequests }) => {
    await page.route(`${safety.exitUrl}**`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>neutral</title>' }),
    );
    await seed(page, { settings: { large: true } });
    await page.goto('/en/your-answers');
    await page.goto(stepPath('en', 'status'));
    await bar(page).getByLabel('Client reference').fill('Client 44');
    await page.getByLabel('Consultant\u2019s note on this step').fill('Private detail');
    expect((await stored(page)).entry?.notes).toEqual({
      clientReference: 'Client 44',
      steps: { status: 'Private detail' },
    });
    await page.getByRole('button', { name: 'Quick exit' }).click();
    await page.waitForURL(`${safety.exitUrl}**`);
    expect(foreignRequests.filter((r) => !r.includes(safety.exitUrl))).toEqual([]);
    foreignRequests.splice(0);
    // Back leaves again for the neutral site (decision 0013); a fresh visit finds nothing.
    await page.goBack();
    await page.waitForURL(`${safety.exitUrl}**`);
    foreignRequests.splice(0);
    await page.goto('/en/your-answers');
    await page.locator('main h1').first().waitFor();
    expect(await stored(page)).toEqual({ entry: null, settings: null, local: null });
    await expect(bar(page)).toHaveCount(0);
    await expect(page.getByText('Private detail')).toHaveCount(0);
  });
});

test.describe('a reopened file that remembered its result', () => {
  test('the result then and now side by side, each rule that changed with the recorded change, and the changelog', async ({
    page,
  }) => {
    const path = 'tests/e2e/fixtures/saved-under-earlier-rules.case.json';
    const file = JSON.parse(await readFile(path, 'utf8')) as { answers: Answers; result: { ruleIds: string[] } };
    const now = assessmentOf(file.answers);
    await page.goto('/en/your-answers?consultant=1');
    await page.locator('#case-file').setInputFiles(path);
    await page.getByRole('button', { name: 'Open case file' }).click();
    await expect(page.locator('[data-notice="earlier-result"]')).toHaveText(
      fill(enWords['answers.opened-result'], {
        date: longDate('2025-10-01'),
        saved: enWords['results.outcome.barred'],
        now: enWords[`results.outcome.${now.outcome}`],
      }),
    );
    await page.goto('/en/results');
    const thenNow = page.locator('[data-consultant="then-now"]');
    await expect(thenNow.getByRole('heading', { name: 'Then and now' })).toBeVisible();
    const outcomeRow = thenNow.locator('[data-then-now-row="outcome"] td');
    await expect(outcomeRow).toHaveText([
      enWords['results.outcome.barred'],
      enWords[`results.outcome.${now.outcome}`],
      now.outcome === 'barred' ? ctEn['consultant.whatif.same'] : ctEn['consultant.whatif.changed'],
    ]);
    await expect(thenNow.locator('[data-then-now-row="version"] td').nth(1)).toHaveText(RULES_VERSION);
    const added = now.rules.map((r) => r.id).filter((id) => !file.result.ruleIds.includes(id));
    expect(added).toContain('warn.declare-family-members');
    await expect(thenNow.locator('[data-then-now-rules="added"] [data-rule]')).toHaveCount(added.length);
    await expect(
      thenNow.locator('[data-then-now-rules="added"] [data-rule="warn.declare-family-members"]'),
    ).toContainText(ctEn['consultant.changelog.new-listed-rules']);
    await expect(thenNow.locator('[data-then-now="why"]')).toHaveText(
      fill(ctEn['consultant.then-now.since'], { version: '2026-05-31.1' }),
    );
    await expect(thenNow.locator(`[data-changelog-entry="${RULES_VERSION}"] [data-change]`)).toHaveCount(
      RULES_CHANGELOG.at(-1)?.changes.length ?? -1,
    );
    await expectNoAxeViolations(page);
  });
});

test.describe('the shared screen', () => {
  test('larger type makes the text bigger without breaking a 320 px screen', async ({ page }) => {
    await seed(page, { settings: {} });
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(stepPath('en', 'family'));
    const bodySize = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    const before = await bodySize();
    await bar(page).getByLabel('Larger type').check();
    await expect(page.locator('html')).toHaveClass(/consultant-large/);
    expect(await bodySize()).toBeGreaterThan(before * 1.2);
    for (const path of [
      stepPath('en', 'family'),
      stepPath('fr', 'refugee-claim'),
      '/en/check-your-answers',
      '/en/results',
    ]) {
      await page.goto(path);
      await page.locator('main h1').first().waitFor();
      if (path.endsWith('results')) {
        await page.locator('#what-if-field').selectOption('yearsInCanada');
        await page.locator('#yearsInCanada').fill('5');
        await page.getByRole('button', { name: 'Try this answer' }).click();
        await expect(page.locator('[data-whatif-row="fees"]')).toBeVisible();
      }
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
      await expectNoAxeViolations(page);
    }
  });

  test('at 1280×800 with larger type, the question\u2019s heading and first choice are on the first screen', async ({
    page,
  }) => {
    await seed(page, { settings: { large: true } });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(stepPath('en', 'status'));
    await expect(bar(page)).toBeVisible();
    await expect(page.locator('html')).toHaveClass(/consultant-large/);
    const bottom = (locator: ReturnType<Page['locator']>) =>
      locator.evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
    expect(await bottom(page.locator('main h1'))).toBeLessThanOrEqual(800);
    expect(await bottom(page.locator('form[data-step] .choice').first())).toBeLessThanOrEqual(800);
    await expectNoAxeViolations(page);
  });

  test('hide answers also hides the evidence by hardship and the ticked boxes', async ({ page }) => {
    await seed(page, { answers: { ...barred, hardships: ['family-violence'] }, settings: { hideAnswers: true } });
    await page.goto('/en/results');
    await expect(page.locator('[data-evidence="family-violence"]')).toBeAttached();
    await expect(page.getByRole('heading', { name: 'Family violence' })).toBeHidden();
    await expectNoAxeViolations(page);
    await page.goto(stepPath('en', 'hardships'));
    const ticked = page.getByLabel('Family violence', { exact: true });
    await expect(ticked).toBeChecked();
    const look = (locator: ReturnType<Page['locator']>) =>
      locator.evaluate((el) => {
        const style = getComputedStyle(el);
        return [style.appearance, style.backgroundColor, style.borderColor].join();
      });
    expect(await look(ticked)).toBe(await look(page.getByLabel('Discrimination', { exact: true })));
    await expectNoAxeViolations(page);
  });

  test('hide answers keeps every answer off the screen and the paper, and brings them back', async ({ page }) => {
    await seed(page, { settings: {} });
    await page.goto('/en/check-your-answers');
    const values = page.locator('.summary-list__value');
    await expect(values.first()).not.toHaveText('Hidden');
    await bar(page).getByLabel('Hide answers').check();
    await expect(page.getByRole('status').filter({ hasText: 'Answers are hidden.' })).toBeAttached();
    await expect(values).toHaveText(Array(await values.count()).fill('Hidden'));
    await expect(page.getByText(longDate(barred.lastDecisionDate!))).toHaveCount(0);
    await expectNoAxeViolations(page);

    await page.goto('/en/results');
    await expect(page.locator('[data-trace-answer="lastDecisionDate"]')).toHaveText('Last decision date: Hidden');
    await page.locator('#what-if-field').selectOption('lastDecisionDate');
    await expect(page.locator('#lastDecisionDate-year')).toHaveValue('');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.print-only [data-field="lastDecisionDate"] dd')).toHaveText('Hidden');
    await page.emulateMedia({ media: 'screen' });
    await expect(page.getByText(longDate(barred.lastDecisionDate!)).filter({ visible: true })).toHaveCount(0);
    await expectNoAxeViolations(page);

    await bar(page).getByLabel('Hide answers').uncheck();
    await expect(page.locator('[data-trace-answer="lastDecisionDate"]')).toHaveText(
      `Last decision date: ${longDate(barred.lastDecisionDate!)}`,
    );
  });

  test('side by side shows the result in both languages, each with its lang, loading French only then', async ({
    page,
  }) => {
    const french: string[] = [];
    page.on('request', (r) => {
      if (/\/catalogue-fr-|\/consultant-fr-/.test(r.url())) french.push(r.url());
    });
    await seed(page, { settings: {} });
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto('/en/results');
    await expect(page.locator('[data-consultant="results"]')).toBeVisible();
    expect(french).toEqual([]);
    await bar(page).getByLabel('Result in English and French, side by side').check();
    const en = page.locator('.side-by-side > section[lang="en"]');
    const fr = page.locator('.side-by-side > section[lang="fr"]');
    // The outcome is each language's heading.
    await expect(en.getByRole('heading', { level: 1 })).toHaveText('You cannot make an H&C request yet');
    await expect(fr.getByRole('heading', { level: 1 })).toHaveText('Vous ne pouvez pas encore présenter de demande CH');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(fr.locator('[data-outcome]')).toContainText('Vous ne pouvez pas encore présenter de demande CH');
    await expect(
      fr.locator('[data-rule="bar.twelve-month"]').getByRole('link', { name: 'LIPR, art. 25(1.2)c)' }),
    ).toHaveAttribute('href', /\/fra\//);
    await expect(
      en.locator('[data-rule="bar.twelve-month"]').getByRole('link', { name: 'IRPA s. 25(1.2)(c)' }),
    ).toHaveAttribute('href', /\/eng\//);
    expect(french.some((url) => url.includes('/catalogue-fr-'))).toBe(true);
    const [enBox, frBox] = [await en.boundingBox(), await fr.boundingBox()];
    expect(enBox && frBox && Math.abs(enBox.y - frBox.y) < 2 && frBox.x > enBox.x + enBox.width).toBe(true);
    // Row by row (m8): each section starts level with its other-language twin, however long either is.
    const tops = (column: typeof en) =>
      column.evaluate((el) => [...el.children].map((child) => Math.round(child.getBoundingClientRect().top)));
    const [enTops, frTops] = [await tops(en), await tops(fr)];
    expect(enTops.length).toBeGreaterThan(4);
    expect(frTops).toEqual(enTops);
    await expectNoAxeViolations(page);

    await page.setViewportSize({ width: 375, height: 800 });
    const [enNarrow, frNarrow] = [await en.boundingBox(), await fr.boundingBox()];
    expect(enNarrow && frNarrow && frNarrow.y >= enNarrow.y + enNarrow.height).toBe(true);
    await page.goto('/fr/resultat');
    await expect(page.locator('.side-by-side > section[lang="fr"]').first()).toBeVisible();
    await expect(page.locator('.side-by-side > section[lang="en"] h1')).toHaveText(
      'You cannot make an H&C request yet',
    );
    await expectNoAxeViolations(page);
  });
});

test('what if: a later decision date, a child affected and more children change the outcome, the date and the fees; one click puts the original back', async ({
  page,
}, testInfo) => {
  await seed(page, { settings: {} });
  await page.goto('/en/results');
  const original = assessmentOf(barred);
  const row = (name: string) => page.locator(`[data-whatif-row="${name}"]`);
  const tryAnswer = () => page.getByRole('button', { name: 'Try this answer' }).click();

  const older = monthsAgo(24);
  await page.locator('#what-if-field').selectOption({ label: 'Last decision date' });
  const [y, m, d] = older.split('-');
  await page.locator('#lastDecisionDate').fill(String(Number(d)));
  await page.locator('#lastDecisionDate-month').fill(String(Number(m)));
  await page.locator('#lastDecisionDate-year').fill(String(y));
  await tryAnswer();
  await expect(row('outcome')).toHaveAttribute('data-changed', 'true');
  await expect(row('outcome').locator('td').nth(0)).toHaveText('You cannot make an H&C request yet');
  await expect(row('outcome').locator('td').nth(1)).toHaveText('You can make an H&C request');
  await expect(row('earliest').locator('td').nth(0)).toHaveText(longDate(original.earliestApplicationDate!));
  await expect(row('earliest').locator('td').nth(1)).toHaveText('Now'); // can apply: no waiting, never "None" (m10)
  await expect(row('earliest')).toContainText('Changed');
  await expect(row('fees')).toContainText('Same');
  await expect(page.locator('[data-whatif-answer="lastDecisionDate"] del')).toContainText(
    longDate(barred.lastDecisionDate!),
  );
  await expect(page.locator('[data-whatif-answer="lastDecisionDate"] ins')).toContainText(longDate(older));
  await expect(page.locator('[data-whatif="status"]')).toHaveText(/differs from the original answers in 2 of 3/);
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Put the original answers back' }).click();
  await expect(row('outcome')).toHaveCount(0);
  await expect(page.locator('[data-whatif="status"]')).toHaveText('The original answers are back.');

  await page.locator('#what-if-field').selectOption({ label: 'Children affected' });
  await page.getByRole('radio', { name: 'Yes', exact: true }).check();
  await tryAnswer();
  await expect(page.locator('[data-whatif="needs"]')).toContainText('Harm to a child');
  await expect(page.locator('#what-if-field')).toHaveValue('childHarm');
  await page.getByRole('radio', { name: /^Yes/ }).check();
  await tryAnswer();
  await expect(row('outcome').locator('td').nth(1)).toHaveText('You can make an H&C request');
  await expect(page.locator('[data-whatif-rules="added"]')).toContainText('lift.twelve-month');
  await expect(page.locator('[data-whatif-rules="removed"]')).toContainText('bar.twelve-month');

  await page.locator('#what-if-field').selectOption({ label: 'Dependent children' });
  await page.locator('#dependentChildren').fill('2');
  await tryAnswer();
  // Two children included: whether one has a refugee claim pending is asked first.
  await expect(page.locator('#what-if-field')).toHaveValue('familyMemberPendingClaim');
  await page.locator('input[name="familyMemberPendingClaim"][value="no"]').check();
  await tryAnswer();
  const withChildren = assessmentOf({
    ...barred,
    childrenAffected: true,
    childHarm: 'yes',
    dependentChildren: 2,
    familyMemberPendingClaim: 'no',
  });
  await expect(row('fees')).toHaveAttribute('data-changed', 'true');
  // After 2026-04-30 the processing fees are not known: no total, only the people they count.
  const money = (n: number) =>
    new Intl.NumberFormat('en-CA', {
      style: 'currency',
      currency: 'CAD',
      trailingZeroDisplay: 'stripIfInteger',
    }).format(n);
  const feesText = (fees: typeof original.fees) =>
    fees?.total === null
      ? fill(ctEn['consultant.whatif.fees-unknown'], {
          people: fees.items.filter((i) => i.id.startsWith('processing.')).reduce((n, i) => n + i.count, 0),
        })
      : money(fees?.total as number);
  await expect(row('fees').locator('td').nth(0)).toHaveText(feesText(original.fees));
  await expect(row('fees').locator('td').nth(1)).toHaveText(feesText(withChildren.fees));
  await expectNoAxeViolations(page);

  // The client's answers never moved: not in the store, not in the result above, not in the saved file.
  expect((await stored(page)).entry?.answers).toEqual(barred);
  await expect(page.locator('[data-outcome]').first()).toHaveAttribute('data-outcome', 'barred');
  await page.getByRole('button', { name: 'Put the original answers back' }).click();
  await expect(page.locator('[data-whatif="changes"]')).toHaveCount(0);
  await page.goto('/en/your-answers');
  expect((await download(page, testInfo.outputPath('after-what-if.json'))).json.answers).toEqual(barred);
});

test.describe('compare and hand over', () => {
  // The built page reads config/practice.ts; the client copy's test fills it in the served code
  // instead of rebuilding (as words.spec.ts does), so the service worker must not serve the code.
  test.use({ serviceWorkers: 'block' });

  /** Puts a copy's class on <html> as its print button does, and shows the page as on paper. */
  async function paper(page: Page, copy: 'client' | 'file' | 'what-if') {
    await page.evaluate((c) => {
      document.documentElement.classList.remove('print-client', 'print-file', 'print-what-if');
      document.documentElement.classList.add(`print-${c}`);
    }, copy);
    await page.emulateMedia({ media: 'print' });
  }

  test('the client copy carries the practice and no rule id, trace or note; the file copy carries them all', async ({
    page,
  }) => {
    const EMPTY_PRACTICE = /name:(["'`])\1,phone:\1\1,email:\1\1,bookingUrl:\1\1,licence:\{body:\1\1,number:\1\1\}/;
    await page.route('**/assets/*.js', async (route) => {
      const response = await route.fetch();
      const code = await response.text();
      const practice =
        'name:"Example Immigration Services",phone:"+1 514 555 0100",email:"",bookingUrl:"",licence:{body:"CICC",number:"R512345"}';
      return route.fulfill({ response, body: code.replace(EMPTY_PRACTICE, practice) });
    });
    // What each print button leaves on <html> while the dialog would be open.
    await page.addInitScript(() => {
      window.print = () => {
        (window as unknown as { printed: string[] }).printed.push(document.documentElement.className);
        window.dispatchEvent(new Event('afterprint'));
      };
      (window as unknown as { printed: string[] }).printed = [];
    });
    await seed(page, { settings: {}, notes: { clientReference: 'A-17', results: 'Call back in March.' } });
    await page.goto('/en/results');
    await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Print client copy' }).click();
    await page.getByRole('button', { name: 'Print file copy' }).click();
    const printed = await page.evaluate(() => (window as unknown as { printed: string[] }).printed);
    expect(printed.map((c) => c.match(/print-\w+/)?.[0])).toEqual(['print-client', 'print-file']);
    expect(await page.evaluate(() => document.documentElement.className)).not.toMatch(/print-/);
    await expectNoAxeViolations(page);

    await paper(page, 'client');
    await expect(page.locator('.print-header')).toContainText('Client reference: A-17');
    const letterhead = page.locator('[data-consultant="letterhead"]');
    await expect(letterhead).toContainText('Example Immigration Services');
    await expect(letterhead).toContainText('Licence or membership number (CICC): R512345.');
    await expect(letterhead).toContainText('Phone: +1 514 555 0100');
    await expect(page.getByText('Copy for the client', { exact: true })).toBeVisible();
    await expect(page.locator('[data-rule="bar.twelve-month"]')).toBeVisible();
    await expect(page.locator('.card__rule').first()).toBeHidden();
    await expect(page.locator('[data-trace-rule]').first()).toBeHidden();
    await expect(page.locator('[data-consultant="notes"]')).toBeHidden();
    // What shows on paper: the text of whatever the print style sheet leaves visible.
    expect(await page.locator('main').innerText()).not.toMatch(/bar\.twelve-month|Call back in March|Rules trace/);
    await expect(page.locator('[data-help="public"]')).toBeVisible();
    await expect(page.locator('.print-only [data-field="lastDecisionDate"]')).toBeVisible();

    await paper(page, 'file');
    await expect(letterhead).toBeHidden();
    await expect(page.getByText('Copy for the file', { exact: false })).toBeVisible();
    await expect(page.locator('.card__rule').first()).toBeVisible();
    await expect(page.locator('[data-trace-rule="bar.twelve-month"]')).toBeVisible();
    await expect(page.locator('[data-consultant="notes"] [data-note="results"] dd')).toHaveText('Call back in March.');
  });

  test('a what if prints as hypothetical, saves as a file of its own, and compares with the client\u2019s file', async ({
    page,
  }, testInfo) => {
    await seed(page, { settings: {} });
    await page.goto('/en/results');
    const older = monthsAgo(24);
    await page.locator('#what-if-field').selectOption({ label: 'Last decision date' });
    const [y, m, d] = older.split('-');
    await page.locator('#lastDecisionDate').fill(String(Number(d)));
    await page.locator('#lastDecisionDate-month').fill(String(Number(m)));
    await page.locator('#lastDecisionDate-year').fill(String(y));
    await page.getByRole('button', { name: 'Try this answer' }).click();

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save this what if as a case file' }).click();
    const file = await downloading;
    expect(file.suggestedFilename()).toBe(`hc-case-what-if-${today}.json`);
    const whatIfPath = testInfo.outputPath('what-if.json');
    await file.saveAs(whatIfPath);
    const saved = JSON.parse(await readFile(whatIfPath, 'utf8')) as Record<string, unknown>;
    expect(saved).toMatchObject({
      format: 'hc-case',
      version: CASE_FILE_VERSION,
      answers: { ...barred, lastDecisionDate: older },
    });
    await expect(page.locator('[data-whatif="status"]')).toHaveText(
      `This what if was saved as ${file.suggestedFilename()}.`,
    );

    await paper(page, 'what-if');
    await expect(
      page.getByRole('heading', { name: 'What if: hypothetical answers, not the client\u2019s' }),
    ).toBeVisible();
    await expect(page.locator('[data-whatif-answer="lastDecisionDate"]')).toContainText(
      `Original answer: ${longDate(barred.lastDecisionDate!)}`,
    );
    await expect(page.locator('[data-whatif-row="outcome"]')).toBeVisible();
    await expect(page.locator('[data-outcome]').first()).toBeHidden();
    await expect(page.locator('[data-trace-rule]').first()).toBeHidden();
    await expect(page.locator('#what-if-field')).toBeHidden();
    await page.emulateMedia({ media: 'screen' });

    // The client's file and the what if's, both opened: one answer differs, and so do the results.
    const compare = page.locator('[data-consultant="compare"]');
    await compare.getByLabel('First case file (.json)').setInputFiles({
      name: 'client.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'hc-case', version: CASE_FILE_VERSION, answers: barred })),
    });
    await compare.getByLabel('Second case file (.json)').setInputFiles(whatIfPath);
    await compare.getByRole('button', { name: 'Compare' }).click();
    await expect(compare.locator('[data-compare-answer]')).toHaveCount(1);
    const answer = compare.locator('[data-compare-answer="lastDecisionDate"]');
    await expect(answer.locator('td').first()).toHaveText(longDate(barred.lastDecisionDate!));
    await expect(answer.locator('td').last()).toHaveText(longDate(older));
    const outcome = compare.locator('[data-compare-row="outcome"]');
    await expect(outcome.locator('td').nth(0)).toHaveText('You cannot make an H&C request yet');
    await expect(outcome.locator('td').nth(1)).toHaveText('You can make an H&C request');
    await expect(compare.getByRole('columnheader', { name: 'First file: client.json' }).first()).toBeVisible();
    await expectNoAxeViolations(page);

    // A damaged file is refused with its reason, and the comparison stays as it was.
    await compare.getByLabel('Second case file (.json)').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format": "hc-case",'),
    });
    await compare.getByRole('button', { name: 'Compare' }).click();
    await expect(compare.getByRole('alert')).toContainText('The file broken.json was not opened.');
    await expect(answer.locator('td').last()).toHaveText(longDate(older));
    expect((await stored(page)).entry?.answers).toEqual(barred);
  });
});
