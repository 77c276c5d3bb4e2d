/**
 * docs/case-file.md is the project's copy of the contract, read by people who write case files
 * without reading the code. This test holds the copy and the engine to each other: the field table
 * names exactly the engine's answers, in order, with values the engine accepts and the version-2
 * marks where the engine has version-2 fields; every rule id is spelt in it; and the in-force table
 * of §2 gives each dated rule the date, and the Act, the engine applies.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  FIELD_IDS,
  INADMISSIBILITY_GROUNDS,
  INADMISSIBILITY_GROUNDS_V1,
  RULES,
  RULE_IDS,
  V2_FIELDS,
  fieldSchemas,
  isFieldId,
  type FieldId,
} from '../../src/rules';

const DOC = readFileSync(fileURLToPath(new URL('../../docs/case-file.md', import.meta.url)), 'utf8');

/** The rows of the markdown table whose header row starts with `header`, as arrays of cells. */
function tableRows(header: string): string[][] {
  const lines = DOC.split('\n');
  const start = lines.findIndex((line) => line.startsWith(header));
  if (start < 0) throw new Error(`no table starting with ${header}`);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
  }
  return rows;
}

/** Words in backticks; the fences of code blocks are not backticks around a word. */
const ticked = (text: string) => [...text.replace(/```\w*/g, '').matchAll(/`([^`\n]+)`/g)].map((m) => m[1] as string);

const fieldRows = tableRows('| field | values |').map(([name = '', values = '']) => ({
  id: ticked(name)[0] ?? name,
  v2: name.includes('**(2)**'),
  values,
}));
const inForceRows = tableRows('| rule | in force from |').map(([rules = '', from = '', enactedBy = '']) => ({
  ids: ticked(rules),
  from: /\d{4}-\d{2}-\d{2}/.exec(from)?.[0],
  text: `${from} ${enactedBy}`,
}));

describe('docs/case-file.md, the contract as the project ships it', () => {
  it('is version 2 of the contract', () => {
    expect(DOC).toMatch(/`version` exactly `1` or `2`\. The project writes version 2\./);
    expect(DOC).toContain('2026-11-30');
  });

  it("names in its field table exactly the answers of the engine, in the engine's order", () => {
    expect(
      fieldRows.filter((row) => !isFieldId(row.id)).map((row) => row.id),
      'fields the engine does not know',
    ).toEqual([]);
    expect(fieldRows.map((row) => row.id)).toEqual(FIELD_IDS);
  });

  it('marks with (2) exactly the fields that exist from version 2 only', () => {
    expect(
      fieldRows
        .filter((row) => row.v2)
        .map((row) => row.id)
        .sort(),
    ).toEqual([...V2_FIELDS].sort());
  });

  it("lists as values only what the engine accepts, and every value of the engine's lists", () => {
    for (const { id, values } of fieldRows) {
      const field = id as FieldId;
      const schema = fieldSchemas[field];
      const words = ticked(values);
      // A list field's values are written one by one; the engine reads them inside an array.
      const asAnswer = (word: string) => (field === 'inadmissibility' || field === 'hardships' ? [word] : word);
      for (const word of words.filter((w) => w !== '[]' && !w.startsWith('['))) {
        expect(schema.safeParse(asAnswer(word)).success, `${id}: \`${word}\``).toBe(true);
      }
    }
    const grounds = ticked(fieldRows.find((row) => row.id === 'inadmissibility')?.values ?? '');
    expect(grounds.filter((g) => g !== '[]' && !g.startsWith('['))).toEqual([...INADMISSIBILITY_GROUNDS]);
  });

  it('marks with (2) the one ground version 2 added', () => {
    const added = INADMISSIBILITY_GROUNDS.filter((g) => !(INADMISSIBILITY_GROUNDS_V1 as readonly string[]).includes(g));
    expect(added).toEqual(['cessation']);
    expect(DOC).toContain('`cessation` **(2)**');
  });

  it('spells every rule id of the engine, and no rule id the engine lacks', () => {
    const named = new Set(
      ticked(DOC).filter((word) => /^(exclude|redirect|bar|lift|suggest|warn|inform)\.[a-z-]+$/.test(word)),
    );
    expect(
      RULE_IDS.filter((id) => !named.has(id)),
      'rules the doc does not name',
    ).toEqual([]);
    expect(
      [...named].filter((id) => !(RULE_IDS as readonly string[]).includes(id)),
      'ids the engine lacks',
    ).toEqual([]);
  });

  it('gives in §2 the in-force date and the enacting Act of every dated rule, and of no other', () => {
    const documented = new Map(inForceRows.flatMap((row) => row.ids.map((id) => [id, row] as const)));
    const dated = RULES.filter((rule) => rule.inForce !== undefined);
    expect([...documented.keys()].sort()).toEqual(dated.map((rule) => rule.id).sort());
    for (const rule of dated) {
      const row = documented.get(rule.id);
      expect(row?.from, `${rule.id} in force from`).toBe(rule.inForce?.from);
      expect(row?.text, `${rule.id} enacted by`).toContain(rule.inForce?.enactedBy);
    }
  });
});
