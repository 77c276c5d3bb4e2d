// Timings a budget promises, measured the way people meet them, not part of the test suite (timings
// depend on the machine; CI prints them). Each section measures one thing against its budget and
// prints its wall time; the script exits 1 when any section is over. A section is
// `{ name, budgetMs, measure }`, where `measure` does the work and returns what it saw: add one to
// SECTIONS to measure something else.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BATCH_BUDGET, measureBatch } from './lib/benchmark-batch.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const examples = `${root}tests/examples/`;
const AS_OF = '2025-10-01';
const DESTINATIONS = ['QC', 'ON', 'BC', 'AB', 'NS'];

/**
 * `count` case files made from the worked examples, each a little different: another destination,
 * another number of years in Canada, a last decision some days earlier, a client reference. The
 * invalid example stays invalid, so the batch has files that fail as well.
 */
function caseFiles(dir, count) {
  const sources = readdirSync(examples)
    .filter((name) => name.endsWith('.case.json'))
    .sort()
    .map((name) => ({ name, caseFile: JSON.parse(readFileSync(`${examples}${name}`, 'utf8')) }));
  return Array.from({ length: count }, (_, i) => {
    const { name, caseFile } = sources[i % sources.length];
    const answers = { ...caseFile.answers };
    if (answers.destination) answers.destination = DESTINATIONS[i % DESTINATIONS.length];
    if (answers.yearsInCanada !== undefined) answers.yearsInCanada = i % 20;
    if (answers.lastDecisionDate) {
      const date = new Date(`${answers.lastDecisionDate}T00:00:00Z`);
      date.setUTCDate(date.getUTCDate() - (i % 400));
      answers.lastDecisionDate = date.toISOString().slice(0, 10);
    }
    const path = join(dir, `${String(i).padStart(4, '0')}-${name}`);
    writeFileSync(path, JSON.stringify({ ...caseFile, clientReference: `client-${i}`, answers }));
    return { path, valid: !name.includes('invalid') };
  });
}

function assess(paths) {
  const start = process.hrtime.bigint();
  const run = spawnSync('npm', ['run', '--silent', 'assess', '--', ...paths, '--as-of', AS_OF], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, run };
}

/** The command-line assessor given 1,000 files at once, start-up included (issue 14, part 3). */
const assessor = {
  name: 'assessor, 1,000 case files in one call',
  budgetMs: 3000,
  measure() {
    const dir = mkdtempSync(join(tmpdir(), 'hc-benchmark-'));
    try {
      const files = caseFiles(dir, 1000);
      assess([files[0].path]); // may rebuild the bundle: not what is measured
      const { ms, run } = assess(files.map((f) => f.path));
      const printed = run.stdout.split('\n').filter(Boolean).length;
      const expected = files.filter((f) => f.valid).length;
      if (printed !== expected) throw new Error(`expected ${expected} assessments, got ${printed}: ${run.stderr}`);
      return { ms, detail: `${printed} assessed, ${files.length - printed} refused, exit status ${run.status}` };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

/**
 * Consultant mode's re-check of 500 case files in Chromium, on the production build (`npm run build`
 * first): the wall time to the complete table, and the longest main-thread task meanwhile, which has
 * a budget of its own (issue 14, part 2). BENCHMARK_PORT moves the preview server (not to a port
 * browsers refuse, such as 4190).
 */
const batch = {
  name: `browser re-check, ${BATCH_BUDGET.files} case files`,
  budgetMs: BATCH_BUDGET.wallMs,
  async measure() {
    const figures = await measureBatch({ port: Number(process.env.BENCHMARK_PORT ?? 4180) });
    const longest = `longest main-thread task ${figures.longestTaskMs} ms (budget ${BATCH_BUDGET.longestTaskMs} ms)`;
    return {
      ms: figures.wallMs,
      detail: `${figures.files} files; reading and assessing ${figures.assessedMs} ms; ${longest}`,
      over: figures.longestTaskMs > BATCH_BUDGET.longestTaskMs ? [longest] : [],
    };
  },
};

const SECTIONS = [assessor, batch];

let over = 0;
for (const section of SECTIONS) {
  const { ms, detail, over: alsoOver = [] } = await section.measure();
  const within = ms <= section.budgetMs && alsoOver.length === 0;
  over += within ? 0 : 1;
  console.log(
    `${within ? 'ok  ' : 'OVER'} ${section.name}: ${Math.round(ms)} ms (budget ${section.budgetMs} ms; ${detail})`,
  );
}
process.exit(over > 0 ? 1 : 0);
