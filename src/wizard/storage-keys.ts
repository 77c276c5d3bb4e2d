/** Where the app keeps anything in the browser: every key, so "Quick exit" and "Forget" can wipe them all. */
export const STORAGE_KEY = 'hc-navigator';
export const SETTINGS_KEY = 'hc-navigator-settings';
export const ALL_KEYS = [STORAGE_KEY, SETTINGS_KEY] as const;
/** Sent to the store (if loaded) so it forgets what it holds in memory. */
export const WIPE_EVENT = 'hc-navigator:wipe';

/** Removes every key of the app from session and local storage; never throws. */
export function wipeStorage(): void {
  for (const store of [() => sessionStorage, () => localStorage]) {
    try {
      const s = store();
      for (const key of ALL_KEYS) s.removeItem(key);
    } catch {
      // Storage unavailable: nothing was kept there.
    }
  }
}
