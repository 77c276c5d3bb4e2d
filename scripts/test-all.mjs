// `npm test`: every test of the project in one command, in order: lint and format (phase 0: the
// layer map, the hooks rules and Prettier's check, in a few seconds), typecheck, unit and scenario
// tests, the production build (and a second one served from a sub-path), its size budget, the
// worked examples through the real assessor, and the browser tests against those same builds. Every phase runs even when an earlier
// one failed, except that size and browser tests need the build. The last line is `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { examplesCounts, playwrightCounts, vitestCounts } from './lib/report-counts.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const reports = `${root}reports`;
const bin = (name) => `${root}node_modules/.bin/${name}`;
const results = [];

// A log file gets plain text; a terminal keeps the tools' colours.
const baseEnv = process.stdout.isTTY ? process.env : { ...process.env, NO_COLOR: '1' };

function run(command, args, env = baseEnv) {
  const started = Date.now();
  const child = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  return {
    status: child.error ? 127 : (child.status ?? 1),
    seconds: (Date.now() - started) / 1000,
    error: child.error,
  };
}

const single = ({ status, error }) => ({
  passed: status === 0 ? 1 : 0,
  failed: status === 0 ? 0 : 1,
  skipped: 0,
  note: error?.message,
});

function phase(name, body) {
  console.log(`\n━━━ ${results.length}. ${name} ━━━`);
  const started = Date.now();
  const counts = body();
  results.push({ name, ...counts, seconds: (Date.now() - started) / 1000 });
  return counts;
}

function skipped(name, why) {
  console.log(`\n━━━ ${results.length}. ${name} ━━━\nskipped: ${why}`);
  results.push({ name, passed: 0, failed: 0, skipped: 1, seconds: 0, note: why });
}

mkdirSync(reports, { recursive: true });
// The counts again, for CI's checks after this command (scripts/ci-measurements.mjs).
const summaryFile = `${reports}/summary.json`;
rmSync(summaryFile, { force: true });
// The browser tests serve the build from the root, so the build ignores a BASE_PATH set in the shell;
// a second build, for the sub-path test, is made with its own base (see playwright.config.ts).
const SUBPATH_DIR = 'dist-subpath';
const SUBPATH_BASE = '/hc-navigator/';
const buildEnv = { ...baseEnv };
delete buildEnv.BASE_PATH;

phase('lint and format (oxlint, prettier)', () => {
  const lint = run(bin('oxlint'), ['--deny-warnings']);
  const format = run(bin('prettier'), ['--check', '--log-level', 'warn', '.']);
  return single({ status: lint.status || format.status, error: lint.error ?? format.error });
});

// Everything with Node's types, then the browser code alone without them (tsconfig.app.json).
phase('typecheck', () => {
  const all = run(bin('tsc'), ['--noEmit', '-p', '.']);
  const app = run(bin('tsc'), ['--noEmit', '-p', 'tsconfig.app.json']);
  return single({ status: all.status || app.status, error: all.error ?? app.error });
});

phase('unit and scenario tests (vitest)', () => {
  rmSync(`${reports}/vitest.json`, { force: true });
  const { status } = run(bin('vitest'), [
    'run',
    '--reporter=dot',
    '--reporter=json',
    '--outputFile.json=reports/vitest.json',
    '--passWithNoTests',
  ]);
  return vitestCounts(`${reports}/vitest.json`, status);
});

const build = phase('production build (vite build)', () => {
  const root = run(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], buildEnv);
  // A second build served from a sub-path, for the browser test that proves the base path works.
  const sub = run(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn', '--outDir', SUBPATH_DIR],
    { ...buildEnv, BASE_PATH: SUBPATH_BASE },
  );
  return single({ status: root.status || sub.status });
});

if (build.failed) skipped('size budget', 'the build failed');
else phase('size budget', () => single(run(process.execPath, ['scripts/size.mjs'])));

phase('worked examples through the assessor', () => {
  rmSync(`${reports}/examples.json`, { force: true });
  const { status } = run(process.execPath, ['scripts/check-examples.mjs']);
  return examplesCounts(`${reports}/examples.json`, status);
});

if (build.failed) skipped('browser tests (playwright, chromium)', 'the build failed');
else
  phase('browser tests (playwright, chromium)', () => {
    // playwright.config.ts prints the loud banner; the summary repeats why the tests were skipped.
    const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
    const noChromium = !existsSync(chromePath) && process.env.CI !== 'true';
    rmSync(`${reports}/playwright.json`, { force: true });
    // Playwright colours only a terminal anyway, and NO_COLOR beside its own FORCE_COLOR makes Node warn.
    const { status } = run(bin('playwright'), ['test'], process.env);
    const counts = playwrightCounts(`${reports}/playwright.json`, status);
    return noChromium
      ? { ...counts, note: `SKIPPED: no Chromium at ${chromePath} (install chromium or set CHROME_PATH)` }
      : counts;
  });

const total = (key) => results.reduce((sum, result) => sum + result[key], 0);
const figures = (r) =>
  [`${r.passed} passed`, `${r.failed} failed`, ...(r.skipped ? [`${r.skipped} skipped`] : [])].join(', ');
console.log('\n━━━ summary ━━━');
for (const r of results) {
  const verdict = r.failed ? 'FAILED' : r.passed ? 'ok' : r.skipped ? 'skipped' : 'no tests';
  console.log(
    `${r.name.padEnd(40)} ${verdict.padEnd(8)} ${figures(r).padEnd(36)} ${r.seconds.toFixed(1).padStart(6)} s`,
  );
  if (r.note) console.log(`  ${r.note}`);
}
console.log(`total time ${results.reduce((sum, r) => sum + r.seconds, 0).toFixed(1)} s`);
writeFileSync(
  summaryFile,
  JSON.stringify(
    { passed: total('passed'), failed: total('failed'), skipped: total('skipped'), phases: results },
    null,
    2,
  ),
);
console.log(figures({ passed: total('passed'), failed: total('failed'), skipped: total('skipped') }));
process.exit(total('failed') ? 1 : 0);
