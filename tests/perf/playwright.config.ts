/**
 * Step speed on the production build: its own config so `npm test` does not run it (a timing on a
 * shared 2-core machine is a measurement to report, not a pass/fail unit test). `npm run step-speed`.
 */
import { defineConfig } from '@playwright/test';
import base from '../../playwright.config';

export default defineConfig({
  ...base,
  testDir: '.',
  reporter: [['list']],
  webServer: {
    ...(base.webServer as object),
    command: 'node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --port 4176 --strictPort',
    url: 'http://127.0.0.1:4176/',
    cwd: '../..',
  },
  use: { ...base.use, baseURL: 'http://127.0.0.1:4176' },
});
