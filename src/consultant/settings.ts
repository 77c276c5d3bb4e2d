/**
 * Consultant mode's settings, kept for the session only (the tab's session storage, under
 * SETTINGS_KEY): whether the mode is on, and its shared-screen options. The address parameter
 * `?consultant=1` turns the mode on for the session and `?consultant=0` turns it off. Quick exit
 * wipes them like everything else (WIPE_EVENT); "Forget my answers" keeps them: they are the tool's
 * settings, not the client's (usability review m11).
 */
import { useEffect, useSyncExternalStore } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { ANSWERS_ONLY, SETTINGS_KEY, WIPE_EVENT } from '../wizard/storage-keys';

export interface ConsultantSettings {
  on: boolean;
  /** larger type for a shared screen */
  large: boolean;
  /** answers shown as "Hidden" on check your answers, on paper and in "what if" */
  hideAnswers: boolean;
  /** the result in English and French, side by side */
  sideBySide: boolean;
}

export const OFF: ConsultantSettings = { on: false, large: false, hideAnswers: false, sideBySide: false };
let settings: ConsultantSettings | undefined;
const listeners = new Set<() => void>();

function read(): ConsultantSettings {
  try {
    const data: unknown = JSON.parse(sessionStorage.getItem(SETTINGS_KEY) ?? 'null');
    if (typeof data !== 'object' || data === null) return OFF;
    const { on, large, hideAnswers, sideBySide } = data as Record<string, unknown>;
    return on === true
      ? { on, large: large === true, hideAnswers: hideAnswers === true, sideBySide: sideBySide === true }
      : OFF;
  } catch {
    return OFF;
  }
}

function emit(): void {
  for (const listener of listeners) listener();
}

export function getSettings(): ConsultantSettings {
  if (settings === undefined) {
    settings = read();
    if (typeof window !== 'undefined')
      window.addEventListener(WIPE_EVENT, (event) => {
        if (event instanceof CustomEvent && event.detail === ANSWERS_ONLY) return;
        settings = OFF;
        emit();
      });
  }
  return settings;
}

/** Changes settings; turning the mode off resets every option. */
export function setSettings(change: Partial<ConsultantSettings>): void {
  const next = { ...getSettings(), ...change };
  settings = next.on ? next : OFF;
  try {
    if (settings.on) sessionStorage.setItem(SETTINGS_KEY, JSON.stringify(settings));
    else sessionStorage.removeItem(SETTINGS_KEY);
  } catch {
    // Storage refused: the settings last as long as the page.
  }
  emit();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** What the address asks for: true, false, or undefined when it says nothing. */
/** What to add to a page's address to turn the mode on (read by `addressAsks`). */
export const ADDRESS_PARAMETER_ON = '?consultant=1';

export function addressAsks(search: string): boolean | undefined {
  const value = new URLSearchParams(search).get('consultant');
  return value === '1' ? true : value === '0' ? false : undefined;
}

/** The settings in force on this page: the address parameter wins over the stored ones. */
export function useConsultantSettings(): ConsultantSettings {
  const stored = useSyncExternalStore(subscribe, getSettings, () => OFF);
  const asked = addressAsks(useLocation().search);
  if (asked === undefined || asked === stored.on) return stored;
  return asked ? { ...OFF, on: true } : OFF;
}

/** Applies `?consultant=1|0` to the session's settings, then takes it out of the address. */
export function useAddressParameter(): void {
  const location = useLocation();
  const navigate = useNavigate();
  const asked = addressAsks(location.search);
  useEffect(() => {
    if (asked === undefined) return;
    if (asked !== getSettings().on) setSettings({ on: asked });
    const search = new URLSearchParams(location.search);
    search.delete('consultant');
    const rest = search.toString();
    navigate(
      { pathname: location.pathname, search: rest ? `?${rest}` : '', hash: location.hash },
      { replace: true, state: location.state },
    );
  }, [asked, location, navigate]);
}
