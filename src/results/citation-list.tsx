/** A rule's sources as links to the official text in the page's language (citations.ts holds the URLs). */
import { useLang, useT } from '../i18n/i18n';
import { citationLinks } from '../rules';
import { citationLabel } from './citation-label';

export function CitationList({ citations }: { citations: readonly string[] }) {
  const t = useT();
  const lang = useLang();
  return (
    <div className="sources">
      <span>{t('results.sources')} </span>
      <ul className="inline-list">
        {citations.map((citation) => {
          const href = citationLinks(citation)?.[lang];
          const label = citationLabel(citation, lang);
          return <li key={citation}>{href ? <a href={href}>{label}</a> : label}</li>;
        })}
      </ul>
    </div>
  );
}
