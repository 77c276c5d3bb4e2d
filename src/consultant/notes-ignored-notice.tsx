/**
 * After a case file is opened in consultant mode, on the next page: how many of its notes were left
 * out as not valid (`wizard/notes.ts`). Notes show only in consultant mode, so only it says so.
 */
import { useLocation } from 'react-router';
import { MAX_NOTE_LENGTH } from '../wizard/notes';
import type { NavState } from '../wizard/notices';
import { useCt } from './consultant-i18n';

export function NotesIgnoredNotice() {
  const ct = useCt();
  const ignored = (useLocation().state as NavState | null)?.notesIgnored;
  if (!ignored) return null;
  return (
    <p role="status" className="notice notice--warning" data-notice="notes-ignored">
      {ct('consultant.notes-ignored', { count: ignored, max: MAX_NOTE_LENGTH })}
    </p>
  );
}
