// CI's checks after `npm test` (.ci/run), so the two browser measurements cannot rot unseen:
// Lighthouse on the build `npm test` made, which counts as one test and fails when the median of
// three runs is below its budget; then step speed, whose figures are printed but never counted (a
// timing on a shared two-core machine is a measurement, not a test). Ends with the line CI reads,
// `N passed, N failed`: the counts of `npm test` (reports/summary.json) plus Lighthouse's.
// See docs/decisions/0003-test-command-and-summary-line.md.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm'];

function readSummary() {
  try {
    return JSON.parse(readFileSync(`${root}reports/summary.json`, 'utf8'));
  } catch {
    return {
      passed: 0,
      failed: 1,
      skipped: 0,
      phases: [],
      note: 'npm test wrote no reports/summary.json: see its output above',
    };
  }
}

function timed(body) {
  const started = Date.now();
  const result = body();
  return { ...result, seconds: (Date.now() - started) / 1000 };
}

/** Neither measurement may hold CI up for long: each is stopped after five minutes (it takes about one). */
const LIMIT_MS = 5 * 60_000;
const tests = readSummary();
const built =
  existsSync(`${root}dist/index.html`) && !tests.phases.some((p) => p.name.startsWith('production build') && p.failed);

console.log('\n━━━ after npm test: Lighthouse (budget 95 / 100 / 100) ━━━');
const lighthouse = timed(() => {
  if (!built) return { passed: 0, failed: 0, skipped: 1, note: 'skipped: npm test made no build' };
  const { status } = spawnSync(process.execPath, ['scripts/lighthouse.mjs', '--no-build', '--runs=3'], {
    cwd: root,
    stdio: 'inherit',
    timeout: LIMIT_MS,
  });
  return status === 0
    ? { passed: 1, failed: 0, skipped: 0 }
    : {
        passed: 0,
        failed: 1,
        skipped: 0,
        note: status === null ? 'stopped after five minutes' : 'below budget or did not run: see above',
      };
});

console.log('\n━━━ after npm test: step speed (figures only) ━━━');
const speed = timed(() => {
  const env = { ...process.env, STEP_SPEED_FIGURES_ONLY: '1' };
  const run = spawnSync(npm[0], [...npm.slice(1), 'run', 'step-speed'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    timeout: LIMIT_MS,
  });
  process.stdout.write(run.stdout ?? '');
  const line = /steps measured: \d+[^\n]*/.exec(run.stdout ?? '')?.[0];
  const over = /step speed: p95 over[^\n]*/.exec(run.stdout ?? '')?.[0];
  return {
    note: line
      ? [line, over].filter(Boolean).join('\n  ')
      : `no figures: the step-speed run ended with status ${run.status} before measuring (see above)`,
  };
});

const figures = (r) =>
  [`${r.passed} passed`, `${r.failed} failed`, ...(r.skipped ? [`${r.skipped} skipped`] : [])].join(', ');
const total = {
  passed: tests.passed + lighthouse.passed,
  failed: tests.failed + lighthouse.failed,
  skipped: tests.skipped + lighthouse.skipped,
};
console.log('\n━━━ CI summary ━━━');
console.log(`${'npm test'.padEnd(40)} ${(tests.failed ? 'FAILED' : 'ok').padEnd(8)} ${figures(tests)}`);
if (tests.note) console.log(`  ${tests.note}`);
console.log(
  `${'lighthouse'.padEnd(40)} ${(lighthouse.failed ? 'FAILED' : lighthouse.passed ? 'ok' : 'skipped').padEnd(8)} ${figures(lighthouse).padEnd(36)} ${lighthouse.seconds.toFixed(1).padStart(6)} s`,
);
if (lighthouse.note) console.log(`  ${lighthouse.note}`);
console.log(
  `${'step speed (not counted)'.padEnd(40)} ${'figures'.padEnd(8)} ${''.padEnd(36)} ${speed.seconds.toFixed(1).padStart(6)} s`,
);
console.log(`  ${speed.note}`);
console.log(figures(total));
process.exit(total.failed ? 1 : 0);
