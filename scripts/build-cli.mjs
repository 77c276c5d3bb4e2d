// Bundles the command-line assessor (src/cli/main.ts) into one ES module, so that a call starts in
// plain Node without compiling TypeScript. Run by `prepare` (so by `npm ci`) and, when the sources
// are newer than the bundle, by scripts/assess.mjs before it runs.
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const bundlePath = `${root}.cache/cli/assess.mjs`;
export const sourceDirs = ['src/rules', 'src/cli', 'src/i18n', 'src/lib'];

export async function buildCli() {
  const { build } = await import('esbuild');
  await build({
    entryPoints: [`${root}src/cli/main.ts`],
    outfile: bundlePath,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    legalComments: 'none',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildCli();
}
