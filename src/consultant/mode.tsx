/**
 * Consultant mode's door in every person's journey: what it plugs into the wizard's slots, the
 * address parameter, the larger type, and lazy doors to the tools. With settings.ts and
 * consultant-switch.tsx it is all of the mode a person loads; the tools (chunk `consultant-tools`)
 * and their words load only once the mode is on. The app decides where it plugs in (decision 0010).
 */
import { lazy, Suspense, useEffect, type ComponentType, type JSX, type ReactNode } from 'react';
import type { ResultsSlotProps, WizardSlots } from '../wizard/slots';
import { getProgress } from '../wizard/store';
import { ConsultantSwitch } from './consultant-switch';
import { useAddressParameter, useConsultantSettings, type ConsultantSettings } from './settings';

export { useConsultantSettings };

const tools = () => import('./consultant-tools');

/** A component of the tools, loaded on first use; nothing shows meanwhile (or `fallback`). */
function later<P extends object>(load: () => Promise<ComponentType<P>>) {
  const Lazy = lazy(async () => ({ default: await load() }));
  return function Later({ fallback = null, ...props }: P & { fallback?: ReactNode }) {
    return (
      <Suspense fallback={fallback}>
        <Lazy {...(props as P & JSX.IntrinsicAttributes)} />
      </Suspense>
    );
  };
}

const ConsultantBar = later(async () => (await tools()).ConsultantBar);
const QuestionPanel = later(async () => (await tools()).QuestionPanel);
const StepNote = later(async () => (await tools()).StepNote);
const LaterResults = later(async () => (await tools()).ConsultantResults);
const PrintChoice = later(async () => (await tools()).PrintChoice);
const BeforeReplace = later(async () => (await tools()).ReplaceWarning);
/** What the store holds at the moment of saving or opening, taken then, not once the tools have loaded. */
function filed() {
  const { answers, notes } = getProgress();
  void tools().then((t) => t.markFiled(answers, notes));
}
/** Until the tools have loaded, the plain result shows. */
const Results = (props: ResultsSlotProps) => <LaterResults {...props} fallback={props.view} />;

const OFF: WizardSlots = { SaveExtra: ConsultantSwitch };
const ON: WizardSlots = {
  ...OFF,
  QuestionExtra: QuestionPanel,
  StepExtra: StepNote,
  Results,
  PrintControls: PrintChoice,
  BeforeReplace,
  filed,
  ruleIds: true,
};
const ON_MASKED: WizardSlots = { ...ON, maskAnswers: true };

/** Whatever the settings, the save page carries the switch; once the mode is on, the tools fill the rest. */
export function consultantSlots({ on, hideAnswers }: ConsultantSettings): WizardSlots {
  return on ? (hideAnswers ? ON_MASKED : ON) : OFF;
}

/** On every wizard page: the parameter, the larger type, hidden answers, and the toolbar when on. */
export function ConsultantFrame() {
  const settings = useConsultantSettings();
  useAddressParameter();
  const large = settings.on && settings.large;
  // The whole page follows the wizard's flag: what the answers put on screen is hidden by the style sheet too.
  const masked = consultantSlots(settings).maskAnswers === true;
  useEffect(() => {
    document.documentElement.classList.toggle('consultant-large', large);
    document.documentElement.classList.toggle('answers-masked', masked);
  }, [large, masked]);
  return settings.on ? <ConsultantBar /> : null;
}
