// The one comparer of the contract's worked examples (format in ./README.md): given what the
// assessor did with a case file (exit status, stdout, stderr) and the example's `expect`, it returns
// every difference as a line of text, or nothing when the example passes. Shared by
// scripts/check-examples.mjs (the real assessor, as a third party runs it) and tests/scenarios.test.ts
// (the assessor in-process), so both read the format the same way.

const DECISIVE = new Set(['exclude', 'redirect', 'bar', 'lift']);
const show = (value) => JSON.stringify(value);
const sorted = (values) => [...new Set(values)].sort();

/** The keys an example's `expect` may hold; any other is a typo that would make a check vacuous. */
export const EXAMPLE_KEYS = [
  'outcome',
  'pathway',
  'earliestApplicationDate',
  'decisiveRules',
  'alsoListed',
  'feesTotal',
  'fees',
  'feesVerified',
  'biometrics',
  'invalid',
  'stderrMentions',
];

/** The rule ids an example names, decisive or not. */
export function exampleRuleIds(expect) {
  const decisive = (expect.decisiveRules ?? []).map((d) => (typeof d === 'object' ? d.id : d));
  return [...decisive, ...(expect.alsoListed ?? [])];
}

function compareInvalid(run, expect) {
  const errors = run.status === 2 ? [] : [`exit ${run.status}, expected 2`];
  if (!run.stderr.trim()) errors.push('no message on stderr');
  if (run.stdout.trim()) errors.push('something printed on stdout');
  if (/^\s+at /m.test(run.stderr)) errors.push('stack trace on stderr');
  for (const word of expect.stderrMentions ?? [])
    if (!run.stderr.includes(word)) errors.push(`stderr does not mention '${word}'`);
  return errors;
}

function compareRules(assessment, expect) {
  const errors = [];
  const rules = new Map((assessment.rules ?? []).map((rule) => [rule.id, rule]));
  const decisive = [...rules.values()].filter((rule) => DECISIVE.has(rule.effect)).map((rule) => rule.id);
  const wanted = (expect.decisiveRules ?? []).map((d) => (typeof d === 'object' ? d.id : d));
  if (show(sorted(decisive)) !== show(sorted(wanted)))
    errors.push(`decisive rules: got ${show(sorted(decisive))}, expected ${show(sorted(wanted))}`);
  for (const d of expect.decisiveRules ?? []) {
    if (typeof d === 'object' && 'until' in d && rules.has(d.id) && rules.get(d.id).until !== d.until) {
      errors.push(`${d.id} until: got ${show(rules.get(d.id).until)}, expected ${show(d.until)}`);
    }
  }
  if ('alsoListed' in expect) {
    const others = [...rules.values()].filter((rule) => !DECISIVE.has(rule.effect)).map((rule) => rule.id);
    const missing = sorted(expect.alsoListed.filter((id) => !others.includes(id)));
    const extra = sorted(others.filter((id) => !expect.alsoListed.includes(id)));
    if (missing.length) errors.push(`missing rules: ${show(missing)}`);
    if (extra.length) errors.push(`rules listed that the example does not list: ${show(extra)}`);
  }
  if ([...rules.values()].some((rule) => !rule.citations?.length)) errors.push('a rule has no citations');
  return errors;
}

function compareFees(assessment, expect) {
  const errors = [];
  const fees = assessment.fees;
  const isObject = typeof fees === 'object' && fees !== null;
  if (!('fees' in assessment)) errors.push('no fees key in the assessment');
  if ('fees' in expect && expect.fees === null && fees !== null) errors.push(`fees: got ${show(fees)}, expected null`);
  if ('feesTotal' in expect) {
    // `"feesTotal": null` means fees present with a total of null (an amount in it is not known).
    if (!isObject || !('total' in fees))
      errors.push(`fees.total: no fees (${show(fees)}), expected ${show(expect.feesTotal)}`);
    else if (fees.total !== expect.feesTotal)
      errors.push(`fees.total: got ${show(fees.total)}, expected ${show(expect.feesTotal)}`);
  }
  if ('feesVerified' in expect && (isObject ? fees.verified : undefined) !== expect.feesVerified) {
    errors.push(`fees.verified: got ${show(isObject ? fees.verified : fees)}, expected ${show(expect.feesVerified)}`);
  }
  if ('biometrics' in expect) {
    const item = (isObject && Array.isArray(fees.items) ? fees.items : []).find((i) => i?.id === 'biometrics');
    const got = item ? Object.fromEntries(Object.keys(expect.biometrics).map((k) => [k, item[k]])) : null;
    if (show(got) !== show(expect.biometrics))
      errors.push(`biometrics item: got ${show(got)}, expected ${show(expect.biometrics)}`);
  }
  return errors;
}

function compareAssessment(run, expect) {
  if (run.status !== 0) return [`exit ${run.status}: ${(run.stderr || run.stdout).trim().slice(0, 200)}`];
  let assessment;
  try {
    assessment = JSON.parse(run.stdout);
  } catch {
    return ['stdout is not a single JSON document'];
  }
  const errors = ['outcome', 'pathway', 'earliestApplicationDate']
    .filter((key) => assessment[key] !== expect[key])
    .map((key) => `${key}: got ${show(assessment[key])}, expected ${show(expect[key])}`);
  return [...errors, ...compareRules(assessment, expect), ...compareFees(assessment, expect)];
}

/**
 * Every difference between what the assessor did and what the example expects.
 * @param {{ status: number | null, stdout: string, stderr: string }} run
 * @param {Record<string, unknown>} expect the example's `expect`
 * @returns {string[]}
 */
export function compareExample(run, expect) {
  const unknown = Object.keys(expect).filter((key) => !EXAMPLE_KEYS.includes(key));
  if (unknown.length) return [`unknown key(s) in expect: ${unknown.join(', ')}`];
  return expect.invalid ? compareInvalid(run, expect) : compareAssessment(run, expect);
}
