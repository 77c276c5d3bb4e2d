import { describe, expect, it } from 'vitest';
import { citationLinks } from './citations';
import { ALL_PARAMETERS } from './parameters';
import { RULES } from './table';

const OFFICIAL_HOSTS = [
  'laws-lois.justice.gc.ca',
  'www.canada.ca',
  'scc-csc.lexum.com',
  'decisions.fct-cf.gc.ca',
  'www.legisquebec.gouv.qc.ca',
  'www.quebec.ca',
];

const citedByRules = [...new Set(RULES.flatMap((r) => r.citations))];
const citedByParameters = [...new Set(ALL_PARAMETERS.flatMap((p) => p.citations))];

function expectOfficialPages(citation: string): void {
  const links = citationLinks(citation);
  expect(links, citation).toBeDefined();
  for (const url of [links?.en, links?.fr]) {
    const parsed = new URL(url as string);
    expect(parsed.protocol, url).toBe('https:');
    expect(OFFICIAL_HOSTS, url).toContain(parsed.host);
  }
  expect(links?.en, citation).not.toBe(links?.fr);
}

describe('citation links', () => {
  it.each(citedByRules)('%s, cited by a rule, links to official English and French pages', (citation) => {
    expectOfficialPages(citation);
  });

  it.each(citedByParameters)(
    '%s, cited by a dated parameter, links to official English and French pages',
    (citation) => {
      expectOfficialPages(citation);
    },
  );

  it.each([
    [
      'IRPA s. 20.2(1)',
      'https://laws-lois.justice.gc.ca/eng/acts/I-2.5/section-20.2.html',
      'https://laws-lois.justice.gc.ca/fra/lois/I-2.5/article-20.2.html',
    ],
    [
      'IRPA s. 49(2)(f)',
      'https://laws-lois.justice.gc.ca/eng/acts/I-2.5/section-49.html',
      'https://laws-lois.justice.gc.ca/fra/lois/I-2.5/article-49.html',
    ],
    [
      'IRPA s. 112(2)(b.1)',
      'https://laws-lois.justice.gc.ca/eng/acts/I-2.5/section-112.html',
      'https://laws-lois.justice.gc.ca/fra/lois/I-2.5/article-112.html',
    ],
    [
      'IRPA s. 24(4)',
      'https://laws-lois.justice.gc.ca/eng/acts/I-2.5/section-24.html',
      'https://laws-lois.justice.gc.ca/fra/lois/I-2.5/article-24.html',
    ],
    [
      'IRPA s. 63(1)',
      'https://laws-lois.justice.gc.ca/eng/acts/I-2.5/section-63.html',
      'https://laws-lois.justice.gc.ca/fra/lois/I-2.5/article-63.html',
    ],
    [
      'IRPR s. 67(a)',
      'https://laws-lois.justice.gc.ca/eng/regulations/SOR-2002-227/section-67.html',
      'https://laws-lois.justice.gc.ca/fra/reglements/DORS-2002-227/article-67.html',
    ],
    [
      'IRPR s. 10(2)',
      'https://laws-lois.justice.gc.ca/eng/regulations/SOR-2002-227/section-10.html',
      'https://laws-lois.justice.gc.ca/fra/reglements/DORS-2002-227/article-10.html',
    ],
    [
      'IAD Rules r. 16(a)',
      'https://laws-lois.justice.gc.ca/eng/regulations/SOR-2022-277/section-16.html',
      'https://laws-lois.justice.gc.ca/fra/reglements/DORS-2022-277/article-16.html',
    ],
    [
      'Yuris 2017 FC 981',
      'https://decisions.fct-cf.gc.ca/fc-cf/decisions/en/item/300788/index.do',
      'https://decisions.fct-cf.gc.ca/fc-cf/decisions/fr/item/300788/index.do',
    ],
  ])('links %s, a citation of version 2, to its official pages', (citation, en, fr) => {
    expect(citationLinks(citation)).toMatchObject({ en, fr });
  });

  it('knows the version-2 citations the rules carry', () => {
    for (const citation of [
      'Yuris 2017 FC 981',
      'IRPA s. 20.2(1)',
      'IRPA s. 49(2)(f)',
      'IRPA s. 112(2)(b.1)',
      'IRPA s. 24(4)',
      'IRPR s. 67(a)',
      'IRPR s. 117(9)(d)',
      'IRPR s. 160',
      'IRPR s. 162',
    ]) {
      expect(citedByRules, citation).toContain(citation);
    }
    expect(citedByParameters).toContain('IAD Rules r. 16(a)');
  });

  it('links a subsection to its section page', () => {
    expect(citationLinks('IRPA s. 25(1.2)(c)')).toMatchObject({
      en: 'https://laws-lois.justice.gc.ca/eng/acts/I-2.5/section-25.html',
      fr: 'https://laws-lois.justice.gc.ca/fra/lois/I-2.5/article-25.html',
    });
    expect(citationLinks('IRPA s. 101(1)(b.1)')?.en).toBe(
      'https://laws-lois.justice.gc.ca/eng/acts/I-2.5/section-101.html',
    );
  });

  it('keeps a section number with a decimal part', () => {
    expect(citationLinks('IRPA s. 20.1')?.en).toBe('https://laws-lois.justice.gc.ca/eng/acts/I-2.5/section-20.1.html');
    expect(citationLinks('IRPR s. 65.1')).toMatchObject({
      en: 'https://laws-lois.justice.gc.ca/eng/regulations/SOR-2002-227/section-65.1.html',
      fr: 'https://laws-lois.justice.gc.ca/fra/reglements/DORS-2002-227/article-65.1.html',
    });
  });

  it('links the regulations, the decisions and the Quebec statutes to their official pages', () => {
    expect(citationLinks('IRPR s. 233')?.fr).toBe(
      'https://laws-lois.justice.gc.ca/fra/reglements/DORS-2002-227/article-233.html',
    );
    expect(citationLinks('Kanthasamy 2015 SCC 61')).toMatchObject({
      en: 'https://scc-csc.lexum.com/scc-csc/scc-csc/en/item/15648/index.do',
      fr: 'https://scc-csc.lexum.com/scc-csc/scc-csc/fr/item/15648/index.do',
    });
    expect(citationLinks('Baker v. Canada [1999] 2 SCR 817')?.en).toBe(
      'https://scc-csc.lexum.com/scc-csc/scc-csc/en/item/1717/index.do',
    );
    expect(citationLinks('RLRQ c. I-13.3')).toMatchObject({
      en: 'https://www.legisquebec.gouv.qc.ca/en/document/cs/I-13.3',
      fr: 'https://www.legisquebec.gouv.qc.ca/fr/document/lc/I-13.3',
    });
    expect(citationLinks('Interpretation Act s. 28')?.en).toBe(
      'https://laws-lois.justice.gc.ca/eng/acts/I-21/section-28.html',
    );
  });

  it('carries the date each link was last checked', () => {
    expect(
      [...citedByRules, ...citedByParameters]
        .map((c) => citationLinks(c)?.checked)
        .every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d ?? '')),
    ).toBe(true);
  });

  it('knows nothing of a citation outside its table', () => {
    expect(citationLinks('IRPA 25')).toBeUndefined();
    expect(citationLinks('Criminal Code s. 1')).toBeUndefined();
    expect(citationLinks('irpa s. 25')).toBeUndefined();
  });
});
