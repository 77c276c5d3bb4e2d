/**
 * The one loader of the engine's policy scenarios (data in tests/scenarios/, format in its README)
 * and of the contract's worked examples (tests/examples/, format in its README, compared by
 * tests/examples/compare.mjs as scripts/check-examples.mjs compares them). Scenarios are data: this
 * file only builds each case file, runs the engine and compares. It also fails when a rule of the
 * decision table is listed by no scenario, or when a rule with an in-force date is not shown absent
 * the day before that date and present on it with the same file, so a new rule cannot go untested.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/assess';
import {
  CASE_FILE_VERSION,
  NEXT_STEPS,
  RULES,
  RULE_IDS,
  addDays,
  assess,
  checkCaseFile,
  inForceOn,
  isRuleId,
  ruleById,
  type Assessment,
  type CheckMode,
  type Problem,
} from '../src/rules';
import { compareExample, exampleRuleIds } from './examples/compare.mjs';

type RuleEntry = string | { id: string; until?: string };

interface Expectations {
  outcome?: string;
  pathway?: string | null;
  earliestApplicationDate?: string | null;
  rules?: RuleEntry[];
  decisive?: RuleEntry[];
  includes?: RuleEntry[];
  excludes?: string[];
  fees?: Record<string, unknown> | null;
  nextStepsInclude?: string[];
  nextStepsExclude?: string[];
  problems?: { code: string; path: string; fields?: string[] }[];
  missing?: string[];
}

interface Scenario {
  name: string;
  asOf: string;
  /** the case file's version; the version the project writes when left out */
  version?: number;
  base?: string;
  answers?: Record<string, unknown>;
  without?: string[];
  caseFile?: unknown;
  mode?: CheckMode;
  expect: Expectations;
}

/** A rule the assessment must list; `until: undefined` leaves its end unchecked. */
interface Wanted {
  id: string;
  until: string | null | undefined;
}

const SCENARIO_KEYS = ['name', 'asOf', 'version', 'base', 'answers', 'without', 'caseFile', 'mode', 'expect'];
const EXPECT_KEYS = [
  'outcome',
  'pathway',
  'earliestApplicationDate',
  'rules',
  'decisive',
  'includes',
  'excludes',
  'fees',
  'nextStepsInclude',
  'nextStepsExclude',
  'problems',
  'missing',
];
const DECISIVE_EFFECTS = new Set(['exclude', 'redirect', 'bar', 'lift']);

const scenarioDir = fileURLToPath(new URL('./scenarios/', import.meta.url));
const exampleDir = fileURLToPath(new URL('./examples/', import.meta.url));
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** Typos in a scenario would make its check silently vacuous: refuse unknown keys. */
function knownKeys(value: object, allowed: string[], where: string): void {
  const unknown = Object.keys(value).filter((k) => !allowed.includes(k));
  if (unknown.length > 0) throw new Error(`${where}: unknown key(s) ${unknown.join(', ')}`);
}

const bases = readJson(`${scenarioDir}bases.json`) as Record<string, Record<string, unknown>>;
const topics = readdirSync(scenarioDir)
  .filter((f) => f.endsWith('.json') && f !== 'bases.json')
  .sort()
  .map((file) => ({ file, ...(readJson(`${scenarioDir}${file}`) as { topic: string; scenarios: Scenario[] }) }));
const scenarios = topics.flatMap((t) => t.scenarios);

function caseFileOf(s: Scenario): unknown {
  if (s.caseFile !== undefined) return s.caseFile;
  if (s.base !== undefined && !bases[s.base]) throw new Error(`${s.name}: no base named ${s.base}`);
  // Spread, not Object.assign: a "__proto__" key in the data must stay an ordinary own key.
  const answers: Record<string, unknown> = { ...(s.base ? bases[s.base] : {}), ...s.answers };
  for (const key of s.without ?? []) delete answers[key];
  return { format: 'hc-case', version: s.version ?? CASE_FILE_VERSION, answers };
}

function wanted(entry: RuleEntry, strict: boolean): Wanted {
  if (typeof entry !== 'string') return { id: entry.id, until: entry.until };
  return { id: entry, until: strict ? null : undefined };
}

function checkUntils(assessment: Assessment, wants: Wanted[], where: string): void {
  for (const w of wants) {
    const fired = assessment.rules.find((r) => r.id === w.id);
    expect(fired, `${where}: ${w.id} is listed`).toBeDefined();
    if (w.until !== undefined) expect(fired?.until ?? null, `${where}: until of ${w.id}`).toBe(w.until);
  }
}

function checkAssessment(assessment: Assessment, e: Expectations): void {
  const ids = assessment.rules.map((r) => r.id);
  if (e.outcome !== undefined) expect(assessment.outcome, 'outcome').toBe(e.outcome);
  if (e.pathway !== undefined) expect(assessment.pathway, 'pathway').toBe(e.pathway);
  if (e.earliestApplicationDate !== undefined)
    expect(assessment.earliestApplicationDate, 'earliestApplicationDate').toBe(e.earliestApplicationDate);
  const exact = (entries: RuleEntry[], actual: string[], where: string) => {
    const wants = entries.map((x) => wanted(x, true));
    expect([...actual].sort(), where).toEqual(wants.map((w) => w.id).sort());
    checkUntils(assessment, wants, where);
  };
  if (e.rules) exact(e.rules, ids, 'rules');
  if (e.decisive)
    exact(
      e.decisive,
      assessment.rules.filter((r) => DECISIVE_EFFECTS.has(r.effect)).map((r) => r.id),
      'decisive rules',
    );
  if (e.includes)
    checkUntils(
      assessment,
      e.includes.map((x) => wanted(x, true)),
      'includes',
    );
  for (const id of e.excludes ?? []) expect(ids, 'excludes').not.toContain(id);
  if (e.fees === null) expect(assessment.fees, 'fees').toBeNull();
  else if (e.fees) expect(assessment.fees, 'fees').toMatchObject(e.fees);
  for (const step of e.nextStepsInclude ?? []) expect(assessment.nextSteps, 'nextSteps').toContain(step);
  for (const step of e.nextStepsExclude ?? []) expect(assessment.nextSteps, 'nextSteps').not.toContain(step);
  checkPromises(assessment);
}

/** The words of a next-step code: its parts between `.` and `-` (spec §3). */
const wordsOf = (code: string) => code.split(/[.-]/);

/** What every assessment promises, whatever the scenario says. */
function checkPromises(assessment: Assessment): void {
  const ids = assessment.rules.map((r) => r.id);
  // The engine promises the register's order even though consumers must not rely on it.
  expect(ids, 'rules in the register order').toEqual(RULE_IDS.filter((id) => ids.includes(id)));
  const early = ids.filter((id) => !inForceOn(ruleById(id), assessment.asOf));
  expect(early, 'rules listed before their in-force date').toEqual([]);
  if (assessment.outcome === 'barred') {
    const asking = assessment.nextSteps.filter((code) =>
      wordsOf(code).some((w) => w.startsWith('pay') || w.startsWith('submit')),
    );
    expect(asking, 'next steps that ask a barred person to pay or submit').toEqual([]);
  }
}

function checkProblems(problems: Problem[], e: NonNullable<Expectations['problems']>): void {
  const key = (p: { code: string; path: string }) => `${p.code} ${p.path}`;
  expect(problems.map(key).sort(), 'problems').toEqual(e.map(key).sort());
  for (const want of e.filter((p) => p.fields)) {
    expect(problems.find((p) => key(p) === key(want))?.fields, `fields of ${key(want)}`).toEqual(want.fields);
  }
}

function runScenario(s: Scenario): void {
  const check = checkCaseFile(caseFileOf(s), s.asOf, s.mode ?? 'complete');
  if (s.expect.problems) {
    expect(check.ok, 'the file is rejected').toBe(false);
    if (!check.ok) checkProblems(check.problems, s.expect.problems);
    return;
  }
  if (!check.ok) expect.fail(`unexpected problems: ${check.problems.map((p) => `${p.code} ${p.path}`).join('; ')}`);
  if (s.expect.missing) expect(check.missing, 'missing').toEqual(s.expect.missing);
  if (s.mode === 'unfinished') return;
  checkAssessment(assess(check.caseFile, s.asOf), s.expect);
}

describe.each(topics)('$topic', ({ file, scenarios: list }) => {
  it.each(list.map((s) => [s.name, s] as const))('%s', (_name, s) => {
    knownKeys(s, SCENARIO_KEYS, `${file}: ${s.name}`);
    knownKeys(s.expect, EXPECT_KEYS, `${file}: ${s.name} expect`);
    runScenario(s);
  });
});

interface Example {
  name: string;
  asOf: string;
  expect: Record<string, unknown>;
}

const examples: Example[] = readdirSync(exampleDir)
  .filter((f) => f.endsWith('.expected.json'))
  .sort()
  .map((f) => ({ name: f.replace('.expected.json', ''), ...(readJson(`${exampleDir}${f}`) as Omit<Example, 'name'>) }));

describe('worked examples of the contract, through the assessor', () => {
  it.each(examples.map((x) => [x.name, x] as const))('%s', (name, x) => {
    const result = run([`${exampleDir}${name}.case.json`, '--as-of', x.asOf]);
    const ran =
      'stdout' in result
        ? { status: 0, stdout: result.stdout, stderr: '' }
        : { status: 2, stdout: '', stderr: result.stderr.join('\n') };
    expect(compareExample(ran, x.expect), `${name} differs from its expected assessment`).toEqual([]);
    if ('stdout' in result) checkPromises(JSON.parse(result.stdout) as Assessment);
  });
});

/** Every rule id that a scenario or example requires to be listed. */
function listedIds(): Set<string> {
  const ids = new Set<string>();
  const add = (entries: RuleEntry[] | undefined) => entries?.forEach((x) => ids.add(wanted(x, false).id));
  for (const s of scenarios) [s.expect.rules, s.expect.decisive, s.expect.includes].forEach(add);
  for (const x of examples) add(exampleRuleIds(x.expect));
  return ids;
}

/** Whether a scenario's expectations say that a rule is listed. */
function lists(s: Scenario, id: string): boolean {
  return [s.expect.rules, s.expect.decisive, s.expect.includes].some((entries) =>
    entries?.some((x) => wanted(x, false).id === id),
  );
}

/** Whether a scenario's expectations say that a rule is not listed: excluded, or left out of an exact set that would hold it. */
function denies(s: Scenario, id: string): boolean {
  if (s.expect.problems || s.mode === 'unfinished') return false;
  const decisive = DECISIVE_EFFECTS.has(ruleById(id)?.effect ?? '');
  const leftOut = (entries: RuleEntry[] | undefined) =>
    entries !== undefined && !entries.some((x) => wanted(x, false).id === id);
  return (s.expect.excludes ?? []).includes(id) || leftOut(s.expect.rules) || (decisive && leftOut(s.expect.decisive));
}

/** The rules with an in-force date that no pair of scenarios shows absent the day before and present on the day, with the same file. */
function untestedBoundaries(): string[] {
  const same = (a: Scenario, b: Scenario) => JSON.stringify(caseFileOf(a)) === JSON.stringify(caseFileOf(b));
  return RULES.filter((rule) => rule.inForce !== undefined)
    .filter((rule) => {
      const from = rule.inForce?.from as string;
      const onTheDay = scenarios.filter((s) => s.asOf === from && lists(s, rule.id));
      const dayBefore = scenarios.filter((s) => s.asOf === addDays(from, -1) && denies(s, rule.id));
      return !onTheDay.some((a) => dayBefore.some((b) => same(a, b)));
    })
    .map((rule) => `${rule.id} (in force from ${rule.inForce?.from})`);
}

describe('the scenarios themselves', () => {
  it('list every rule of the decision table in at least one scenario', () => {
    const listed = listedIds();
    expect(
      RULES.map((r) => r.id).filter((id) => !listed.has(id)),
      'rules no scenario lists',
    ).toEqual([]);
  });

  it('name only rules that exist', () => {
    const named = new Set([...listedIds(), ...scenarios.flatMap((s) => s.expect.excludes ?? [])]);
    expect([...named].filter((id) => !isRuleId(id))).toEqual([]);
  });

  it('name only next steps that exist', () => {
    const named = scenarios.flatMap((s) => [
      ...(s.expect.nextStepsInclude ?? []),
      ...(s.expect.nextStepsExclude ?? []),
    ]);
    expect(named.filter((code) => !(NEXT_STEPS as readonly string[]).includes(code))).toEqual([]);
  });

  it('show every rule with an in-force date absent the day before that date and listed on it, with the same file', () => {
    expect(untestedBoundaries(), 'rules whose in-force date no pair of scenarios tests').toEqual([]);
  });

  it('read files of both versions, and give a version only where it differs from the one the project writes', () => {
    expect(
      scenarios.filter((s) => s.version === CASE_FILE_VERSION).map((s) => s.name),
      'a version that is the default anyway',
    ).toEqual([]);
    expect(
      scenarios.some((s) => s.version === 1),
      'some version-1 scenarios',
    ).toBe(true);
    expect(
      scenarios.filter((s) => s.version !== undefined && s.caseFile !== undefined).map((s) => s.name),
      'a version beside a whole file',
    ).toEqual([]);
  });

  it('are named as sentences that start with their date, and no two alike', () => {
    for (const s of scenarios) expect(s.name.startsWith(`On ${s.asOf}, `), s.name).toBe(true);
    expect(new Set(scenarios.map((s) => s.name)).size).toBe(scenarios.length);
  });

  it('state an outcome for every complete valid file and problems for every rejected one', () => {
    const vague = scenarios.filter(
      (s) => !s.expect.problems && s.mode !== 'unfinished' && s.expect.outcome === undefined,
    );
    expect(vague.map((s) => s.name)).toEqual([]);
    expect(scenarios.filter((s) => s.expect.problems?.length === 0).map((s) => s.name)).toEqual([]);
  });
});
