// Measures how long a third party waits for the assessor: runs `npm run --silent assess` on the
// first worked example 10 times (after one warm-up run that may rebuild the bundle) and prints the
// median wall time. Not part of the test suite: timings depend on the machine.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = [
  'run',
  '--silent',
  'assess',
  '--',
  'tests/examples/01-montreal-family-can-apply.case.json',
  '--as-of',
  '2025-10-01',
];
const RUNS = 10;

function once() {
  const start = process.hrtime.bigint();
  const result = spawnSync('npm', args, { cwd: root, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`assess exited with ${result.status}: ${result.stderr}`);
  return ms;
}

once();
const times = Array.from({ length: RUNS }, once).sort((a, b) => a - b);
const median = (times[RUNS / 2 - 1] + times[RUNS / 2]) / 2;
console.log(
  `median of ${RUNS} runs: ${Math.round(median)} ms (fastest ${Math.round(times[0])} ms, slowest ${Math.round(times[RUNS - 1])} ms)`,
);
