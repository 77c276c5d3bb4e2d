/** "A new version is available": shown when a new service worker waits; reloading keeps the answers. */
import { useEffect, useState } from 'react';
import { shell, type Lang } from '../i18n/shell';

let pending: (() => void) | null = null;
const listeners = new Set<() => void>();

/** Called by the service worker's registration (main.tsx) when a new version waits. */
export function offerUpdate(apply: () => void): void {
  pending = apply;
  listeners.forEach((l) => l());
}

export function UpdateNotice({ lang }: { lang: Lang }) {
  const [apply, setApply] = useState<(() => void) | null>(() => pending);
  useEffect(() => {
    const listener = () => setApply(() => pending);
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, []);
  if (!apply) return null;
  return (
    <div className="notice update-notice" role="status">
      <p>{shell[lang]['update.available']}</p>
      <button type="button" className="button" onClick={apply}>
        {shell[lang]['update.reload']}
      </button>
    </div>
  );
}
