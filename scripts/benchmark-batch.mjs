// `node scripts/benchmark-batch.mjs`: re-checks 500 case files in Chromium against the production
// build (`npm run build` first) and prints the figures; exits 1 when over budget (2,000 ms for the
// whole batch, 200 ms for the longest main-thread task). BENCHMARK_PORT moves the preview server.
import { BATCH_BUDGET, measureBatch, overBudget } from './lib/benchmark-batch.mjs';

const port = Number(process.env.BENCHMARK_PORT ?? 4190);
const figures = await measureBatch({ port });
console.log(`re-check of ${figures.files} case files in the browser`);
console.log(`  from choosing the files to the complete table: ${figures.wallMs} ms (budget ${BATCH_BUDGET.wallMs} ms)`);
console.log(`  of which reading and assessing every file (until the first rows show): ${figures.assessedMs} ms`);
console.log(`  the same, seen from outside the page: ${figures.wallMsFromNode} ms`);
console.log(
  `  longest main-thread task: ${figures.longestTaskMs} ms (budget ${BATCH_BUDGET.longestTaskMs} ms; ${figures.longTasks} task(s) over 50 ms)`,
);
for (const [at, duration, ours] of figures.tasks)
  console.log(`    a task at ${at} ms for ${duration} ms, ${ours} ms of it after the files were chosen`);
const over = overBudget(figures);
for (const line of over) console.log(`over budget: ${line}`);
process.exit(over.length > 0 ? 1 : 0);
