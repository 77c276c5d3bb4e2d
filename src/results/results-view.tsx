/**
 * The result, section by section, for an assessment and the answers behind it. Which sections
 * show depends on the outcome and the pathway; nothing here reads the store, the journey, the
 * address or the clock. What the page adds after the result (the answers on paper, the way back to
 * them) comes in as `children`.
 */
import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n';
import type { Answers, Assessment } from '../rules';
import { AboutResult } from './about-result';
import { ApplyFromAbroad } from './apply-from-abroad';
import { ApplyInCanada } from './apply-in-canada';
import { Corrections } from './corrections';
import { EvidenceChecklist } from './evidence-checklist';
import { HelpBlock } from './help-block';
import { NextSteps } from './next-steps';
import { OutcomeSummary } from './outcome-summary';
import { PrintButton } from './print-controls';
import { Refusal } from './refusal';
import { RuleCards } from './rule-cards';

interface Props {
  assessment: Assessment;
  answers: Answers;
  /** name each card's rule id: for consultant mode only (a person never sees them) */
  ruleIds?: boolean;
  children?: ReactNode;
}

export function ResultsView({ assessment, answers, ruleIds = false, children }: Props) {
  const t = useT();
  const open = assessment.outcome === 'barred' || assessment.outcome === 'can-apply';
  const inCanada = open && assessment.pathway === 'in-canada';
  const abroad = open && assessment.pathway === 'outside-canada';
  return (
    <>
      <h1 className="heading-l">{t('results.title')}</h1>
      <OutcomeSummary assessment={assessment} answers={answers} />
      <PrintButton />
      <RuleCards assessment={assessment} answers={answers} ruleIds={ruleIds} />
      <NextSteps assessment={assessment} answers={answers} />
      {inCanada ? <ApplyInCanada assessment={assessment} answers={answers} /> : null}
      {abroad ? <ApplyFromAbroad answers={answers} /> : null}
      {open ? <EvidenceChecklist answers={answers} /> : null}
      {inCanada ? <Refusal asOf={assessment.asOf} answers={answers} /> : null}
      <Corrections assessment={assessment} />
      <HelpBlock />
      <AboutResult assessment={assessment} />
      {children}
    </>
  );
}
