/**
 * The places the wizard's pages leave open for another feature, without knowing which: under each
 * question, at the end of a step's form, around the result, at the end of the save page, the
 * result's print button, before its answers are replaced and once they are on file, whether answers
 * are masked where the wizard lists them, and whether the result's cards name their rules. The app
 * decides what fills them (decision 0010); with none filled, the pages are a person's plain journey.
 */
import { createContext, useContext, type ComponentType, type ReactNode } from 'react';
import type { StepId } from '../questions/slugs';
import type { Answers, Assessment, FieldId, IsoDate } from '../rules';

export interface ResultsSlotProps {
  assessment: Assessment;
  answers: Answers;
  asOf: IsoDate;
  /** the result as the wizard shows it; the slot shows it, and may add to it */
  view: ReactNode;
}

/** Opening a file or forgetting is about to replace the answers: go on, or stay as they are. */
export interface BeforeReplaceProps {
  action: 'open' | 'forget';
  proceed: () => void;
  cancel: () => void;
}

export interface WizardSlots {
  /** under each question of a step */
  QuestionExtra?: ComponentType<{ field: FieldId }>;
  /** at the end of a step's form, before Continue */
  StepExtra?: ComponentType<{ stepId: StepId }>;
  /** the results page, in place of the plain result */
  Results?: ComponentType<ResultsSlotProps>;
  /** at the end of "Save, open or forget your answers" */
  SaveExtra?: ComponentType;
  /** on the result, in place of the one print button (a choice of printed copies) */
  PrintControls?: ComponentType;
  /** shown before opening a file or forgetting replaces the answers; it calls `proceed` or `cancel` */
  BeforeReplace?: ComponentType<BeforeReplaceProps>;
  /** told when the answers and notes, as they are now, have been saved to a file or opened from one */
  filed?: () => void;
  /** answers shown as hidden wherever the wizard lists them (a shared screen) */
  maskAnswers?: boolean;
  /** each result card names its rule id (consultants quote them; a person never sees them) */
  ruleIds?: boolean;
}

/** What fills the slots below it: `<WizardSlots value={…}>`. */
export const WizardSlots = createContext<WizardSlots>({});

export function useWizardSlots(): WizardSlots {
  return useContext(WizardSlots);
}
