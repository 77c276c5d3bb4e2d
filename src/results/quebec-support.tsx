/** What support a person waiting in Quebec can actually get, stated as hc-rules.md §3 does. */
import { useT } from '../i18n/i18n';

const SUPPORTS = ['school', 'praida', 'legal-aid', 'last-resort', 'francization'] as const;

export function QuebecSupport() {
  const t = useT();
  return (
    <ul>
      {SUPPORTS.map((s) => (
        <li key={s}>{t(`quebec.support.${s}`)}</li>
      ))}
    </ul>
  );
}
