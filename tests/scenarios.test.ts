/**
 * The one loader of the engine's policy scenarios (data in tests/scenarios/, format in its README)
 * and of the contract's worked examples (tests/examples/, format in its README). Scenarios are
 * data: this file only builds each case file, runs the engine and compares. It also fails when a
 * rule of the decision table is listed by no scenario, so a new rule cannot go untested.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/assess';
import { RULES, RULE_IDS, assess, checkCaseFile, type Assessment, type CheckMode, type Problem } from '../src/rules';

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
  problems?: { code: string; path: string; fields?: string[] }[];
  missing?: string[];
}

interface Scenario {
  name: string;
  asOf: string;
  base?: string;
  answers?: Record<string, unknown>;
  without?: string[];
  caseFile?: unknown;
  mode?: CheckMode;
  expect: Expectations;
}

/** A rule the assessment must list; `until: undefined` leaves its end unchecked. */
interface Wanted { id: string; until: string | null | undefined }

const SCENARIO_KEYS = ['name', 'asOf', 'base', 'answers', 'without', 'caseFile', 'mode', 'expect'];
const EXPECT_KEYS = ['outcome', 'pathway', 'earliestApplicationDate', 'rules', 'decisive', 'includes', 'excludes', 'fees', 'nextStepsInclude', 'problems', 'missing'];
const EXAMPLE_KEYS = ['outcome', 'pathway', 'earliestApplicationDate', 'decisiveRules', 'alsoListed', 'feesTotal', 'fees', 'invalid', 'stderrMentions'];
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
  return { format: 'hc-case', version: 1, answers };
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

function checkAssessment(assessment: Assessment, e: Expectations, strict: boolean): void {
  const ids = assessment.rules.map((r) => r.id);
  if (e.outcome !== undefined) expect(assessment.outcome, 'outcome').toBe(e.outcome);
  if (e.pathway !== undefined) expect(assessment.pathway, 'pathway').toBe(e.pathway);
  if (e.earliestApplicationDate !== undefined) expect(assessment.earliestApplicationDate, 'earliestApplicationDate').toBe(e.earliestApplicationDate);
  const exact = (entries: RuleEntry[], actual: string[], where: string) => {
    const wants = entries.map((x) => wanted(x, strict));
    expect([...actual].sort(), where).toEqual(wants.map((w) => w.id).sort());
    checkUntils(assessment, wants, where);
  };
  if (e.rules) exact(e.rules, ids, 'rules');
  if (e.decisive) exact(e.decisive, assessment.rules.filter((r) => DECISIVE_EFFECTS.has(r.effect)).map((r) => r.id), 'decisive rules');
  if (e.includes) checkUntils(assessment, e.includes.map((x) => wanted(x, strict)), 'includes');
  for (const id of e.excludes ?? []) expect(ids, 'excludes').not.toContain(id);
  if (e.fees === null) expect(assessment.fees, 'fees').toBeNull();
  else if (e.fees) expect(assessment.fees, 'fees').toMatchObject(e.fees);
  for (const step of e.nextStepsInclude ?? []) expect(assessment.nextSteps, 'nextSteps').toContain(step);
  // The engine promises the register's order even though consumers must not rely on it.
  expect(ids, 'rules in the register order').toEqual(RULE_IDS.filter((id) => ids.includes(id)));
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
  checkAssessment(assess(check.caseFile, s.asOf), s.expect, true);
}

describe.each(topics)('$topic', ({ file, scenarios: list }) => {
  it.each(list.map((s) => [s.name, s] as const))('%s', (_name, s) => {
    knownKeys(s, SCENARIO_KEYS, `${file}: ${s.name}`);
    knownKeys(s.expect, EXPECT_KEYS, `${file}: ${s.name} expect`);
    runScenario(s);
  });
});

interface Example { name: string; asOf: string; expect: Record<string, unknown> }

const examples: Example[] = readdirSync(exampleDir)
  .filter((f) => f.endsWith('.expected.json'))
  .sort()
  .map((f) => ({ name: f.replace('.expected.json', ''), ...(readJson(`${exampleDir}${f}`) as Omit<Example, 'name'>) }));

/** The examples' format (tests/examples/README.md) read as scenario expectations. */
function fromExample(x: Record<string, unknown>): Expectations {
  const e: Expectations = {};
  for (const k of ['outcome', 'pathway', 'earliestApplicationDate'] as const) if (k in x) (e as Record<string, unknown>)[k] = x[k];
  if (x.decisiveRules) e.decisive = x.decisiveRules as RuleEntry[];
  if (x.alsoListed) e.includes = x.alsoListed as RuleEntry[];
  if (x.fees === null) e.fees = null;
  if (x.feesTotal !== undefined) e.fees = { total: x.feesTotal };
  return e;
}

describe('worked examples of the contract, through the assessor', () => {
  it.each(examples.map((x) => [x.name, x] as const))('%s', (name, x) => {
    knownKeys(x.expect, EXAMPLE_KEYS, `${name}.expected.json`);
    const result = run([`${exampleDir}${name}.case.json`, '--as-of', x.asOf]);
    if (x.expect.invalid === true) {
      expect('stderr' in result, 'the assessor refuses the file').toBe(true);
      const stderr = 'stderr' in result ? result.stderr.join('\n') : '';
      for (const word of x.expect.stderrMentions as string[]) expect(stderr).toContain(word);
      return;
    }
    if (!('stdout' in result)) return expect.fail(result.stderr.join('\n'));
    // The examples check an `until` only where they give one.
    checkAssessment(JSON.parse(result.stdout) as Assessment, fromExample(x.expect), false);
  });
});

/** Every rule id that a scenario or example requires to be listed. */
function listedIds(): Set<string> {
  const ids = new Set<string>();
  const add = (entries: RuleEntry[] | undefined) => entries?.forEach((x) => ids.add(wanted(x, false).id));
  for (const s of scenarios) [s.expect.rules, s.expect.decisive, s.expect.includes].forEach(add);
  for (const x of examples) [x.expect.decisiveRules, x.expect.alsoListed].forEach((v) => add(v as RuleEntry[] | undefined));
  return ids;
}

describe('the scenarios themselves', () => {
  it('list every rule of the decision table in at least one scenario', () => {
    const listed = listedIds();
    expect(RULES.map((r) => r.id).filter((id) => !listed.has(id)), 'rules no scenario lists').toEqual([]);
  });

  it('name only rules that exist', () => {
    const named = new Set([...listedIds(), ...scenarios.flatMap((s) => s.expect.excludes ?? [])]);
    expect([...named].filter((id) => !RULE_IDS.includes(id))).toEqual([]);
  });

  it('are named as sentences that start with their date, and no two alike', () => {
    for (const s of scenarios) expect(s.name.startsWith(`On ${s.asOf}, `), s.name).toBe(true);
    expect(new Set(scenarios.map((s) => s.name)).size).toBe(scenarios.length);
  });

  it('state an outcome for every complete valid file and problems for every rejected one', () => {
    const vague = scenarios.filter((s) => !s.expect.problems && s.mode !== 'unfinished' && s.expect.outcome === undefined);
    expect(vague.map((s) => s.name)).toEqual([]);
    expect(scenarios.filter((s) => s.expect.problems?.length === 0).map((s) => s.name)).toEqual([]);
  });
});
