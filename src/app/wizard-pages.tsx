/** The pages that need the engine and the full catalogue: one chunk, loaded when the wizard starts. */
import type { ReactNode } from 'react';
import { ConsultantFrame } from '../consultant/mode';
import { CatalogueGate } from '../i18n/i18n';
import { ResultsPage } from '../results/results-page';
import { CheckAnswersPage } from '../wizard/check-answers-page';
import { KeptOnDeviceBanner } from '../wizard/kept-on-device-banner';
import { StepPage } from '../wizard/step-page';
import { YourAnswersPage } from '../wizard/your-answers-page';

function Frame({ children }: { children: ReactNode }) {
  return (
    <CatalogueGate>
      <KeptOnDeviceBanner />
      <ConsultantFrame />
      {children}
    </CatalogueGate>
  );
}

export const Step = () => <Frame><StepPage /></Frame>;
export const Check = () => <Frame><CheckAnswersPage /></Frame>;
export const Results = () => <Frame><ResultsPage /></Frame>;
export const YourAnswers = () => <Frame><YourAnswersPage /></Frame>;
