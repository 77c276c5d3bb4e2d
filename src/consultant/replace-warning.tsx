/**
 * Before opening a file or forgetting replaces the answers (the wizard's `BeforeReplace` slot): when
 * the answers or notes have changed since they were last saved or opened, an inline warning on the
 * page, not a browser dialog, takes the focus and offers to go on anyway or to cancel; cancelling
 * puts the focus back on the button that asked. With nothing unsaved, it goes straight on.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { BeforeReplaceProps } from '../wizard/slots';
import { getProgress } from '../wizard/store';
import { useCt } from './consultant-i18n';
import { hasUnsavedChanges } from './unsaved';

export function ReplaceWarning({ action, proceed, cancel }: BeforeReplaceProps) {
  const ct = useCt();
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const [asked] = useState(() => {
    const { answers, notes } = getProgress();
    return { unsaved: hasUnsavedChanges(answers, notes), from: document.activeElement as HTMLElement | null };
  });
  // Once, when it is shown: take the focus, or go straight on.
  const done = useRef(false);
  useEffect(() => {
    if (done.current) return;
    done.current = true;
    if (asked.unsaved) box.current?.focus();
    else proceed();
  }, [asked, proceed]);
  if (!asked.unsaved) return null;

  const back = () => {
    cancel();
    asked.from?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') back();
  };
  return (
    <div
      ref={box}
      className="notice notice--warning consultant-unsaved"
      role="group"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      data-consultant="unsaved"
    >
      <h3 id={`${id}-title`} className="heading-s">
        {ct('consultant.unsaved.title')}
      </h3>
      <p id={`${id}-body`}>{ct(`consultant.unsaved.${action}`)}</p>
      <div>
        <button type="button" className="button button--warning" onClick={proceed}>
          {ct(`consultant.unsaved.${action}-anyway`)}
        </button>
        <button type="button" className="button button--secondary" onClick={back}>
          {ct('consultant.unsaved.cancel')}
        </button>
      </div>
    </div>
  );
}
