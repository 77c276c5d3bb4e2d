/** Where the app keeps anything in the browser: every key, so "Quick exit" and "Forget" can wipe them all. */
export const STORAGE_KEY = 'hc-navigator';
/**
 * The format of the entry kept under STORAGE_KEY. Format 2 wraps the answers in the case file the
 * engine's door writes (`caseFile`); format 1 (before the case-file contract's version 2) held bare
 * answers of case-file version 1, as FORMAT_1_CASE_FILE says. Old entries are read, never written.
 */
export const STORAGE_VERSION = 2;
export const FORMAT_1_CASE_FILE = { format: 'hc-case', version: 1 } as const;
export const SETTINGS_KEY = 'hc-navigator-settings';
export const ALL_KEYS = [STORAGE_KEY, SETTINGS_KEY] as const;
/**
 * Sent to the store (if loaded) so it forgets what it holds in memory. Quick exit sends it bare:
 * everything goes. "Forget my answers" sends it with the detail `ANSWERS_ONLY`: the answers and
 * notes go, the tool's settings (consultant mode) stay (usability review m11).
 */
export const WIPE_EVENT = 'hc-navigator:wipe';
export const ANSWERS_ONLY = 'answers';

/** Removes the app's keys (every one unless told) from session and local storage; never throws. */
export function wipeStorage(keys: readonly string[] = ALL_KEYS): void {
  for (const store of [() => sessionStorage, () => localStorage]) {
    try {
      const s = store();
      for (const key of keys) s.removeItem(key);
    } catch {
      // Storage unavailable: nothing was kept there.
    }
  }
}
