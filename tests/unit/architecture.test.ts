/**
 * The direction of imports is checked by the linter (.oxlintrc.json, decision 0010): the layer map,
 * the engine's door and its purity, for every file it reads; lint-layers.test.ts checks that it
 * does. What the linter cannot say is whether its map is complete: a new folder of src, or of the
 * repository, would be linted by no layer rule at all. This checks that every folder of src has its
 * place in the map, for its code and for its tests, and that the linter reads every folder we write.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

interface Override {
  files: string[];
  excludeFiles?: string[];
  rules: Record<string, unknown>;
}
interface Config {
  ignorePatterns: string[];
  overrides: Override[];
}

/** The config is JSON with whole-line `//` comments. */
const config = JSON.parse(
  readFileSync(join(ROOT, '.oxlintrc.json'), 'utf8')
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n'),
) as Config;

const folders = (dir: string) =>
  readdirSync(join(ROOT, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
const restricting = config.overrides.filter((o) => 'no-restricted-imports' in o.rules);
const placed = (glob: string) => restricting.some((o) => o.files.includes(glob));

describe('the layer map', () => {
  it('places the code of every folder of src, and config', () => {
    const unplaced = [...folders('src').map((name) => `src/${name}/**`), 'config/**'].filter((glob) => !placed(glob));
    expect(unplaced).toEqual([]);
  });

  it('places the tests of every folder of src that has its own rule for them', () => {
    const forCode = restricting.filter((o) => o.excludeFiles?.includes('**/*.test.ts'));
    const unplaced = forCode
      .flatMap((o) => o.files)
      .map((glob) => `${glob}/*.test.ts`)
      .filter((glob) => !placed(glob));
    expect(forCode.length).toBeGreaterThan(8);
    expect(unplaced).toEqual([]);
  });

  it('is read for every folder of the repository we write', () => {
    const written = ['src', 'tests', 'scripts', 'config'];
    expect(config.ignorePatterns.filter((pattern) => written.some((dir) => pattern.startsWith(dir)))).toEqual([]);
  });
});
