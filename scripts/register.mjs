// `npm run register`: writes docs/rules-register.md from the engine's code. Bundles the engine's
// door (src/rules/index.ts) in memory with esbuild and calls its renderRegister(), so no TypeScript
// runner is needed and nothing is written but the register itself.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const registerPath = `${root}docs/rules-register.md`;

const bundle = await build({
  entryPoints: [`${root}src/rules/index.ts`],
  bundle: true,
  write: false,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'error',
});
const code = bundle.outputFiles[0].text;
const engine = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
writeFileSync(registerPath, engine.renderRegister());
console.log(`wrote ${registerPath.slice(root.length)}`);
