/**
 * The pages that need the engine and the full catalogue: one chunk, loaded when the wizard starts.
 * Here consultant mode plugs into the wizard: its frame on every page, and its slots (the save
 * page's switch always; the tools, loaded on demand, only while the mode is on). The wizard never
 * names it (decision 0010).
 */
import type { ReactNode } from 'react';
import { ConsultantFrame, consultantSlots, useConsultantSettings } from '../consultant/mode';
import { CatalogueGate } from '../i18n/i18n';
import { CheckAnswersPage } from '../wizard/check-answers-page';
import { KeptOnDeviceBanner } from '../wizard/kept-on-device-banner';
import { ResultsPage } from '../wizard/results-page';
import { WizardSlots } from '../wizard/slots';
import { StepPage } from '../wizard/step-page';
import { YourAnswersPage } from '../wizard/your-answers-page';

function Frame({ children }: { children: ReactNode }) {
  const slots = consultantSlots(useConsultantSettings());
  return (
    <CatalogueGate>
      <KeptOnDeviceBanner />
      <ConsultantFrame />
      <WizardSlots value={slots}>{children}</WizardSlots>
    </CatalogueGate>
  );
}

export const Step = () => (
  <Frame>
    <StepPage />
  </Frame>
);
export const Check = () => (
  <Frame>
    <CheckAnswersPage />
  </Frame>
);
export const Results = () => (
  <Frame>
    <ResultsPage />
  </Frame>
);
export const YourAnswers = () => (
  <Frame>
    <YourAnswersPage />
  </Frame>
);
