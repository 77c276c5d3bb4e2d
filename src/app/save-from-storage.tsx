/**
 * The error page's "save your answers": reads what the tab kept, as it is, without the engine
 * (which may be what failed), and downloads it as a case file so nothing typed is lost. The kept
 * entry already holds its answers as a case file of the version the engine writes; an entry of
 * the earlier format holds those of case-file version 1, and is saved as such.
 */
import { localToday as today } from '../lib/today';
import { FORMAT_1_CASE_FILE, STORAGE_KEY } from '../wizard/storage-keys';
import { caseFileName, downloadJson } from '../wizard/download';

type Kept = { caseFile?: unknown; answers?: unknown; notes?: unknown; version?: unknown };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The case file and a consultant's notes as the tab kept them; opening the file checks them again. */
function stored(): { caseFile: Record<string, unknown>; notes?: unknown } {
  for (const area of [() => localStorage, () => sessionStorage]) {
    try {
      const text = area().getItem(STORAGE_KEY);
      if (!text) continue;
      const { caseFile, answers, notes, version } = JSON.parse(text) as Kept;
      const kept = isObject(caseFile)
        ? caseFile
        : { ...FORMAT_1_CASE_FILE, answers: version === 1 ? (answers ?? {}) : {} };
      return notes === undefined ? { caseFile: kept } : { caseFile: kept, notes };
    } catch {
      // unreadable: try the other place
    }
  }
  return { caseFile: { ...FORMAT_1_CASE_FILE, answers: {} } };
}

export function SaveFromStorageButton({ label }: { label: string }) {
  const save = () => {
    const { caseFile, notes } = stored();
    downloadJson(
      caseFileName(today()),
      notes === undefined ? { ...caseFile, savedAt: today() } : { ...caseFile, savedAt: today(), notes },
    );
  };
  return (
    <p>
      <button type="button" className="button button--secondary" onClick={save}>
        {label}
      </button>
    </p>
  );
}
