/**
 * The rules changelog holds the rules version in force and a sentence in both languages for each
 * change; every rule id it names is a rule of the table (or retired), every figure a dated parameter.
 */
import { describe, expect, it } from 'vitest';
import { consultant as en } from '../i18n/consultant-en';
import { consultant as fr } from '../i18n/consultant-fr';
import { ALL_PARAMETERS, FIELD_IDS, RULES_VERSION, RULE_IDS, isIsoDate } from '../rules';
import { RETIRED_RULE_IDS, RULES_CHANGELOG, changesSince, type ChangelogEntry } from './rules-changelog';

const changes = RULES_CHANGELOG.flatMap((entry) => entry.changes);

describe('the rules changelog', () => {
  it('has an entry for the rules version in force, its last: a new rules version needs one', () => {
    expect(RULES_CHANGELOG.at(-1)?.version).toBe(RULES_VERSION);
  });

  it('counts each entry from the one before, with dates in order and versions never repeated', () => {
    RULES_CHANGELOG.forEach((entry, i) => {
      expect(isIsoDate(entry.date), entry.version).toBe(true);
      if (i === 0) return;
      const before = RULES_CHANGELOG[i - 1] as ChangelogEntry;
      expect(entry.since).toBe(before.version);
      expect(entry.date >= before.date).toBe(true);
    });
    const versions = RULES_CHANGELOG.flatMap((e) => [e.version, e.since]);
    expect(new Set(versions).size).toBe(RULES_CHANGELOG.length + 1);
  });

  it('names only real rule ids, or retired ones that the table no longer has', () => {
    const known = new Set<string>([...RULE_IDS, ...RETIRED_RULE_IDS]);
    expect(changes.flatMap((c) => c.rules).filter((id) => !known.has(id))).toEqual([]);
    expect(RETIRED_RULE_IDS.filter((id) => (RULE_IDS as readonly string[]).includes(id))).toEqual([]);
  });

  it('names only dated parameters and answers the engine has', () => {
    const parameters = new Set(ALL_PARAMETERS.map((p) => p.id));
    expect(changes.flatMap((c) => c.parameters).filter((id) => !parameters.has(id))).toEqual([]);
    expect(changes.flatMap((c) => c.fields).filter((f) => !FIELD_IDS.includes(f))).toEqual([]);
  });

  it('says each change in both languages, once, and each concerns something', () => {
    for (const change of changes) {
      expect(en[change.words]?.trim(), change.words).toBeTruthy();
      expect(fr[change.words]?.trim(), change.words).toBeTruthy();
      expect(change.rules.length + change.parameters.length + change.fields.length, change.words).toBeGreaterThan(0);
    }
    expect(new Set(changes.map((c) => c.words)).size).toBe(changes.length);
    const unused = Object.keys(en).filter(
      (key) => key.startsWith('consultant.changelog.') && !changes.some((c) => c.words === key),
    );
    expect(unused).toEqual([]);
  });
});

describe('the changes since the version a file was saved under', () => {
  const entry = (version: string, since: string): ChangelogEntry => ({
    version,
    since,
    date: '2026-11-30',
    changes: [],
  });
  const log = [entry('b', 'a'), entry('c', 'b'), entry('d', 'c')];

  it('are none under the rules in force', () => {
    expect(changesSince('d', log, 'd')).toEqual({ entries: [], known: true });
    expect(changesSince(RULES_VERSION)).toEqual({ entries: [], known: true });
  });

  it('are the entries after its own, or all from the version the first counts from', () => {
    expect(changesSince('b', log, 'd').entries.map((e) => e.version)).toEqual(['c', 'd']);
    expect(changesSince('a', log, 'd')).toEqual({ entries: log, known: true });
  });

  it('are all of them, said to be unknown, for a version the changelog does not know', () => {
    expect(changesSince('zz', log, 'd')).toEqual({ entries: log, known: false });
  });
});
