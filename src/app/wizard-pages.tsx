/** The pages that need the engine and the full catalogue: one chunk, loaded when the wizard starts. */
import { CatalogueGate } from '../i18n/i18n';
import { ResultsPage } from '../results/results-page';
import { CheckAnswersPage } from '../wizard/check-answers-page';
import { StepPage } from '../wizard/step-page';

export function Step() {
  return <CatalogueGate><StepPage /></CatalogueGate>;
}

export function Check() {
  return <CatalogueGate><CheckAnswersPage /></CatalogueGate>;
}

export function Results() {
  return <CatalogueGate><ResultsPage /></CatalogueGate>;
}
