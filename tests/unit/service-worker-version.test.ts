/**
 * The service worker's version follows the contents of what it precaches. A changed page title or
 * web manifest keeps every file name, so a version made from names alone left sw.js byte-identical
 * and returning visitors kept the stale files. Builds the real app into temporary folders.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type PluginOption } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
let work = '';

async function workerOf(name: string, { publicDir = join(root, 'public'), plugins = [] as PluginOption[] } = {}) {
  const outDir = join(work, name);
  await build({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'silent',
    publicDir,
    plugins,
    build: { outDir, emptyOutDir: true },
  });
  const worker = readFileSync(join(outDir, 'sw.js'), 'utf8');
  return {
    worker,
    version: /hc-navigator-([0-9a-f]+)/.exec(worker)?.[1],
    files: JSON.parse(/const FILES = (.*);/.exec(worker)?.[1] ?? '[]') as string[],
  };
}

describe('the service worker version', () => {
  let first: Awaited<ReturnType<typeof workerOf>>;
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'hc-sw-version-'));
    first = await workerOf('first');
  }, 60_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('is the same for two builds of the same sources', async () => {
    const again = await workerOf('again');
    expect(first.version).toMatch(/^[0-9a-f]{12}$/);
    expect(again.worker).toBe(first.worker);
  }, 30_000);

  it('changes when the page title changes, though no file name does', async () => {
    const retitled = await workerOf('retitled', {
      plugins: [
        { name: 'retitle', transformIndexHtml: (html: string) => html.replace('<title>', '<title>Renamed · ') },
      ],
    });
    expect(retitled.files).toEqual(first.files);
    expect(retitled.version).not.toBe(first.version);
  }, 30_000);

  it('changes when a public file (the web manifest) changes', async () => {
    const publicDir = join(work, 'public');
    cpSync(join(root, 'public'), publicDir, { recursive: true });
    const manifest = join(publicDir, 'manifest.webmanifest');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('"name":', '"name": "Renamed",\n  "old_name":'));
    const changed = await workerOf('new-manifest', { publicDir });
    expect(changed.files).toEqual(first.files);
    expect(changed.version).not.toBe(first.version);
  }, 30_000);

  it('precaches the page, the manifest and the chunks, but not robots.txt or the build manifest', () => {
    expect(first.files).toEqual(expect.arrayContaining(['index.html', 'manifest.webmanifest', 'favicon.svg']));
    expect(first.files.some((file) => file.startsWith('assets/') && file.endsWith('.js'))).toBe(true);
    expect(
      first.files.filter((file) => file === 'robots.txt' || file === 'sw.js' || file.startsWith('.vite/')),
    ).toEqual([]);
  });
});
