/**
 * Where the browser tests find Chromium: Debian's package, or CHROME_PATH. Without it, outside CI
 * the browser tests skip and say so loudly; in CI (CI=true) they run and fail.
 */
import { existsSync } from 'node:fs';

export const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const inCi = process.env.CI === 'true';
export const chromiumMissing = !existsSync(chromePath);
export const skipWithoutChromium = chromiumMissing && !inCi;

export const missingChromiumMessage = [
  '',
  '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
  `!!  BROWSER TESTS SKIPPED: no Chromium at ${chromePath}.`,
  '!!  Install it (apt-get install chromium) or set CHROME_PATH. With CI=true they fail.',
  '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
  '',
].join('\n');
