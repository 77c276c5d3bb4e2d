/**
 * Quick exit: wipes the answers from memory and storage, blanks the page, and replaces the current
 * history entry with a neutral site. It also notes in the tab that the person left: any page of the
 * app that Back or Forward brings up afterwards (loaded again, or restored from the back-forward
 * cache) blanks itself and goes to the neutral site before showing anything (decision 0013).
 */
import { safety } from '../../config/safety';
import { WIPE_EVENT, wipeStorage } from '../wizard/storage-keys';

/** In the tab's sessionStorage: the person used Quick exit. Not one of the wiped keys, on purpose. */
export const LEFT_KEY = 'hc-navigator-left';

function markLeft(): void {
  try {
    sessionStorage.setItem(LEFT_KEY, '1');
  } catch {
    // Storage unavailable: Back may show an empty page of the app, with no answer on it.
  }
}

function hasLeft(): boolean {
  try {
    return sessionStorage.getItem(LEFT_KEY) === '1';
  } catch {
    return false;
  }
}

function leaveAgain(): void {
  document.title = '';
  document.getElementById('root')?.setAttribute('hidden', '');
  window.location.replace(safety.exitUrl);
}

/**
 * Called before the app renders. After Quick exit, a page reached through history leaves again at
 * once (returns true: render nothing); a fresh visit (typed address, link, reload) forgets the exit.
 */
export function leftThroughHistory(): boolean {
  if (!hasLeft()) return false;
  const entry = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
  if (entry?.type === 'back_forward') {
    leaveAgain();
    return true;
  }
  try {
    sessionStorage.removeItem(LEFT_KEY);
  } catch {
    // Nothing to forget.
  }
  return false;
}

export function quickExit(target: string = safety.exitUrl): void {
  wipeStorage();
  markLeft();
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
    if (hasLeft()) return leaveAgain();
    // Restored from the back-forward cache: whatever was on screen may be stale; start clean.
    document.getElementById('root')?.setAttribute('hidden', '');
    window.location.reload();
  });
}
