/**
 * The direction of imports, checked rather than hoped for (STYLE.md "The shape"): the engine in
 * src/rules is pure and knows nothing of React, the catalogues, the rest of src or the browser, and
 * reads no clock; everything outside src/rules reaches it only through its door, src/rules/index.ts.
 * Sources are read as text: comments are dropped and string literals set aside, so a word in a
 * comment or a URL is not mistaken for code, and an import is read from its specifier.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const RULES_DIR = join(ROOT, 'src/rules');
const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.js', '.mjs', '.cjs'];
/** Packages the engine may use; anything else is a decision to record first. */
const ENGINE_PACKAGES = /^zod(\/|$)/;
const IMPURE = [
  /(?<![.\w$])(window|document|localStorage|sessionStorage|navigator|fetch|globalThis|process)\b/,
  /\bDate\s*\.\s*now\b/, /\bnew\s+Date\s*\(/, /(?<![.\w$])Date\s*\(/, /\bMath\s*\.\s*random\b/, /\bperformance\s*\.\s*now\b/,
];

interface Scanned { code: string; literals: string[] }

/** Code without comments; each quoted string becomes '#N', N indexing `literals`; template text is dropped. */
function scan(source: string): Scanned {
  const literals: string[] = [];
  const templates: number[] = [];
  let code = '';
  let braces = 0;
  let i = 0;
  const readUntil = (stop: (j: number) => boolean) => {
    const start = i;
    while (i < source.length && !stop(i)) i += source[i] === '\\' ? 2 : 1;
    return source.slice(start, i);
  };
  while (i < source.length) {
    const c = source[i] as string;
    const next = source[i + 1];
    if (c === '/' && next === '/') { readUntil((j) => source[j] === '\n'); continue; }
    if (c === '/' && next === '*') { const end = source.indexOf('*/', i + 2); i = end < 0 ? source.length : end + 2; code += ' '; continue; }
    if (c === '"' || c === "'") {
      i += 1;
      literals.push(readUntil((j) => source[j] === c || source[j] === '\n'));
      i += 1;
      code += `'#${literals.length - 1}'`;
      continue;
    }
    if (c === '`' || (c === '}' && templates.at(-1) === braces)) {
      if (c === '}') templates.pop();
      i += 1;
      readUntil((j) => source[j] === '`' || (source[j] === '$' && source[j + 1] === '{'));
      if (source[i] === '`') { i += 1; code += '``'; } else if (i < source.length) { i += 2; code += '`${'; templates.push(braces); }
      continue;
    }
    if (c === '{') braces += 1;
    if (c === '}') braces -= 1;
    code += c;
    i += 1;
  }
  return { code, literals };
}

const IMPORT_FORMS = [
  /\b(?:import|export)\s[^;'`]*?\bfrom\s*'#(\d+)'/g,
  /\bimport\s*'#(\d+)'/g,
  /\bimport\s*\(\s*'#(\d+)'\s*\)/g,
  /\brequire\s*\(\s*'#(\d+)'\s*\)/g,
];

function importsOf(source: string): string[] {
  const { code, literals } = scan(source);
  const found = IMPORT_FORMS.flatMap((form) => [...code.matchAll(form)].map((m) => literals[Number(m[1])] as string));
  return [...new Set(found)];
}

/** Where a relative specifier points, without extension or trailing /index; null for a package. */
function target(file: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const path = resolve(dirname(join(ROOT, file)), specifier);
  const bare = SOURCE_EXTENSIONS.includes(extname(path)) ? path.slice(0, -extname(path).length) : path;
  return bare.replace(/[/\\]index$/, '');
}

const inside = (dir: string, path: string) => {
  const rel = relative(dir, path);
  return !rel.startsWith('..') && !isAbsolute(rel);
};

/** Problems of one engine file (path relative to the repository). */
function engineViolations(file: string, source: string): string[] {
  const problems: string[] = [];
  for (const specifier of importsOf(source)) {
    const to = target(file, specifier);
    if (/^react(-dom)?(\/|$)/.test(specifier)) problems.push(`${file} imports React (${specifier})`);
    else if (/(^|\/)i18n(\/|$)|i18next|react-intl/.test(specifier)) problems.push(`${file} imports i18n (${specifier})`);
    else if (to === null && !ENGINE_PACKAGES.test(specifier)) problems.push(`${file} imports the package ${specifier}`);
    else if (to !== null && !inside(RULES_DIR, to)) problems.push(`${file} imports ${specifier}, outside src/rules`);
  }
  const { code } = scan(source);
  for (const pattern of IMPURE) {
    const m = pattern.exec(code);
    if (m) problems.push(`${file} uses ${m[0].trim()}`);
  }
  return problems;
}

/**
 * The only files outside the engine that may go past its door, each with the one module it may
 * reach and why: the register's test checks the rules version exactly as `npm run register` derives
 * it, from `renderRegister` and `lastChecked`. The door does not export them: only the register
 * script and its test need them, and so the register's prose stays out of every person's download.
 */
const PAST_THE_DOOR: Readonly<Record<string, string>> = {
  'tests/unit/register.test.ts': join(RULES_DIR, 'register'),
};

/** Problems of one file outside the engine: it may import src/rules only through its index. */
function doorViolations(file: string, source: string): string[] {
  return importsOf(source)
    .filter((specifier) => {
      const to = target(file, specifier);
      return to !== null && inside(RULES_DIR, to) && to !== RULES_DIR && PAST_THE_DOOR[file] !== to;
    })
    .map((specifier) => `${file} imports ${specifier}; import from src/rules/index.ts instead`);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && SOURCE_EXTENSIONS.includes(extname(e.name)) && !e.parentPath.includes('node_modules'))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const isTest = (file: string) => /\.test\.tsx?$/.test(file);

describe('the checker itself', () => {
  it('reads every form of import, and not words in comments or strings', () => {
    const source = [
      "import { a } from './a';", 'import type {\n  B,\n  C,\n} from "./b";', "export * from './c';", "import './d';",
      "const e = await import('./e');", "const f = require('./f');", "// import { g } from './g';",
      "const text = \"import { h } from './h'\";", '/* export * from "./i" */',
    ].join('\n');
    expect(importsOf(source).sort()).toEqual(['./a', './b', './c', './d', './e', './f']);
  });

  it.each([
    ["import { useState } from 'react';", 'React'],
    ["import type { ProblemKey } from '../i18n/en/problems';", 'i18n'],
    ["import { journey } from '../wizard/journey';", 'outside src/rules'],
    ["import { readFileSync } from 'node:fs';", 'the package node:fs'],
    ['const today = Date.now();', 'Date.now'],
    ['const today = new Date();', 'new Date('],
    ['const today = Date();', 'Date('],
    ['window.alert(1);', 'window'],
    ["localStorage.setItem('k', 'v');", 'localStorage'],
    ['const s = `${sessionStorage.length} items`;', 'sessionStorage'],
    ['const r = await fetch(url);', 'fetch'],
    ['const lang = navigator.language;', 'navigator'],
  ])('finds a violation in an engine file: %s', (source, what) => {
    expect(engineViolations('src/rules/bad.ts', source).join('\n')).toContain(what);
  });

  it('lets an engine file use zod, its own modules, and the words in comments and URLs', () => {
    const source = [
      "import * as z from 'zod/mini';", "import type { $ZodIssue } from 'zod/v4/core';", "import { nextDay } from './dates';",
      '// reads no clock: no Date.now(), no window, no document', "const url = 'https://example.org/en/document/cs/I-13.3';",
      'const d = isIsoDate(x); const o = a.document; const t = `${LEGISQUEBEC}/fr/document/lc/I-13.3`;',
    ].join('\n');
    expect(engineViolations('src/rules/good.ts', source)).toEqual([]);
  });

  it('finds a file outside the engine that goes past its door, and lets the door through', () => {
    expect(doorViolations('src/app/x.ts', "import { RULES } from '../rules/table';")).toHaveLength(1);
    expect(doorViolations('tests/unit/x.test.ts', "import { RULES } from '../../src/rules/table.ts';")).toHaveLength(1);
    expect(doorViolations('src/results/x.ts', "import { RULES } from '../rules';")).toEqual([]);
    expect(doorViolations('src/results/x.ts', "import { RULES } from '../rules/index';")).toEqual([]);
    expect(doorViolations('tests/x.test.ts', "import { RULES } from '../src/rules/index.ts';")).toEqual([]);
  });

  it('lets the register test reach the register module only, and no other file reach it', () => {
    expect(doorViolations('tests/unit/register.test.ts', "import { lastChecked } from '../../src/rules/register';")).toEqual([]);
    expect(doorViolations('tests/unit/register.test.ts', "import { RULES } from '../../src/rules/table';")).toHaveLength(1);
    expect(doorViolations('tests/unit/other.test.ts', "import { lastChecked } from '../../src/rules/register';")).toHaveLength(1);
  });
});

describe('the codebase', () => {
  // The engine's own tests are not part of the engine: they use vitest and fast-check.
  const engineFiles = sourceFiles('src/rules').filter((f) => !isTest(f));
  const otherFiles = ['src', 'tests', 'scripts'].flatMap(sourceFiles).filter((f) => !inside(RULES_DIR, join(ROOT, f)));

  it('has an engine to check', () => {
    expect(engineFiles).toEqual(expect.arrayContaining(['src/rules/index.ts', 'src/rules/evaluate.ts', 'src/rules/predicates.ts', 'src/rules/rules-version.ts']));
    expect(otherFiles).toContain('src/cli/assess.ts');
  });

  it('keeps the engine pure: no React, i18n, other src, browser globals or clock', () => {
    expect(engineFiles.flatMap((f) => engineViolations(f, read(f)))).toEqual([]);
  });

  it('reaches the engine only through src/rules/index.ts', () => {
    expect(otherFiles.flatMap((f) => doorViolations(f, read(f)))).toEqual([]);
  });
});
