/**
 * Consultant mode's door in every person's journey: applying the address parameter, the larger
 * type, the notice about notes left out of an opened file, and lazy doors to the tools. With
 * settings.ts, notes.ts and consultant-switch.tsx it is all of the mode a person loads; the tools
 * (chunk `consultant-tools`) and their words load only once the mode is on.
 */
import { lazy, Suspense, useEffect, type ComponentType, type JSX, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useT } from '../i18n/i18n';
import { MAX_NOTE_LENGTH } from './notes';
import { useAddressParameter, useConsultantSettings } from './settings';

export { useConsultantSettings };

/** What an opened file's notes left behind, carried to the next page in the navigation state. */
export interface ConsultantNavState { notesIgnored?: number }

const tools = () => import('./consultant-tools');

/** A component of the tools, loaded on first use; nothing shows meanwhile (or `fallback`). */
function later<P extends object>(load: () => Promise<ComponentType<P>>) {
  const Lazy = lazy(async () => ({ default: await load() }));
  return function Later({ fallback = null, ...props }: P & { fallback?: ReactNode }) {
    return <Suspense fallback={fallback}><Lazy {...(props as P & JSX.IntrinsicAttributes)} /></Suspense>;
  };
}

export const ConsultantBar = later(async () => (await tools()).ConsultantBar);
export const ConsultantQuestion = later(async () => (await tools()).QuestionPanel);
export const ConsultantStepNote = later(async () => (await tools()).StepNote);
export const ConsultantResults = later(async () => (await tools()).ConsultantResults);

/** On every wizard page: the parameter, the larger type, the notes notice, and the toolbar when on. */
export function ConsultantFrame() {
  const t = useT();
  const settings = useConsultantSettings();
  const ignored = (useLocation().state as ConsultantNavState | null)?.notesIgnored;
  useAddressParameter();
  const large = settings.on && settings.large;
  useEffect(() => { document.documentElement.classList.toggle('consultant-large', large); }, [large]);
  return (
    <>
      {ignored ? <p role="status" className="notice notice--warning" data-notice="notes-ignored">{t('consultant.notes-ignored', { count: ignored, max: MAX_NOTE_LENGTH })}</p> : null}
      {settings.on ? <ConsultantBar /> : null}
    </>
  );
}
