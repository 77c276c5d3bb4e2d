/**
 * Where each citation string links: official sources only (hc-rules.md, "Where each citation
 * links"). The URL patterns live here and nowhere else; a subsection such as `25(1.2)(c)` links to
 * its section's page.
 */
export interface CitationLinks {
  en: string;
  fr: string;
  /** the date the link and the wording behind it were last checked */
  checked: string;
}

const JUSTICE_LAWS = 'https://laws-lois.justice.gc.ca';
const LEGISQUEBEC = 'https://www.legisquebec.gouv.qc.ca';
const SCC = 'https://scc-csc.lexum.com/scc-csc/scc-csc';
const FC = 'https://decisions.fct-cf.gc.ca/fc-cf/decisions';
const STATUTE_CHECKED = '2026-05-31';

const FIXED: Record<string, Omit<CitationLinks, 'checked'>> = {
  'IRCC Guide 5291': {
    en: 'https://www.canada.ca/en/immigration-refugees-citizenship/services/application/application-forms-guides/guide-5291-humanitarian-compassionate-considerations.html',
    fr: 'https://www.canada.ca/fr/immigration-refugies-citoyennete/services/demande/formulaires-demande-guides/guide-5291-considerations-ordre-humanitaire.html',
  },
  'Kanthasamy 2015 SCC 61': { en: `${SCC}/en/item/15648/index.do`, fr: `${SCC}/fr/item/15648/index.do` },
  'Baker v. Canada [1999] 2 SCR 817': { en: `${SCC}/en/item/1717/index.do`, fr: `${SCC}/fr/item/1717/index.do` },
  'Yuris 2017 FC 981': { en: `${FC}/en/item/300788/index.do`, fr: `${FC}/fr/item/300788/index.do` },
  'IRCC processing times': {
    en: 'https://www.canada.ca/en/immigration-refugees-citizenship/services/application/check-processing-times.html',
    fr: 'https://www.canada.ca/fr/immigration-refugies-citoyennete/services/demande/verifier-delais-traitement.html',
  },
  'Québec, PEQ': { en: 'https://www.quebec.ca/en/immigration', fr: 'https://www.quebec.ca/immigration' },
  'RLRQ c. I-13.3': { en: `${LEGISQUEBEC}/en/document/cs/I-13.3`, fr: `${LEGISQUEBEC}/fr/document/lc/I-13.3` },
  'RLRQ c. A-13.1.1, r. 1, s. 47': {
    en: `${LEGISQUEBEC}/en/document/cr/A-13.1.1,%20r.%201`,
    fr: `${LEGISQUEBEC}/fr/document/rc/A-13.1.1,%20r.%201`,
  },
};

const SECTION = /^(IRPA|IRPR|Interpretation Act|IAD Rules) [sr]\. (\d+(?:\.\d+)?)/;

const ACTS = {
  IRPA: { en: `${JUSTICE_LAWS}/eng/acts/I-2.5`, fr: `${JUSTICE_LAWS}/fra/lois/I-2.5` },
  IRPR: { en: `${JUSTICE_LAWS}/eng/regulations/SOR-2002-227`, fr: `${JUSTICE_LAWS}/fra/reglements/DORS-2002-227` },
  'Interpretation Act': { en: `${JUSTICE_LAWS}/eng/acts/I-21`, fr: `${JUSTICE_LAWS}/fra/lois/I-21` },
  'IAD Rules': {
    en: `${JUSTICE_LAWS}/eng/regulations/SOR-2022-277`,
    fr: `${JUSTICE_LAWS}/fra/reglements/DORS-2022-277`,
  },
} as const;

/** The official pages for a citation string, or undefined for one this table does not know. */
export function citationLinks(citation: string): CitationLinks | undefined {
  const fixed = FIXED[citation];
  if (fixed) return { ...fixed, checked: STATUTE_CHECKED };
  const m = SECTION.exec(citation);
  if (!m) return undefined;
  const act = ACTS[m[1] as keyof typeof ACTS];
  return { en: `${act.en}/section-${m[2]}.html`, fr: `${act.fr}/article-${m[2]}.html`, checked: STATUTE_CHECKED };
}
