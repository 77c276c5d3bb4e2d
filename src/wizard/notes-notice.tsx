/** After a case file is opened, on the next page: how many of its notes were left out as not valid (notes.ts). */
import { useLocation } from 'react-router';
import { useT } from '../i18n/i18n';
import { MAX_NOTE_LENGTH } from './notes';
import type { NavState } from './notices';

export function NotesIgnoredNotice() {
  const t = useT();
  const ignored = (useLocation().state as NavState | null)?.notesIgnored;
  if (!ignored) return null;
  return (
    <p role="status" className="notice notice--warning" data-notice="notes-ignored">
      {t('consultant.notes-ignored', { count: ignored, max: MAX_NOTE_LENGTH })}
    </p>
  );
}
