// `npm run lighthouse`: Lighthouse (mobile profile) on the production build in Debian's Chromium,
// on the start page, a question page and a results page. The results page is reached by a
// scripted flow (Lighthouse resets storage on each navigation, and the page needs answers).
// Fails below the budgets (with `--runs=N`, by the median of N runs); keeps the last run's reports
// in reports/lighthouse/. Lighthouse and puppeteer-core live in their own pinned folder,
// tools/lighthouse/, installed here on first use (and again when its lockfile is newer than its
// install), so the main `npm ci` does not carry them.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS } from './lib/chromium.mjs';

const BUDGETS = { performance: 95, accessibility: 100, 'best-practices': 100 };
/** `--runs=3`: judge each page by the median of three runs, as CI does (scores vary from run to run). */
const RUNS = Math.max(
  1,
  Number(process.argv.find((arg) => arg.startsWith('--runs='))?.slice('--runs='.length) ?? 1) || 1,
);
const root = fileURLToPath(new URL('..', import.meta.url));
// LIGHTHOUSE_PORT lets two checkouts on one machine run it side by side.
const port = Number(process.env.LIGHTHOUSE_PORT ?? 4175);
const base = `http://127.0.0.1:${port}`;
const outDir = `${root}reports/lighthouse`;
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const tools = `${root}tools/lighthouse`;

/** npm writes node_modules/.package-lock.json at each install: older than the lockfile means stale. */
function installTools() {
  const installed = `${tools}/node_modules/.package-lock.json`;
  if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(`${tools}/package-lock.json`).mtimeMs) return;
  console.log('lighthouse: installing tools/lighthouse (npm ci) …');
  const npm = process.env.npm_execpath ? [process.execPath, [process.env.npm_execpath]] : ['npm', []];
  const install = spawnSync(npm[0], [...npm[1], 'ci', '--prefix', tools, '--no-audit', '--no-fund'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (install.status !== 0) process.exit(1);
}

installTools();
const { puppeteer, startFlow } = await import('../tools/lighthouse/index.mjs');

/** A complete case (a family in Montreal that can apply), so the results page has everything on it. */
const answers = {
  status: 'foreign-national',
  location: 'in-canada',
  inadmissibility: [],
  spouseOrPartnerInCanada: 'no',
  permitHolderEligible: 'no',
  destination: 'QC',
  removal: 'none',
  refugeeClaim: 'none',
  designatedForeignNational: false,
  pendingHc: false,
  familySponsor: 'no',
  fearOfReturn: 'no',
  economicProfile: 'no',
  caregiverExperience: 'no',
  spouseIncluded: true,
  dependentChildren: 1,
  childrenAffected: true,
  childHarm: 'yes',
  lifeRiskNoMedicalCare: false,
  hardships: ['establishment', 'family-separation'],
  severity: 'severe',
  homeCountryHelp: 'not-sought-with-reason',
  yearsInCanada: 4,
};

if (process.argv.includes('--no-build') === false) {
  const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(1);
}
const server = spawn(
  process.execPath,
  ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
  { cwd: root, stdio: 'ignore' },
);
const stop = () => server.kill();
process.on('exit', stop);

async function waitForServer() {
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no server at ${base}`);
}

await waitForServer();
const browser = await puppeteer.launch({
  executablePath: chrome,
  headless: true,
  args: CHROMIUM_ARGS,
});
/** One Lighthouse flow over the three pages, in a fresh tab. */
async function runFlow() {
  const page = await browser.newPage();
  const flow = await startFlow(page, {
    name: 'H&C Navigator',
    config: { extends: 'lighthouse:default', settings: { onlyCategories: Object.keys(BUDGETS) } },
  });
  await flow.navigate(`${base}/en`, { name: 'Start page' });
  // q1 is the first question (src/questions/slugs.ts).
  await flow.navigate(`${base}/en/questions/q1`, { name: 'Question page' });
  await page.evaluateOnNewDocument(
    (stored) => {
      sessionStorage.setItem('hc-navigator', JSON.stringify(stored));
    },
    { version: 1, answers, seen: [] },
  );
  await flow.navigate(`${base}/en/results`, { name: 'Results page', disableStorageReset: true });
  const result = await flow.createFlowResult();
  await page.close();
  return { flow, result };
}

const runs = [];
for (let i = 0; i < RUNS; i += 1) runs.push(await runFlow());
await browser.close();
stop();

const { flow, result } = runs.at(-1);
mkdirSync(outDir, { recursive: true });
writeFileSync(`${outDir}/flow.html`, await flow.generateReport());
writeFileSync(`${outDir}/flow.json`, JSON.stringify(result, null, 2));

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const score = (step, category) => Math.round((step.lhr.categories[category]?.score ?? 0) * 100);
let failed = false;
console.log(RUNS > 1 ? `median of ${RUNS} runs` : 'one run (--runs=3 for the median of three)');
console.log('page            performance  accessibility  best-practices  layout shift');
result.steps.forEach((step, index) => {
  const steps = runs.map((run) => run.result.steps[index]);
  const scores = Object.fromEntries(Object.keys(BUDGETS).map((c) => [c, median(steps.map((s) => score(s, c)))]));
  const cls = median(steps.map((s) => s.lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN)).toFixed(3);
  const low = Object.entries(BUDGETS).filter(([c, min]) => scores[c] < min);
  failed ||= low.length > 0;
  const perRun = RUNS > 1 ? `   performance per run: ${steps.map((s) => score(s, 'performance')).join(', ')}` : '';
  console.log(
    `${step.name.padEnd(16)}${String(scores.performance).padStart(11)}${String(scores.accessibility).padStart(15)}${String(scores['best-practices']).padStart(16)}${cls.padStart(14)}${perRun}${low.length ? `   below: ${low.map(([c, min]) => `${c} < ${min}`).join(', ')}` : ''}`,
  );
  for (const [c] of low) {
    const audits = step.lhr.categories[c].auditRefs
      .map((r) => step.lhr.audits[r.id])
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative');
    for (const a of audits.slice(0, 6))
      console.log(`    ${c} (last run): ${a.id} (${a.score}) ${a.displayValue ?? ''}`);
  }
});
console.log(`reports (last run): ${outDir}/flow.html`);
console.log(failed ? 'lighthouse: below budget' : 'lighthouse: within budget');
process.exit(failed ? 1 : 0);
