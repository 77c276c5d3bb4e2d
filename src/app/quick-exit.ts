/**
 * Quick exit: wipes the answers from memory and storage, blanks the page, and replaces the current
 * history entry with a neutral site. If the browser later restores this page from its
 * back-forward cache, it is blanked and reloaded, so Back never shows an answer.
 */
import { safety } from '../../config/safety';
import { WIPE_EVENT, wipeStorage } from '../wizard/storage-keys';

export function quickExit(target: string = safety.exitUrl): void {
  wipeStorage();
  window.dispatchEvent(new Event(WIPE_EVENT));
  document.title = '';
  document.getElementById('root')?.setAttribute('hidden', '');
  window.location.replace(target);
}

let installed = false;

/** Shift pressed three times within a second and a half triggers the exit; also guards bfcache. */
export function installQuickExit(): void {
  if (installed) return;
  installed = true;
  let presses: number[] = [];
  window.addEventListener('keydown', (event) => {
    if (event.key !== 'Shift' || event.repeat) return;
    const now = event.timeStamp;
    presses = [...presses.filter((t) => now - t < 1500), now];
    if (presses.length >= 3) quickExit();
  });
  window.addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    // Restored from the back-forward cache: whatever was on screen may be stale; start clean.
    document.getElementById('root')?.setAttribute('hidden', '');
    window.location.reload();
  });
}
