import { describe, expect, it } from 'vitest';
import { citationLinks } from './citations';
import { dayPeriods, feeSets, lawDates, periods } from './parameters';
import { RULES } from './table';

const OFFICIAL_HOSTS = ['laws-lois.justice.gc.ca', 'www.canada.ca', 'scc-csc.lexum.com', 'www.legisquebec.gouv.qc.ca'];

const citedByRules = [...new Set(RULES.flatMap((r) => r.citations))];
const citedByParameters = [feeSets, ...Object.values(periods), ...Object.values(dayPeriods), ...Object.values(lawDates)].flatMap((p) => p.citations);

describe('citation links', () => {
  it.each(citedByRules)('%s, cited by a rule, links to official English and French pages', (citation) => {
    const links = citationLinks(citation);
    expect(links, citation).toBeDefined();
    for (const url of [links?.en, links?.fr]) {
      const parsed = new URL(url as string);
      expect(parsed.protocol).toBe('https:');
      expect(OFFICIAL_HOSTS).toContain(parsed.host);
    }
    expect(links?.en).not.toBe(links?.fr);
  });

  it('links every citation of the dated parameters too', () => {
    expect(citedByParameters.filter((c) => citationLinks(c) === undefined)).toEqual([]);
  });

  it('links a subsection to its section page', () => {
    expect(citationLinks('IRPA s. 25(1.2)(c)')).toMatchObject({
      en: 'https://laws-lois.justice.gc.ca/eng/acts/I-2.5/section-25.html',
      fr: 'https://laws-lois.justice.gc.ca/fra/lois/I-2.5/article-25.html',
    });
    expect(citationLinks('IRPA s. 101(1)(b.1)')?.en).toBe('https://laws-lois.justice.gc.ca/eng/acts/I-2.5/section-101.html');
  });

  it('keeps a section number with a decimal part', () => {
    expect(citationLinks('IRPA s. 20.1')?.en).toBe('https://laws-lois.justice.gc.ca/eng/acts/I-2.5/section-20.1.html');
    expect(citationLinks('IRPR s. 65.1')).toMatchObject({
      en: 'https://laws-lois.justice.gc.ca/eng/regulations/SOR-2002-227/section-65.1.html',
      fr: 'https://laws-lois.justice.gc.ca/fra/reglements/DORS-2002-227/article-65.1.html',
    });
  });

  it('links the regulations, the decisions and the Quebec statutes to their official pages', () => {
    expect(citationLinks('IRPR s. 233')?.fr).toBe('https://laws-lois.justice.gc.ca/fra/reglements/DORS-2002-227/article-233.html');
    expect(citationLinks('Kanthasamy 2015 SCC 61')).toMatchObject({
      en: 'https://scc-csc.lexum.com/scc-csc/scc-csc/en/item/15648/index.do',
      fr: 'https://scc-csc.lexum.com/scc-csc/scc-csc/fr/item/15648/index.do',
    });
    expect(citationLinks('Baker v. Canada [1999] 2 SCR 817')?.en).toBe('https://scc-csc.lexum.com/scc-csc/scc-csc/en/item/1717/index.do');
    expect(citationLinks('RLRQ c. I-13.3')).toMatchObject({
      en: 'https://www.legisquebec.gouv.qc.ca/en/document/cs/I-13.3',
      fr: 'https://www.legisquebec.gouv.qc.ca/fr/document/lc/I-13.3',
    });
    expect(citationLinks('Interpretation Act s. 28')?.en).toBe('https://laws-lois.justice.gc.ca/eng/acts/I-21/section-28.html');
  });

  it('carries the date each link was last checked', () => {
    expect(citedByRules.map((c) => citationLinks(c)?.checked).every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d ?? ''))).toBe(true);
  });

  it('knows nothing of a citation outside its table', () => {
    expect(citationLinks('IRPA 25')).toBeUndefined();
    expect(citationLinks('Criminal Code s. 1')).toBeUndefined();
    expect(citationLinks('irpa s. 25')).toBeUndefined();
  });
});
