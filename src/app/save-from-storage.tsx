/**
 * The error page's "save your answers": reads what the tab kept, as it is, without the engine
 * (which may be what failed), and downloads it as a case file so nothing typed is lost.
 */
import { STORAGE_KEY } from '../wizard/storage-keys';
import { caseFileName, downloadJson } from '../wizard/download';
import { localToday as today } from '../wizard/today';

function storedAnswers(): unknown {
  for (const area of [() => localStorage, () => sessionStorage]) {
    try {
      const text = area().getItem(STORAGE_KEY);
      if (text) return (JSON.parse(text) as { answers?: unknown }).answers ?? {};
    } catch {
      // unreadable: try the other place
    }
  }
  return {};
}

export function SaveFromStorageButton({ label }: { label: string }) {
  return (
    <p>
      <button type="button" className="button button--secondary"
        onClick={() => downloadJson(caseFileName(today()), { format: 'hc-case', version: 1, savedAt: today(), answers: storedAnswers() })}>
        {label}
      </button>
    </p>
  );
}
