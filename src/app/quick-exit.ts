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

/** Presses of Shift on its own closer together than this count towards the three. */
const WINDOW_MS = 1500;

/**
 * Counts Shift pressed on its own, as GOV.UK's "Exit this page" does: any other key between two
 * presses resets the count, so typing capitals (a consultant writing "RAD") never exits.
 */
export function shiftCounter(onThird: () => void) {
  let count = 0;
  let last = -Infinity;
  let alone = false;
  return {
    keydown(event: Pick<KeyboardEvent, 'key' | 'repeat'>) {
      if (event.key === 'Shift') {
        if (!event.repeat) alone = true;
        return;
      }
      alone = false;
      count = 0;
    },
    keyup(event: Pick<KeyboardEvent, 'key' | 'timeStamp'>) {
      if (event.key !== 'Shift' || !alone) return;
      alone = false;
      count = event.timeStamp - last <= WINDOW_MS ? count + 1 : 1;
      last = event.timeStamp;
      if (count >= 3) {
        count = 0;
        onThird();
      }
    },
  };
}

/** Shift pressed on its own three times, each within a second and a half, exits; also guards bfcache. */
export function installQuickExit(): void {
  if (installed) return;
  installed = true;
  const counter = shiftCounter(() => quickExit());
  window.addEventListener('keydown', (event) => counter.keydown(event));
  window.addEventListener('keyup', (event) => counter.keyup(event));
  window.addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    // Restored from the back-forward cache: whatever was on screen may be stale; start clean.
    document.getElementById('root')?.setAttribute('hidden', '');
    window.location.reload();
  });
}
