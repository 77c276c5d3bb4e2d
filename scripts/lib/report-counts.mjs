// Turns the JSON reports of Vitest and Playwright into plain counts of passed, failed and skipped
// tests, so that `npm test` can end with one line any reader understands.
import { existsSync, readFileSync } from 'node:fs';

function readJson(path) {
  try {
    return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A tool that exits with an error but reports no failed test (a crash, an unhandled error, a server
 * that did not start) still counts as one failure, so nothing fails silently.
 */
function withExitStatus(counts, status, tool) {
  if (status === 0 || counts.failed > 0) return counts;
  return {
    ...counts,
    failed: counts.failed + 1,
    note: `${tool} exited with status ${status} without a failed test: see its output above`,
  };
}

export function vitestCounts(path, status) {
  const report = readJson(path);
  if (!report) return { passed: 0, failed: 1, skipped: 0, note: `no report at ${path}` };
  const counts = {
    passed: report.numPassedTests ?? 0,
    failed: report.numFailedTests ?? 0,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
  return withExitStatus(counts, status, 'vitest');
}

export function playwrightCounts(path, status) {
  const report = readJson(path);
  if (!report?.stats) return { passed: 0, failed: 1, skipped: 0, note: `no report at ${path}` };
  const { expected = 0, unexpected = 0, skipped = 0, flaky = 0 } = report.stats;
  // retries are 0, so a flaky test cannot pass on a second try; count one as failed if it appears.
  return withExitStatus({ passed: expected, failed: unexpected + flaky, skipped }, status, 'playwright');
}

export function examplesCounts(path, status) {
  const report = readJson(path);
  if (!report) return { passed: 0, failed: 1, skipped: 0, note: `no report at ${path}` };
  return withExitStatus(
    { passed: report.passed ?? 0, failed: report.failed ?? 0, skipped: 0 },
    status,
    'check-examples',
  );
}
