/**
 * A citation string as each language writes it. The engine's citations stay in English
 * ("IRPA s. 25(1.2)(c)"); French cites "LIPR, art. 25(1.2)c)": a paragraph's letter loses its
 * opening parenthesis, a subparagraph's roman numeral keeps both (glossary.md). Cases take their
 * French citation form (Guide McGill): the French style of cause and the French reporter or court.
 */
import type { Lang } from '../i18n/shell';

const FR_FIXED: Record<string, string> = {
  'IRCC Guide 5291': 'Guide 5291 d’IRCC',
  'Kanthasamy 2015 SCC 61': 'Kanthasamy c. Canada (Citoyenneté et Immigration), 2015 CSC 61',
  'Baker v. Canada [1999] 2 SCR 817':
    'Baker c. Canada (Ministre de la Citoyenneté et de l’Immigration), [1999] 2 RCS 817',
  'Yuris 2017 FC 981': 'Yuris c. Canada (Citoyenneté et Immigration), 2017 CF 981',
};

const FR_ACTS: Record<string, string> = { IRPA: 'LIPR', IRPR: 'RIPR', 'Interpretation Act': 'Loi d’interprétation' };

const SECTION = /^(IRPA|IRPR|Interpretation Act) s\. (\d+(?:\.\d+)?)((?:\([^)]+\))*)$/;
const RLRQ = /^RLRQ c\. ([^,]+)((?:, r\. [^,]+)?)(?:, s\. (.+))?$/;

/** "(1.2)(c)(i)" -> "(1.2)c)(i)": the first lettered group after the subsections is the paragraph. */
function frenchSubdivisions(groups: string): string {
  let paragraphDone = false;
  return groups.replace(/\(([^)]+)\)/g, (whole, inner: string) => {
    if (paragraphDone || /^\d/.test(inner)) return whole;
    paragraphDone = true;
    return `${inner})`;
  });
}

export function citationLabel(citation: string, lang: Lang): string {
  if (lang === 'en') return citation;
  const fixed = FR_FIXED[citation];
  if (fixed) return fixed;
  const section = SECTION.exec(citation);
  if (section) return `${FR_ACTS[section[1] as string]}, art. ${section[2]}${frenchSubdivisions(section[3] ?? '')}`;
  const rlrq = RLRQ.exec(citation);
  if (rlrq) return `RLRQ, c. ${rlrq[1]}${rlrq[2] ?? ''}${rlrq[3] ? `, art. ${rlrq[3]}` : ''}`;
  return citation;
}
