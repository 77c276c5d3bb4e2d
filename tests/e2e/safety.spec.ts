import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { safety } from '../../config/safety';
import { catalogue as fr } from '../../src/i18n/catalogue-fr';
import { formatDate } from '../../src/i18n/locale';
import { localToday } from '../../src/lib/today';
import { CASE_FILE_VERSION, assess, checkAnswers, type Answers } from '../../src/rules';
import { montrealFamily } from './support/cases';
import { STEPS } from '../../src/questions/catalogue';
import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { STORAGE_KEY, storedEntry } from './support/stored-entry';
import { CONTINUE, answerStatusAndLocation, stepPath, atStep } from './support/wizard-driver';

const complete: Answers = { ...montrealFamily, destination: 'ON' };

/** The exit site is never loaded: the test answers for it, then forgets it was asked for. */
async function interceptExit(page: Page, foreignRequests: string[]): Promise<() => void> {
  await page.route(`${safety.exitUrl}**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>neutral</title><p>neutral</p>' }),
  );
  return () => {
    const others = foreignRequests.filter((r) => !r.includes(safety.exitUrl));
    expect(others).toEqual([]);
    foreignRequests.splice(0);
  };
}

/** Answers two questions, then leaves with the Quick exit button (the exit site intercepted). */
async function quickExitAfterTwoAnswers(page: Page, foreignRequests: string[]) {
  const allowExit = await interceptExit(page, foreignRequests);
  await answerFirstTwo(page);
  await page.getByRole('button', { name: 'Quick exit' }).click();
  await page.waitForURL(`${safety.exitUrl}**`);
  allowExit();
}

const answerFirstTwo = (page: Page) => answerStatusAndLocation(page, 'in-canada');

async function storedAnywhere(page: Page) {
  return page.evaluate(() => [sessionStorage.getItem('hc-navigator'), localStorage.getItem('hc-navigator')]);
}

test.describe('quick exit', () => {
  test('the button wipes the answers, replaces the page, and Back shows no answer', async ({
    page,
    foreignRequests,
  }) => {
    await quickExitAfterTwoAnswers(page, foreignRequests);
    const allowExitAgain = await interceptExit(page, foreignRequests);
    await page.goBack();
    // Back leaves again for the neutral site (see the next describe); a fresh visit has no answer.
    await page.waitForURL(`${safety.exitUrl}**`);
    allowExitAgain();
    await page.goto(stepPath('en', 'status'));
    expect(await storedAnywhere(page)).toEqual([null, null]);
    await expect(page.locator('input[value="foreign-national"]')).not.toBeChecked();
  });

  test('pressing Shift three times does the same, also from a remembered state', async ({ page, foreignRequests }) => {
    const allowExit = await interceptExit(page, foreignRequests);
    await answerFirstTwo(page);
    await page.goto('/en/your-answers');
    await page.getByLabel('Keep my answers on this device after I close this tab').check();
    await page.locator('main h1').click();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await page.waitForURL(`${safety.exitUrl}**`);
    allowExit();
    await page.goto('/en/your-answers');
    expect(await storedAnywhere(page)).toEqual([null, null]);
  });
});

test.describe('after quick exit, history shows nothing of the tool', () => {
  test('Back twice from the neutral site, after two steps, never shows the app; a fresh visit does', async ({
    page,
    foreignRequests,
  }) => {
    // Every time the app's root gets content on screen, the test hears of it.
    const rendered: string[] = [];
    await page.exposeFunction('hcRendered', (path: string) => rendered.push(path));
    await page.addInitScript(() => {
      const w = window as unknown as { hcRendered(path: string): void; hcSeen?: boolean };
      new MutationObserver(() => {
        const root = document.getElementById('root');
        if (w.hcSeen || !root || root.hidden || root.childElementCount === 0) return;
        w.hcSeen = true;
        w.hcRendered(location.pathname);
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });
    await page.addInitScript(
      ([key, value]) => {
        if (!sessionStorage.getItem('seeded')) sessionStorage.setItem(key, value);
        sessionStorage.setItem('seeded', '1');
      },
      [
        STORAGE_KEY,
        storedEntry({ status: 'foreign-national', location: 'in-canada' }, ['status', 'location']),
      ] as const,
    );
    const allowExit = await interceptExit(page, foreignRequests);
    await page.goto(stepPath('en', 'status'));
    await page.getByRole('button', { name: CONTINUE.en }).click();
    await page.getByRole('button', { name: CONTINUE.en }).click();
    await page.waitForURL(atStep('en', 'inadmissibility'));
    await expect.poll(() => rendered.length).toBeGreaterThan(0);
    const before = rendered.length;
    await page.getByRole('button', { name: 'Quick exit' }).click();
    await page.waitForURL(`${safety.exitUrl}**`);
    for (let i = 0; i < 2; i++) {
      await page.goBack();
      await page.waitForURL(`${safety.exitUrl}**`);
      await expect(page.getByText('neutral')).toBeVisible();
    }
    allowExit();
    expect(rendered.length, `the app showed itself at ${rendered.slice(before).join(', ')}`).toBe(before);
    await page.goto(stepPath('en', 'status'));
    await expect(page.locator('main h1')).toBeVisible();
    await expect(page.locator('input:checked')).toHaveCount(0);
  });
});

test.describe('quick exit within reach, and discreet titles', () => {
  test('on a phone, the button stays on screen at the bottom of a long result', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.addInitScript(([key, value]) => sessionStorage.setItem(key, value), [
      STORAGE_KEY,
      storedEntry(
        complete,
        STEPS.map((s) => s.id),
      ),
    ] as const);
    await page.goto('/en/results');
    await expect(page).toHaveTitle('Your result – Navigator');
    const button = page.getByRole('button', { name: 'Quick exit' });
    await page.locator('footer').scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(2000);
    await expect(button).toBeInViewport({ ratio: 1 });
    await page.goto('/en');
    await expect(page).toHaveTitle('Start – Navigator');
    await expect(page.getByText('Quick exit does not erase your browser’s history')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('each page has its own title, with "Error: " first while a step fails; no topic in any', async ({ page }) => {
    await page.goto(stepPath('en', 'status'));
    await expect(page).toHaveTitle(/^Question 1 of about \d+ – Navigator$/);
    await page.getByRole('button', { name: CONTINUE.en }).click();
    await expect(page).toHaveTitle(/^Error: Question 1 of about \d+ – Navigator$/);
    await page.locator('input[value="foreign-national"]').check();
    await page.getByRole('button', { name: CONTINUE.en }).click();
    await expect(page).toHaveTitle(/^Question 2 of about \d+ – Navigator$/);
    await page.goto(stepPath('fr', 'location'));
    await page.getByRole('button', { name: CONTINUE.fr }).click();
    await expect(page).toHaveTitle(/^Erreur\u00a0: Question 2 sur environ \d+ – Navigateur$/);
    await page.goto('/fr/nulle-part');
    await expect(page).toHaveTitle('Page introuvable – Navigateur');
    await page.goto('/');
    await expect(page).toHaveTitle('Navigator · Navigateur');
  });
});

test.describe('saving is a choice', () => {
  test('by default answers live in the tab only; remembered answers come back in a new tab; one click forgets them', async ({
    page,
    context,
  }) => {
    await answerFirstTwo(page);
    expect((await storedAnywhere(page))[1]).toBeNull();
    const other = await context.newPage();
    await other.goto(stepPath('en', 'status'));
    await expect(other.locator('input[value="foreign-national"]')).not.toBeChecked();
    await other.close();

    await page.goto('/en/your-answers');
    await expectNoAxeViolations(page);
    await page.getByLabel('Keep my answers on this device after I close this tab').check();
    await expect(page.getByRole('status').filter({ hasText: 'kept on this device' }).first()).toBeVisible();
    const again = await context.newPage();
    await again.goto(stepPath('en', 'status'));
    await expect(again.locator('input[value="foreign-national"]')).toBeChecked();
    await expect(again.getByText('Your answers are kept on this device.')).toBeVisible();
    await again.getByRole('button', { name: 'Forget my answers' }).click();
    await expect(again.locator('input[value="foreign-national"]')).not.toBeChecked();
    expect(await storedAnywhere(again)).toEqual([null, null]);
  });

  test('a damaged or foreign stored entry is discarded with a notice, never a blank page', async ({ page }) => {
    const junks = [
      '{not json',
      '{"version":1,"answers":{"status":"<img src=x onerror=alert(1)>"}}',
      '{"version":0,"answers":{}}',
      '{"version":1,"answers":{"__proto__":{"polluted":true}}}',
      storedEntry({ status: '<script>' as never }),
    ];
    for (const junk of junks) {
      await page.addInitScript((value) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem('hc-navigator', value);
          sessionStorage.setItem('seeded', '1');
        }
      }, junk);
      await page.goto(stepPath('en', 'status'));
      await expect(page.getByText('We could not read the answers saved')).toBeVisible();
      await expect(page.locator('main h1')).toBeVisible();
      expect(
        await page.evaluate(() => (({}).constructor.prototype as Record<string, unknown>).polluted),
      ).toBeUndefined();
      await page.evaluate(() => {
        sessionStorage.clear();
        localStorage.clear();
      });
    }
  });
});

test.describe('case files', () => {
  test('save then open gives back exactly the same answers and result', async ({ page }, testInfo) => {
    await page.addInitScript((entry) => {
      if (!sessionStorage.getItem('hc-navigator')) sessionStorage.setItem('hc-navigator', entry);
    }, storedEntry(complete));
    await page.goto('/en/results');
    const outcome = await page.locator('[data-outcome]').getAttribute('data-outcome');
    await page.goto('/en/your-answers');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save case file' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^hc-case-\d{4}-\d{2}-\d{2}\.json$/);
    const path = testInfo.outputPath('saved.json');
    await download.saveAs(path);
    const saved = JSON.parse(await readFile(path, 'utf8'));
    expect(saved).toMatchObject({ format: 'hc-case', version: CASE_FILE_VERSION, answers: complete });
    expect(saved.savedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(typeof saved.rulesVersion).toBe('string');
    expect(saved.result).toMatchObject({ asOf: saved.savedAt, rulesVersion: saved.rulesVersion, outcome });

    await page.getByRole('button', { name: 'Forget my answers' }).click();
    await page.locator('#case-file').setInputFiles(path);
    await page.getByRole('button', { name: 'Open case file' }).click();
    await expect(page).toHaveURL(/check-your-answers$/);
    await expect(page.getByText('Case file opened.')).toBeVisible();
    const reopened = await page.evaluate(
      () => JSON.parse(sessionStorage.getItem('hc-navigator') ?? '{}').caseFile.answers,
    );
    expect(reopened).toEqual(complete);
    await page.getByRole('link', { name: 'See your result' }).click();
    await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', outcome ?? '');
  });

  test('a file saved on another day says so before the result', async ({ page }) => {
    await page.goto('/fr/vos-reponses');
    await page.locator('#case-file').setInputFiles({
      name: 'old.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          format: 'hc-case',
          version: CASE_FILE_VERSION,
          savedAt: '2025-01-15',
          rulesVersion: '2024-01-01.1',
          answers: complete,
        }),
      ),
    });
    await page.getByRole('button', { name: 'Ouvrir le dossier' }).click();
    await expect(page).toHaveURL(/verifier-vos-reponses$/);
    await page.getByRole('link', { name: 'Voir votre résultat' }).click();
    const notice = page.locator('[data-notice="opened-file"]');
    await expect(notice).toContainText('enregistré le 15 janvier 2025');
    // The notice comes before the result.
    const noticeBox = await notice.boundingBox();
    const outcomeBox = await page.locator('[data-outcome]').boundingBox();
    expect(noticeBox && outcomeBox && noticeBox.y < outcomeBox.y).toBe(true);
  });

  test('a file saved under earlier rules says in one line the result it gave then and the one it gives today', async ({
    page,
  }) => {
    const path = 'tests/e2e/fixtures/saved-under-earlier-rules.case.json';
    const file = JSON.parse(await readFile(path, 'utf8')) as { answers: Answers };
    const today = localToday();
    const check = checkAnswers(file.answers, today, 'complete');
    if (!check.ok) throw new Error('the fixture\u2019s answers should be complete');
    const now = assess(check.caseFile, today).outcome;
    await page.goto('/fr/vos-reponses');
    await page.locator('#case-file').setInputFiles(path);
    await page.getByRole('button', { name: 'Ouvrir le dossier' }).click();
    await expect(page).toHaveURL(/verifier-vos-reponses$/);
    const line = fr['answers.opened-result']
      .replace('{date}', formatDate('2025-10-01', 'fr'))
      .replace('{saved}', fr['results.outcome.barred'])
      .replace('{now}', fr[`results.outcome.${now}`]);
    await expect(page.locator('[data-notice="earlier-result"]')).toHaveText(line);
    await expectNoAxeViolations(page);
  });

  test('an unfinished file resumes at the first unanswered question', async ({ page }) => {
    await page.goto('/en/your-answers');
    await page.locator('#case-file').setInputFiles({
      name: 'part.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          format: 'hc-case',
          version: 1,
          answers: { status: 'foreign-national', location: 'outside-canada' },
        }),
      ),
    });
    await page.getByRole('button', { name: 'Open case file' }).click();
    await expect(page).toHaveURL(atStep('en', 'inadmissibility'));
  });

  test.describe('a file saved with version 1 of the questions (the worked examples)', () => {
    const examples = [
      { name: '01-montreal-family-can-apply', lands: 'family' },
      { name: '02-rejected-claim-twelve-month-bar', lands: 'check' },
      { name: '03-child-harm-lifts-the-bar', lands: 'family' },
      { name: '04-citizen', lands: 'check' },
      { name: '05-removed-abroad-with-sponsor', lands: 'family' },
    ] as const;
    const openExample = async (page: Page, name: string) => {
      await page.goto('/en/your-answers');
      await page.locator('#case-file').setInputFiles(`tests/examples/${name}.case.json`);
      await page.getByRole('button', { name: 'Open case file' }).click();
    };
    const newQuestionsNotice = (page: Page) => page.locator('[data-notice="new-questions"]');

    for (const { name, lands } of examples) {
      test(`${name} opens with its answers kept and lands on ${lands === 'family' ? 'the family step\u2019s new question' : 'Check your answers'}`, async ({
        page,
      }) => {
        await openExample(page, name);
        const answers = JSON.parse(await readFile(`tests/examples/${name}.case.json`, 'utf8')).answers;
        if (lands === 'family') {
          await expect(page.locator('form')).toHaveAttribute('data-step', 'family');
          await expect(newQuestionsNotice(page)).toContainText('saved with an earlier version of these questions');
          const pendingClaim = page.getByRole('group', { name: /refugee claim waiting for a decision/ });
          await expect(pendingClaim).toBeVisible();
          await expect(page.locator('input[name="spouseIncluded"][value="true"]')).toBeChecked();
          if (name === '01-montreal-family-can-apply') await expectNoAxeViolations(page);
        } else {
          await expect(page).toHaveURL(/check-your-answers$/);
          await expect(page.getByText('Case file opened.')).toBeVisible();
          await expect(newQuestionsNotice(page)).toHaveCount(0);
          await page.getByRole('link', { name: 'See your result' }).click();
          await expect(page.locator('[data-outcome]')).toHaveAttribute(
            'data-outcome',
            name === '04-citizen' ? 'not-eligible' : /.+/,
          );
        }
        const kept = await page.evaluate(() => JSON.parse(sessionStorage.getItem('hc-navigator') ?? '{}'));
        expect(kept.caseFile).toMatchObject({ version: CASE_FILE_VERSION, answers });
      });
    }

    test('01, once the new questions are answered, reaches the result and saves as version 2', async ({
      page,
    }, testInfo) => {
      await openExample(page, '01-montreal-family-can-apply');
      await page
        .getByRole('group', { name: /refugee claim waiting for a decision/ })
        .getByLabel('No', { exact: true })
        .check();
      await page.getByRole('button', { name: CONTINUE.en }).click();
      // In Canada the biometrics question follows; its answer is optional.
      await expect(page.locator('form')).toHaveAttribute('data-step', 'biometrics');
      await page.getByRole('button', { name: CONTINUE.en }).click();
      await expect(page).toHaveURL(/check-your-answers$/);
      await page.getByRole('link', { name: 'See your result' }).click();
      await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'can-apply');
      await page.goto('/en/your-answers');
      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Save case file' }).click();
      const path = testInfo.outputPath('saved.json');
      await (await downloading).saveAs(path);
      const saved = JSON.parse(await readFile(path, 'utf8'));
      expect(saved).toMatchObject({
        format: 'hc-case',
        version: CASE_FILE_VERSION,
        answers: { familyMemberPendingClaim: 'no' },
      });
      expect(saved.savedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(typeof saved.rulesVersion).toBe('string');
    });

    test('a ground H&C cannot overcome resumes at the new question whether it was decided', async ({ page }) => {
      await page.goto('/fr/vos-reponses');
      await page.locator('#case-file').setInputFiles({
        name: 'v1.json',
        mimeType: 'application/json',
        buffer: Buffer.from(
          JSON.stringify({
            format: 'hc-case',
            version: 1,
            answers: { status: 'foreign-national', location: 'outside-canada', inadmissibility: ['security'] },
          }),
        ),
      });
      await page.getByRole('button', { name: 'Ouvrir le dossier' }).click();
      await expect(page.locator('form')).toHaveAttribute('data-step', 'inadmissibility-found');
      await expect(page).toHaveURL(atStep('fr', 'inadmissibility-found'));
      await expect(newQuestionsNotice(page)).toContainText('version antérieure de ces questions');
      await expectNoAxeViolations(page);
    });

    test('06 is refused with its contradiction, and nothing changes', async ({ page }) => {
      await answerFirstTwo(page);
      await openExample(page, '06-invalid-removed-but-in-canada');
      const alert = page.getByRole('alert');
      await expect(alert).toContainText('This file was not opened. Your answers have not changed.');
      await expect(alert).toContainText(/Removal, Where you are now/);
      await expect(alert).toBeFocused();
      const kept = await page.evaluate(
        () => JSON.parse(sessionStorage.getItem('hc-navigator') ?? '{}').caseFile.answers,
      );
      expect(kept).toEqual({ status: 'foreign-national', location: 'in-canada' });
    });
  });

  const hostile: { name: string; body: () => Buffer; says: RegExp }[] = [
    {
      name: 'an oversized file',
      body: () => Buffer.alloc(300 * 1024, ' '),
      says: /too large \(307200 bytes\); a case file is at most 262144 bytes/,
    },
    {
      name: 'a file that is not JSON',
      body: () => Buffer.from('<html><script>alert(1)</script>'),
      says: /not valid JSON/,
    },
    {
      name: 'JSON with __proto__ and constructor keys',
      body: () =>
        Buffer.from(
          '{"format":"hc-case","version":1,"answers":{"__proto__":{"x":1},"constructor":{"prototype":{"y":1}}}}',
        ),
      says: /not a known answer/,
    },
    {
      name: 'deep nesting',
      body: () =>
        Buffer.from(`{"format":"hc-case","version":1,"answers":{"hardships":${'['.repeat(5000)}${']'.repeat(5000)}}}`),
      says: /nested too deeply/,
    },
    {
      name: 'a very long string',
      body: () =>
        Buffer.from(JSON.stringify({ format: 'hc-case', version: 1, answers: { status: 'x'.repeat(100000) } })),
      says: /not an allowed value/,
    },
    {
      name: 'markup and script in a value',
      body: () =>
        Buffer.from(
          JSON.stringify({
            format: 'hc-case',
            version: 1,
            answers: { status: '<img src=x onerror="window.__pwned=1">' },
          }),
        ),
      says: /not an allowed value/,
    },
    {
      name: 'the wrong format',
      body: () => Buffer.from(JSON.stringify({ format: 'other', version: 2, answers: [] })),
      says: /must be "hc-case"/,
    },
  ];
  for (const { name, body, says } of hostile) {
    test(`${name} is rejected with a message, and the answers already given survive`, async ({ page }) => {
      await answerFirstTwo(page);
      await page.goto('/en/your-answers');
      await page
        .locator('#case-file')
        .setInputFiles({ name: 'case.json', mimeType: 'application/json', buffer: body() });
      await page.getByRole('button', { name: 'Open case file' }).click();
      const alert = page.getByRole('alert');
      await expect(alert).toContainText('This file was not opened. Your answers have not changed.');
      await expect(alert).toBeFocused();
      // Plain words first; the engine's exact terms wait, folded, for whoever made the file.
      await expect(alert.getByText('It is not a case file saved by this tool')).toBeVisible();
      await expect(alert.getByText(says).first()).toBeHidden();
      await alert.getByText('What is wrong with the file, for the person who made it').click();
      await expect(alert).toContainText(says);
      await expect(alert.getByText(says).first()).toBeVisible();
      await expect(alert).not.toContainText(/\{\w+\}/); // every figure filled in
      await expect(page.locator('main img')).toHaveCount(0);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(
        await page.evaluate(() => (({}) as Record<string, unknown>).x ?? ({} as Record<string, unknown>).y),
      ).toBeUndefined();
      const kept = await page.evaluate(
        () => JSON.parse(sessionStorage.getItem('hc-navigator') ?? '{}').caseFile.answers,
      );
      expect(kept).toEqual({ status: 'foreign-national', location: 'in-canada' });
      await expectNoAxeViolations(page);
    });
  }
});

test('the built page allows only its own origin (Content-Security-Policy)', async ({ page }) => {
  await page.goto('/en');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("connect-src 'self'");
  expect(csp).not.toMatch(/https?:|\*/);
  // A script trying to reach another origin is refused by the policy, before any request is made.
  const blocked = await page.evaluate(async () => {
    try {
      await fetch('https://example.org/');
      return false;
    } catch {
      return true;
    }
  });
  expect(blocked).toBe(true);
});
