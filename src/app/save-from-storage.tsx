/**
 * The error page's "save your answers": reads what the tab kept, as it is, without the engine
 * (which may be what failed), and downloads it as a case file so nothing typed is lost.
 */
import { STORAGE_KEY } from '../wizard/storage-keys';
import { caseFileName, downloadJson } from '../wizard/download';
import { localToday as today } from '../wizard/today';

/** The answers and a consultant's notes as the tab kept them; opening the file checks them again. */
function stored(): { answers: unknown; notes?: unknown } {
  for (const area of [() => localStorage, () => sessionStorage]) {
    try {
      const text = area().getItem(STORAGE_KEY);
      if (!text) continue;
      const { answers, notes } = JSON.parse(text) as { answers?: unknown; notes?: unknown };
      return notes === undefined ? { answers: answers ?? {} } : { answers: answers ?? {}, notes };
    } catch {
      // unreadable: try the other place
    }
  }
  return { answers: {} };
}

export function SaveFromStorageButton({ label }: { label: string }) {
  return (
    <p>
      <button type="button" className="button button--secondary"
        onClick={() => downloadJson(caseFileName(today()), { format: 'hc-case', version: 1, savedAt: today(), ...stored() })}>
        {label}
      </button>
    </p>
  );
}
