/** Before the result: when the answers came from a case file saved on another day or under other rules, say so. */
import { useLang, useT } from '../i18n/i18n';
import { formatDate } from '../i18n/locale';
import { RULES_VERSION } from '../rules';
import type { OpenedFrom } from './store';

export function OpenedNotice({ opened, asOf }: { opened: OpenedFrom | null; asOf: string }) {
  const t = useT();
  const lang = useLang();
  if (!opened) return null;
  const otherDay = opened.savedAt !== undefined && opened.savedAt !== asOf;
  const otherRules = opened.rulesVersion !== undefined && opened.rulesVersion !== RULES_VERSION;
  if (!otherDay && !otherRules) return null;
  return (
    <div className="notice notice--warning" data-notice="opened-file">
      {otherDay && opened.savedAt ? (
        <p>{t('answers.opened-saved-on', { date: formatDate(opened.savedAt, lang) })}</p>
      ) : null}
      {otherRules ? (
        <p>{t('answers.opened-other-rules', { saved: opened.rulesVersion ?? '', current: RULES_VERSION })}</p>
      ) : null}
    </div>
  );
}
