// "Re-check many case files" against its budget: 500 case files read, checked and assessed in the
// browser in under 2 s, with no main-thread task over 200 ms meanwhile (issue 14). Serves the
// production build in dist/ with `vite preview` (as playwright.config.ts does), drives Chromium,
// gives the page 500 files made from the worked examples (some with a stored result), and measures
// in the page, from the input's change event to the last row of the complete table.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from './chromium.mjs';

export const BATCH_BUDGET = { files: 500, wallMs: 2000, longestTaskMs: 200 };

const root = fileURLToPath(new URL('../../', import.meta.url));
const examples = join(root, 'tests/examples');

/** 500 files: each worked example in turn, saved on some day, with a client reference, every other one with a stored result. */
export function batchFiles(dir, count = BATCH_BUDGET.files) {
  const names = readdirSync(examples)
    .filter((name) => name.endsWith('.case.json'))
    .sort();
  const cases = names.map((name) => {
    const file = JSON.parse(readFileSync(join(examples, name), 'utf8'));
    const expected = JSON.parse(readFileSync(join(examples, name.replace('.case.json', '.expected.json')), 'utf8'));
    return { name, file, expected };
  });
  const paths = [];
  for (let i = 0; i < count; i++) {
    const { name, file, expected } = cases[i % cases.length];
    const e = expected.expect;
    const saved = { ...file, savedAt: expected.asOf, rulesVersion: 'benchmark', notes: { clientReference: `C-${i}` } };
    if (i % 2 === 0 && !e.invalid)
      saved.result = {
        asOf: expected.asOf,
        rulesVersion: 'benchmark',
        outcome: i % 4 === 0 ? e.outcome : 'can-apply',
        earliestApplicationDate: e.earliestApplicationDate ?? null,
        feesTotal: typeof e.feesTotal === 'number' ? e.feesTotal : null,
        ruleIds: [],
      };
    const path = join(dir, `${String(i).padStart(3, '0')}-${name}`);
    writeFileSync(path, `${JSON.stringify(saved, null, 2)}\n`);
    paths.push(path);
  }
  return paths;
}

async function waitForServer(url, server, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (server.exitCode !== null) throw new Error(`vite preview stopped (exit ${server.exitCode})`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`vite preview did not answer at ${url}`);
}

/** Installed before the app: long tasks and the moment files are chosen, then the moment the table is complete. */
function watchInPage(expected) {
  window.__batch = { longTasks: [], start: null, firstRow: null, end: null };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      window.__batch.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('change', () => (window.__batch.start ??= performance.now()), true);
  new MutationObserver(() => {
    if (window.__batch.start === null || window.__batch.end !== null) return;
    const rows = document.querySelectorAll('[data-batch="table"] tbody tr').length;
    if (rows > 0) window.__batch.firstRow ??= performance.now();
    if (rows === expected) window.__batch.end = performance.now();
  }).observe(document, { childList: true, subtree: true });
}

/**
 * Measures one batch of 500 files. Needs the production build (`npm run build`) and Chromium
 * (CHROME_PATH, default /usr/bin/chromium). Returns the figures in milliseconds.
 */
export async function measureBatch({ port }) {
  const dist = join(root, 'dist');
  if (!existsSync(join(dist, 'index.html'))) throw new Error('no production build in dist/: run `npm run build` first');
  const origin = `http://127.0.0.1:${port}`;
  const server = spawn(
    process.execPath,
    [
      join(root, 'node_modules/vite/bin/vite.js'),
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
      '--outDir',
      dist,
    ],
    { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const dir = mkdtempSync(join(tmpdir(), 'hc-batch-'));
  let browser;
  try {
    const paths = batchFiles(dir);
    await waitForServer(`${origin}/`, server);
    browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    });
    const page = await browser.newPage();
    await page.addInitScript(watchInPage, paths.length);
    await page.goto(`${origin}/en/your-answers?consultant=1`);
    await page.getByRole('button', { name: 'Re-check many case files' }).click();
    const input = page.getByLabel('Case files (.json)');
    const chosenAt = Date.now();
    await input.setInputFiles(paths);
    await page.waitForFunction(() => window.__batch.end !== null, null, { timeout: 60_000, polling: 50 });
    const outside = Date.now() - chosenAt;
    const { start, firstRow, end, longTasks } = await page.evaluate(() => window.__batch);
    // The task in which the browser hands the page the chosen files ends with the change event: only
    // its part from that event on is the page's work (before it, the browser builds the file list).
    const during = longTasks
      .filter((task) => task.start + task.duration >= start && task.start <= end)
      .map((task) => ({ ...task, ours: task.start + task.duration - Math.max(task.start, start) }));
    return {
      files: paths.length,
      wallMs: Math.round(end - start),
      wallMsFromNode: outside,
      /** from choosing the files to the table's first rows: every file read and assessed */
      assessedMs: Math.round(firstRow - start),
      longestTaskMs: Math.round(Math.max(0, ...during.map((task) => task.ours))),
      longTasks: during.length,
      /** each long task met: [start, duration, the part after the change event], in ms from the change event */
      tasks: during.map((task) => [task.start - start, task.duration, task.ours].map(Math.round)),
    };
  } finally {
    await browser?.close();
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}
