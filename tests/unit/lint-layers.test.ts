/**
 * The layer map and the engine's purity are checked by the linter (.oxlintrc.json, decision 0010).
 * This checks the linter: the project's own config runs over small files laid out as src's folders
 * in a temporary directory (never in src), and must fail each file that imports up a layer or
 * sideways, past the engine's door, or that breaks the engine's purity or React's hooks rules, and
 * pass each file that imports down.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Each file breaks one rule: the rule oxlint must report for it. */
const FAILING: Record<string, [rule: string, source: string]> = {
  'src/results/wizard-store.ts': ['no-restricted-imports', "import { useProgress } from '../wizard/store';"],
  'src/results/router.tsx': ['no-restricted-imports', "import { Link } from 'react-router';"],
  'src/results/clock.ts': ['no-restricted-globals', 'export const now = Date.now();'],
  'src/wizard/consultant.ts': [
    'no-restricted-imports',
    "import { ConsultantBar } from '../consultant/consultant-bar';",
  ],
  'src/wizard/lazy-consultant.ts': [
    'no-restricted-imports',
    "export const tools = () => import('../consultant/consultant-tools');",
  ],
  'src/wizard/test-helper.ts': ['no-restricted-imports', "import { inCanada } from '../testing/answers';"],
  'src/components/results.ts': ['no-restricted-imports', "import { ResultsView } from '../results/results-view';"],
  'src/i18n/components.ts': ['no-restricted-imports', "import { ErrorSummary } from '../components/error-summary';"],
  'src/questions/i18n.ts': ['no-restricted-imports', "import { useT } from '../i18n/i18n';"],
  'src/consultant/app.ts': ['no-restricted-imports', "import { AppRoutes } from '../app/router';"],
  'src/app/cli.ts': ['no-restricted-imports', "import { run } from '../cli/assess';"],
  'src/cli/wizard.ts': ['no-restricted-imports', "import { journey } from '../wizard/journey';"],
  'src/lib/rules.ts': ['no-restricted-imports', "import { RULES } from '../rules';"],
  'config/src.ts': ['no-restricted-imports', "import { RULES } from '../src/rules';"],
  'src/app/past-the-door.ts': ['no-restricted-imports', "import { RULES } from '../rules/table';"],
  'src/wizard/calendar-door.ts': ['no-restricted-imports', "import { holidaysIn } from '../rules/calendar';"],
  'tests/unit/past-the-door.test.ts': ['no-restricted-imports', "import { RULES } from '../../src/rules/table.ts';"],
  'tests/unit/other.test.ts': ['no-restricted-imports', "import { lastChecked } from '../../src/rules/register';"],
  'src/rules/react.ts': ['no-restricted-imports', "import { useState } from 'react';"],
  'src/rules/i18n.ts': ['no-restricted-imports', "import type { ProblemKey } from '../i18n/en/problems';"],
  'src/rules/wizard.ts': ['no-restricted-imports', "import { journey } from '../wizard/journey';"],
  'src/rules/node.ts': ['no-restricted-imports', "import { readFileSync } from 'node:fs';"],
  'src/rules/date-now.ts': ['no-restricted-globals', 'export const today = Date.now();'],
  'src/rules/new-date.ts': ['no-restricted-globals', 'export const today = new Date();'],
  'src/rules/date-call.ts': ['no-restricted-globals', 'export const today = Date();'],
  'src/rules/window.ts': ['no-restricted-globals', 'window.alert(1);'],
  'src/rules/local-storage.ts': ['no-restricted-globals', "localStorage.setItem('k', 'v');"],
  'src/rules/session-storage.ts': ['no-restricted-globals', 'export const s = `${sessionStorage.length} items`;'],
  'src/rules/fetch.ts': ['no-restricted-globals', "export const r = await fetch('/x');"],
  'src/rules/navigator.ts': ['no-restricted-globals', 'export const lang = navigator.language;'],
  'src/rules/process.ts': ['no-restricted-globals', 'export const env = process.env;'],
  'src/rules/performance.ts': ['no-restricted-globals', 'export const t = performance.now();'],
  'src/rules/random.ts': ['no-restricted-properties', 'export const r = Math.random();'],
  'src/rules/require.ts': ['no-restricted-globals', "export const fs = require('node:fs');"],
  'src/wizard/conditional-hook.tsx': [
    'rules-of-hooks',
    [
      "import { useState } from 'react';",
      'export function Page({ open }: { open: boolean }) {',
      '  if (!open) return null;',
      '  const [value] = useState(0);',
      '  return <p>{value}</p>;',
      '}',
    ].join('\n'),
  ],
  'src/wizard/missing-dependency.tsx': [
    'exhaustive-deps',
    [
      "import { useMemo } from 'react';",
      'export function Page({ items }: { items: string[] }) {',
      '  const count = useMemo(() => items.length, []);',
      '  return <p>{count}</p>;',
      '}',
    ].join('\n'),
  ],
  'src/wizard/focused.test.ts': [
    'no-focused-tests',
    "import { expect, it } from 'vitest';\nit.only('runs alone', () => { expect(1).toBe(1); });",
  ],
};

/** Files whose imports all go down (or are allowed): no problem at all. */
const PASSING: Record<string, string> = {
  'src/results/down.tsx': [
    "import { practice } from '../../config/practice';",
    "import { ErrorSummary } from '../components/error-summary';",
    "import { useT } from '../i18n/i18n';",
    "import { localToday } from '../lib/today';",
    "import { QUESTIONS } from '../questions/catalogue';",
    "import { RULES } from '../rules';",
    "import { ruleById } from '../rules/index';",
    "import { AboutResult } from './about-result';",
    'export const used = [practice, ErrorSummary, useT, localToday, QUESTIONS, RULES, ruleById, AboutResult];',
  ].join('\n'),
  'src/wizard/down.ts': [
    "import { ResultsView } from '../results/results-view';",
    "import { checkAnswers } from '../rules/index.ts';",
    'export const used = [ResultsView, checkAnswers];',
  ].join('\n'),
  'src/wizard/down.test.ts': "import { inCanada } from '../testing/answers';\nexport const used = [inCanada];",
  'src/consultant/down.ts': [
    "import { ResultsView } from '../results/results-view';",
    "import { holidaysIn } from '../rules/calendar';",
    "import { useWizardSlots } from '../wizard/slots';",
    "export const tools = () => import('./consultant-tools');",
    'export const used = [ResultsView, holidaysIn, useWizardSlots];',
  ].join('\n'),
  'src/app/down.ts':
    "import { consultantSlots } from '../consultant/mode';\nimport { StepPage } from '../wizard/step-page';\nexport const used = [consultantSlots, StepPage];",
  'src/cli/down.ts':
    "import { format } from '../i18n/format';\nimport { localToday } from '../lib/today';\nimport { assess } from '../rules';\nexport const used = [format, localToday, assess];",
  'src/lib/down.ts': "import { pad } from './pad';\nexport const used = [pad];",
  'src/rules/down.ts': [
    "import * as z from 'zod/mini';",
    "import type { $ZodIssue } from 'zod/v4/core';",
    "import { nextDay } from './dates';",
    '// reads no clock: no Date.now(), no window, no document',
    "const url = 'https://laws-lois.justice.gc.ca/eng/document/cs/I-13.3';",
    'export const used = [z, nextDay, url, (issue: $ZodIssue) => issue.document];',
  ].join('\n'),
  'src/rules/down.test.ts':
    "import fc from 'fast-check';\nimport { expect, it } from 'vitest';\nit('runs', () => { expect(fc).toBeDefined(); });",
  'tests/unit/register.test.ts':
    "import { lastChecked } from '../../src/rules/register';\nexport const used = [lastChecked];",
  'tests/unit/down.test.ts':
    "import { RULES } from '../../src/rules/index.ts';\nimport { inCanada } from '../../src/testing/answers';\nexport const used = [RULES, inCanada];",
};

interface Diagnostic {
  code: string;
  filename: string;
  message: string;
}

let dir = '';
let found = new Map<string, Diagnostic[]>();

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lint-layers-'));
  copyFileSync(join(ROOT, '.oxlintrc.json'), join(dir, '.oxlintrc.json'));
  const sources = {
    ...Object.fromEntries(Object.entries(FAILING).map(([file, [, source]]) => [file, source])),
    ...PASSING,
  };
  for (const [file, source] of Object.entries(sources)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), `${source}\n`);
  }
  const run = spawnSync(join(ROOT, 'node_modules/.bin/oxlint'), ['--format', 'json'], { cwd: dir, encoding: 'utf8' });
  const { diagnostics } = JSON.parse(run.stdout) as { diagnostics: Diagnostic[] };
  found = new Map();
  for (const d of diagnostics) {
    const file = d.filename.split('\\').join('/');
    found.set(file, [...(found.get(file) ?? []), d]);
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the linter', () => {
  it.each(Object.entries(FAILING).map(([file, [rule]]) => ({ file, rule })))(
    'fails $file ($rule)',
    ({ file, rule }) => {
      // These files import names they never use, which is a problem of its own.
      const codes = (found.get(file) ?? []).map((d) => d.code).filter((code) => code !== 'eslint(no-unused-vars)');
      expect(codes).toEqual([expect.stringContaining(`(${rule})`)]);
    },
  );

  it.each(Object.keys(PASSING))('passes %s', (file) => {
    expect(found.get(file) ?? []).toEqual([]);
  });
});
