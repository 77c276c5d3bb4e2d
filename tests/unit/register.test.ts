/**
 * The committed rules register and the rules version derived from it must be exactly what
 * `npm run register` (scripts/register.mjs) would write from the code, so that nobody reads a
 * register the engine no longer follows and a changed rule always changes the version saved in case
 * files. The register must also show what the contract asks of it: each rule's in-force date, the
 * amendment enacted but not yet in force, and every dated figure.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  ALL_PARAMETERS,
  EARLIEST_EVALUATION_DATE,
  PARAMETERS,
  PENDING_AMENDMENTS,
  RULES,
  RULES_VERSION,
  citationLinks,
} from '../../src/rules';
// Not part of the engine's door: only the register script and this test need them.
import { danglingNotes, lastChecked, renderRegister } from '../../src/rules/register';

interface RegisterScript {
  rulesVersion(register: string, lastChecked: string): string;
  versionModule(version: string): string;
}
// The script is plain JavaScript with no type declarations: imported by URL, typed here.
const script = (await import(new URL('../../scripts/register.mjs', import.meta.url).href)) as RegisterScript;

const REGISTER = fileURLToPath(new URL('../../docs/rules-register.md', import.meta.url));
const VERSION_MODULE = fileURLToPath(new URL('../../src/rules/rules-version.ts', import.meta.url));
const committed = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : '(missing)');

/** The in-force table of the contract (docs/case-file.md §2), as the contract writes it. */
const CONTRACT_IN_FORCE: Record<string, { from: string; enactedBy: string }> = {
  'bar.pending-hc': { from: '2010-06-29', enactedBy: 'S.C. 2010, c. 8, s. 4' },
  'warn.risk-not-weighed': { from: '2010-06-29', enactedBy: 'S.C. 2010, c. 8, s. 4' },
  'bar.pending-refugee-claim': { from: '2012-06-28', enactedBy: 'S.C. 2012, c. 17, s. 13' },
  'warn.family-member-pending-claim': { from: '2012-06-28', enactedBy: 'S.C. 2012, c. 17, s. 13' },
  'bar.twelve-month': { from: '2012-06-28', enactedBy: 'S.C. 2012, c. 17, s. 13' },
  'lift.twelve-month': { from: '2012-06-28', enactedBy: 'S.C. 2012, c. 17, s. 13' },
  'bar.designated-foreign-national': { from: '2012-06-28', enactedBy: 'S.C. 2012, c. 17, s. 13' },
  'exclude.non-exemptible-inadmissibility': { from: '2013-06-19', enactedBy: 'S.C. 2013, c. 16, s. 9' },
  'warn.possible-non-exemptible-inadmissibility': { from: '2013-06-19', enactedBy: 'S.C. 2013, c. 16, s. 9' },
  'bar.pending-prra': { from: '2019-06-21', enactedBy: 'S.C. 2019, c. 29, s. 303' },
  'warn.refugee-claim-one-year': { from: '2025-06-03', enactedBy: 'S.C. 2026, c. 4, s. 73' },
};

const rendered = renderRegister();
const lines = rendered.split('\n');

/** The table rows of a section of the register, each as its cells. */
function sectionRows(heading: string): string[][] {
  const start = lines.indexOf(heading);
  if (start < 0) throw new Error(`no section ${heading}`);
  const end = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  return lines
    .slice(start, end < 0 ? undefined : end)
    .filter((line) => line.startsWith('| ') && !line.startsWith('|---'))
    .slice(1)
    .map((line) =>
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim()),
    );
}

const ruleRows = new Map(sectionRows('## Rules').map((cells) => [/`([^`]+)`/.exec(cells[0] ?? '')?.[1] ?? '', cells]));
const parameterRows = new Map(
  sectionRows('## Dated parameters').map((cells) => [/`([^`]+)`/.exec(cells[0] ?? '')?.[1] ?? '', cells]),
);

describe('the rules register', () => {
  it('is committed exactly as the code renders it', () => {
    expect(committed(REGISTER) === rendered, 'docs/rules-register.md differs from the code: run npm run register').toBe(
      true,
    );
  });

  it('gives the rules version that npm run register derives from it, committed in rules-version.ts', () => {
    const version = script.rulesVersion(rendered, lastChecked());
    expect(version).toMatch(new RegExp(`^${lastChecked()}\\.[0-9a-f]{8}$`));
    expect(
      committed(VERSION_MODULE) === script.versionModule(version),
      'src/rules/rules-version.ts differs: run npm run register',
    ).toBe(true);
    expect(RULES_VERSION).toBe(version);
  });

  it('derives a version that changes when the register changes', () => {
    expect(script.rulesVersion(`${rendered} `, lastChecked())).not.toBe(script.rulesVersion(rendered, lastChecked()));
  });

  it('has one row per rule, in the table order, with its effect, step, checked date and English links', () => {
    expect([...ruleRows.keys()]).toEqual(RULES.map((r) => r.id));
    for (const rule of RULES) {
      const [, effect, step, , citations, checked] = ruleRows.get(rule.id) ?? [];
      expect([effect, step, checked], rule.id).toEqual([rule.effect, String(rule.step), rule.checked]);
      for (const c of rule.citations) expect(citations, `${rule.id}: ${c}`).toContain(`(${citationLinks(c)?.en})`);
    }
  });

  it("shows in each dated rule's row the in-force date and the Act of the contract, and a dash for the others", () => {
    for (const rule of RULES) {
      const inForce = ruleRows.get(rule.id)?.[6] ?? '';
      const contract = CONTRACT_IN_FORCE[rule.id];
      if (contract) {
        expect(inForce.startsWith(contract.from), `${rule.id}: ${inForce}`).toBe(true);
        expect(inForce, rule.id).toContain(contract.enactedBy);
      } else {
        expect(inForce, rule.id).toBe('—');
      }
    }
  });

  it('puts no placeholder of a condition in the register unresolved', () => {
    expect(rendered).not.toMatch(/\{\w+\}/);
  });

  it('lists the amendment enacted but not yet in force as pending: S.C. 2026, c. 4, s. 35 on the pending-claim bar', () => {
    const pending = sectionRows('## Enacted, not yet in force');
    expect(pending.map(([enactedBy, rule]) => [enactedBy, rule])).toEqual([
      ['S.C. 2026, c. 4, s. 35', '`bar.pending-refugee-claim`'],
    ]);
    expect(PENDING_AMENDMENTS).toHaveLength(1);
    expect(pending[0]?.[2]).toMatch(/eligible/);
  });

  it('lists every fee set with its date, its amounts (unknown ones as not known) and whether it is verified', () => {
    const [, values = '', verified = ''] = parameterRows.get(PARAMETERS.fees.id) ?? [];
    for (const e of PARAMETERS.fees.series) {
      const principal = e.value.processingPrincipal === null ? 'not known' : String(e.value.processingPrincipal);
      expect(values).toContain(`from ${e.from}: processingPrincipal ${principal}`);
      expect(values).toContain(`rightOfPr ${e.value.rightOfPr}`);
      expect(verified).toContain(`from ${e.from}: ${e.verified ? 'yes' : 'no'}`);
    }
    expect(values).toContain('from 2026-04-30: processingPrincipal not known');
    expect(verified).toContain('from 2026-04-30: no');
  });

  it('lists every parameter, and each value of a parameter with several values with its own date and flag', () => {
    expect([...parameterRows.keys()]).toEqual(ALL_PARAMETERS.map((p) => p.id));
    for (const parameter of ALL_PARAMETERS.filter((p) => p.series.length > 1)) {
      const [, values = '', verified = ''] = parameterRows.get(parameter.id) ?? [];
      for (const e of parameter.series) {
        expect(values, parameter.id).toContain(`from ${e.from}: `);
        expect(verified, parameter.id).toContain(`from ${e.from}: ${e.verified ? 'yes' : 'no'}`);
      }
    }
    const quebec = parameterRows.get(PARAMETERS.processingMonthsQuebec.id)?.[1] ?? '';
    expect(quebec).toContain('from 2024-11-19: 49 months');
    expect(quebec).toContain('from 2026-05-20: 57 months');
  });

  it('says which evaluation dates the tool knows the law of', () => {
    expect(rendered).toContain(EARLIEST_EVALUATION_DATE);
    expect(rendered).toMatch(/earlier evaluation date is an error/);
  });

  it('has a note only for dated values and rules with an in-force date that exist', () => {
    expect(danglingNotes()).toEqual([]);
  });
});
