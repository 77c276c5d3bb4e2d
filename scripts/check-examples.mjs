// Runs every worked example of the contract (tests/examples) through the real assessor, the way a
// third party would: `npm run --silent assess -- FILE --as-of DATE` from the repository's root.
// Prints one line per example, writes the counts to reports/examples.json, exits 1 if any differs.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const examples = `${root}tests/examples/`;
const DECISIVE = new Set(['exclude', 'redirect', 'bar', 'lift']);
const show = (value) => JSON.stringify(value);

function checkInvalid(run, expect) {
  const errors = run.status === 2 ? [] : [`exit ${run.status}, expected 2`];
  if (!run.stderr.trim()) errors.push('no message on stderr');
  if (run.stdout.trim()) errors.push('something printed on stdout');
  for (const word of expect.stderrMentions ?? []) if (!run.stderr.includes(word)) errors.push(`stderr does not mention '${word}'`);
  return errors;
}

function checkRules(assessment, expect) {
  const errors = [];
  const rules = new Map((assessment.rules ?? []).map((rule) => [rule.id, rule]));
  const got = [...rules.values()].filter((rule) => DECISIVE.has(rule.effect)).map((rule) => rule.id).sort();
  const want = expect.decisiveRules.map((d) => (typeof d === 'object' ? d.id : d)).sort();
  if (show(got) !== show([...new Set(want)])) errors.push(`decisive rules: got ${show(got)}, expected ${show(want)}`);
  for (const d of expect.decisiveRules) {
    if (typeof d === 'object' && 'until' in d && rules.has(d.id) && rules.get(d.id).until !== d.until) {
      errors.push(`${d.id} until: got ${show(rules.get(d.id).until)}, expected ${show(d.until)}`);
    }
  }
  const missing = (expect.alsoListed ?? []).filter((id) => !rules.has(id));
  if (missing.length) errors.push(`missing rules: ${show(missing)}`);
  if ([...rules.values()].some((rule) => !rule.citations?.length)) errors.push('a rule has no citations');
  return errors;
}

function checkAssessment(run, expect) {
  if (run.status !== 0) return [`exit ${run.status}: ${(run.stderr || run.stdout).trim().slice(0, 200)}`];
  let assessment;
  try {
    assessment = JSON.parse(run.stdout);
  } catch {
    return ['stdout is not a single JSON document'];
  }
  const errors = ['outcome', 'pathway', 'earliestApplicationDate']
    .filter((key) => assessment[key] !== expect[key])
    .map((key) => `${key}: got ${show(assessment[key])}, expected ${show(expect[key])}`);
  errors.push(...checkRules(assessment, expect));
  if ('feesTotal' in expect && assessment.fees?.total !== expect.feesTotal) {
    errors.push(`fees.total: got ${show(assessment.fees?.total)}, expected ${expect.feesTotal}`);
  }
  if (!('fees' in assessment)) errors.push('no fees key in the assessment');
  if ('fees' in expect && expect.fees === null && assessment.fees != null) errors.push('fees: expected null');
  return errors;
}

function check(casePath, { asOf, expect }) {
  const run = spawnSync('npm', ['run', '--silent', 'assess', '--', casePath, '--as-of', asOf], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  if (run.error) return [`could not run the assessor: ${run.error.message}`];
  return expect.invalid ? checkInvalid(run, expect) : checkAssessment(run, expect);
}

const names = readdirSync(examples).filter((file) => file.endsWith('.case.json')).map((file) => file.slice(0, -'.case.json'.length)).sort();
let failed = 0;
for (const name of names) {
  const errors = check(`${examples}${name}.case.json`, JSON.parse(readFileSync(`${examples}${name}.expected.json`, 'utf8')));
  failed += errors.length > 0 ? 1 : 0;
  console.log(`${errors.length ? 'FAIL' : 'ok  '} ${name}${errors.length ? `: ${errors.join('; ')}` : ''}`);
}
if (names.length === 0) console.log('no worked examples found in tests/examples');
console.log(failed ? `${failed} of ${names.length} worked examples differ` : `all ${names.length} worked examples match`);
mkdirSync(`${root}reports`, { recursive: true });
writeFileSync(`${root}reports/examples.json`, `${JSON.stringify({ passed: names.length - failed, failed }, null, 2)}\n`);
process.exit(failed || names.length === 0 ? 1 : 0);
