import { describe, expect, it } from 'vitest';
import { RULES } from '../rules';
import { citationLabel } from './citation-label';

describe('a citation as each language writes it', () => {
  it('keeps the engine string in English', () => {
    expect(citationLabel('IRPA s. 25(1.2)(c)', 'en')).toBe('IRPA s. 25(1.2)(c)');
  });

  it.each([
    ['IRPA s. 25(1.2)(c)', 'LIPR, art. 25(1.2)c)'],
    ['IRPA s. 25(1.2)(c)(i)', 'LIPR, art. 25(1.2)c)(i)'],
    ['IRPA s. 101(1)(b.1)', 'LIPR, art. 101(1)b.1)'],
    ['IRPA s. 25(1.21)', 'LIPR, art. 25(1.21)'],
    ['IRPA s. 42.1', 'LIPR, art. 42.1'],
    ['IRPR s. 233', 'RIPR, art. 233'],
    ['IRPR s. 68(a)', 'RIPR, art. 68a)'],
    ['IRPR s. 70(2)(b)', 'RIPR, art. 70(2)b)'],
    ['Interpretation Act s. 28', 'Loi d’interprétation, art. 28'],
    ['IRCC Guide 5291', 'Guide 5291 d’IRCC'],
    ['Kanthasamy 2015 SCC 61', 'Kanthasamy c. Canada (Citoyenneté et Immigration), 2015 CSC 61'],
    [
      'Baker v. Canada [1999] 2 SCR 817',
      'Baker c. Canada (Ministre de la Citoyenneté et de l’Immigration), [1999] 2 RCS 817',
    ],
    ['Yuris 2017 FC 981', 'Yuris c. Canada (Citoyenneté et Immigration), 2017 CF 981'],
    ['RLRQ c. I-13.3', 'RLRQ, c. I-13.3'],
    ['RLRQ c. A-13.1.1, r. 1, s. 47', 'RLRQ, c. A-13.1.1, r. 1, art. 47'],
  ])('writes %s as %s in French', (citation, french) => {
    expect(citationLabel(citation, 'fr')).toBe(french);
  });

  it('leaves no English form in French for any citation the rules use', () => {
    const english = RULES.flatMap((r) => r.citations)
      .map((c) => citationLabel(c, 'fr'))
      .filter((label) => /IRPA|IRPR| s\. |SCC|SCR| FC | v\. |\d\)?\([a-z]/.test(label));
    expect(english).toEqual([]);
  });

  it('leaves the engine’s case citations as they are (only the French label changes)', () => {
    const cases = RULES.flatMap((r) => r.citations).filter((c) => /SCC|SCR|FC /.test(c));
    expect([...new Set(cases)].sort()).toEqual([
      'Baker v. Canada [1999] 2 SCR 817',
      'Kanthasamy 2015 SCC 61',
      'Yuris 2017 FC 981',
    ]);
    expect(cases.map((c) => citationLabel(c, 'en'))).toEqual(cases);
  });
});
