// `npm run assess`: runs the bundled assessor, rebuilding it first when any source is newer.
import { readdirSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { bundlePath, root, sourceDirs } from './build-cli.mjs';

function newestSource() {
  let newest = 0;
  for (const dir of sourceDirs) {
    for (const entry of readdirSync(`${root}${dir}`, { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && entry.name.endsWith('.ts')) {
        newest = Math.max(newest, statSync(`${entry.parentPath}/${entry.name}`).mtimeMs);
      }
    }
  }
  return newest;
}

function bundleTime() {
  try {
    return statSync(bundlePath).mtimeMs;
  } catch {
    return -1;
  }
}

if (bundleTime() < newestSource()) {
  const { buildCli } = await import('./build-cli.mjs');
  await buildCli();
}
await import(pathToFileURL(bundlePath).href);
