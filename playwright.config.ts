/**
 * Browser tests run in Debian's Chromium (no browser download) against `vite preview` of the
 * production build, which `npm test` has made before; this config never builds.
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from './scripts/lib/chromium.mjs';
import { chromePath, inCi, missingChromiumMessage, skipWithoutChromium } from './tests/e2e/support/chromium';

/**
 * Ports and build folders may be moved (E2E_PORT, E2E_DIST) so that two checkouts' browser tests can
 * run side by side on one machine; `npm test` and CI use the defaults.
 */
const port = Number(process.env.E2E_PORT ?? 4173);
const subPathPort = port + 5;
const dist = process.env.E2E_DIST ?? 'dist';
const origin = `http://127.0.0.1:${port}`;
/** Where the sub-path build is served (scripts/test-all.mjs builds it with this BASE_PATH). */
export const SUBPATH_BASE = '/hc-navigator/';
export const SUBPATH_ORIGIN = `http://127.0.0.1:${subPathPort}`;

// Printed by the runner only, not again by each worker that loads this file.
if (skipWithoutChromium && process.env.TEST_WORKER_INDEX === undefined) console.error(missingChromiumMessage);

export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  retries: 0,
  forbidOnly: inCi,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: { baseURL: origin, trace: 'off' },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: chromePath,
          args: [...CHROMIUM_ARGS],
        },
      },
    },
  ],
  webServer: [
    {
      command: `node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${dist}`,
      url: `${origin}/`,
      reuseExistingServer: !inCi,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // The same app built for a sub-path (npm test builds it into dist-subpath with BASE_PATH).
      command: `node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --port ${subPathPort} --strictPort --outDir ${dist}-subpath --base ${SUBPATH_BASE}`,
      url: `${SUBPATH_ORIGIN}${SUBPATH_BASE}`,
      reuseExistingServer: !inCi,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
