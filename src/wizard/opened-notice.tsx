/**
 * Before the result: when the answers came from a case file saved on another day, say that the result
 * uses today's date and rules. What the file remembered, and whether today's result differs, is said
 * in one line on opening (`notices.tsx`); rules versions are for consultant mode's "then and now".
 */
import { useLang, useT } from '../i18n/i18n';
import { formatDate } from '../i18n/locale';
import type { OpenedFrom } from './store';

export function OpenedNotice({ opened, asOf }: { opened: OpenedFrom | null; asOf: string }) {
  const t = useT();
  const lang = useLang();
  if (!opened) return null;
  if (opened.savedAt === undefined || opened.savedAt === asOf) return null;
  return (
    <div className="notice notice--warning" data-notice="opened-file">
      <p>{t('answers.opened-saved-on', { date: formatDate(opened.savedAt, lang) })}</p>
    </div>
  );
}
