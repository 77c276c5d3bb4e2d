// Runs every worked example of the contract (tests/examples) through the real assessor, the way a
// third party would: `npm run --silent assess -- FILE --as-of DATE` from the repository's root.
// The comparison is tests/examples/compare.mjs, shared with the scenario loader. Prints one line per
// example, writes the counts to reports/examples.json, exits 1 if any differs.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compareExample } from '../tests/examples/compare.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const examples = `${root}tests/examples/`;

function check(casePath, { asOf, expect }) {
  const run = spawnSync('npm', ['run', '--silent', 'assess', '--', casePath, '--as-of', asOf], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (run.error) return [`could not run the assessor: ${run.error.message}`];
  return compareExample({ status: run.status, stdout: run.stdout, stderr: run.stderr }, expect);
}

const names = readdirSync(examples)
  .filter((file) => file.endsWith('.case.json'))
  .map((file) => file.slice(0, -'.case.json'.length))
  .sort();
let failed = 0;
for (const name of names) {
  const errors = check(
    `${examples}${name}.case.json`,
    JSON.parse(readFileSync(`${examples}${name}.expected.json`, 'utf8')),
  );
  failed += errors.length > 0 ? 1 : 0;
  console.log(`${errors.length ? 'FAIL' : 'ok  '} ${name}${errors.length ? `: ${errors.join('; ')}` : ''}`);
}
if (names.length === 0) console.log('no worked examples found in tests/examples');
console.log(
  failed ? `${failed} of ${names.length} worked examples differ` : `all ${names.length} worked examples match`,
);
mkdirSync(`${root}reports`, { recursive: true });
writeFileSync(
  `${root}reports/examples.json`,
  `${JSON.stringify({ passed: names.length - failed, failed }, null, 2)}\n`,
);
process.exit(failed || names.length === 0 ? 1 : 0);
