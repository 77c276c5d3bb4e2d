/**
 * The result, first screens first: the outcome as the page's heading with its key date and the way
 * back to the answers, the next steps by urgency, a contents list of the rest (after the steps, so
 * that a phone's first screen holds the first step), then the reasons, and last the
 * reference sections (forms and fees, evidence, refusal, corrections), collapsed on screen with their
 * text in the page and opened in full for print. Which sections show depends on the outcome and the
 * pathway; nothing here reads the store, the journey, the address or the clock. What the page adds
 * after the result (the answers on paper) comes in as `children`, the way back as `checkAnswers`.
 */
import { useEffect, type ReactNode } from 'react';
import { useT, type MessageKey } from '../i18n/i18n';
import type { Answers, Assessment } from '../rules';
import { AboutResult } from './about-result';
import { ApplyFromAbroad } from './apply-from-abroad';
import { ApplyInCanada } from './apply-in-canada';
import { Corrections } from './corrections';
import { EvidenceChecklist } from './evidence-checklist';
import { HelpBlock } from './help-block';
import { NextSteps } from './next-steps';
import { OutcomeSummary, RedirectLimits } from './outcome-summary';
import { PrintButton } from './print-controls';
import { Refusal } from './refusal';
import { RuleCards } from './rule-cards';

interface Props {
  assessment: Assessment;
  answers: Answers;
  /** name each card's rule id: for consultant mode only (a person never sees them) */
  ruleIds?: boolean;
  /** the way back to the answers, shown in the outcome panel */
  checkAnswers?: ReactNode;
  /** in place of the print button (consultant mode offers a choice of copies) */
  print?: ReactNode;
  children?: ReactNode;
}

interface Reference {
  id: string;
  title: MessageKey;
  body: ReactNode;
}

/** Paper gets every reference section in full: open them all before printing. */
function useOpenForPrint() {
  useEffect(() => {
    const open = () => document.querySelectorAll('details.reference').forEach((d) => d.setAttribute('open', ''));
    window.addEventListener('beforeprint', open);
    return () => window.removeEventListener('beforeprint', open);
  }, []);
}

export function ResultsView({ assessment, answers, ruleIds = false, checkAnswers, print, children }: Props) {
  const t = useT();
  useOpenForPrint();
  const open = assessment.outcome === 'barred' || assessment.outcome === 'can-apply';
  const inCanada = open && assessment.pathway === 'in-canada';
  const abroad = open && assessment.pathway === 'outside-canada';
  const references: Reference[] = [
    ...(inCanada
      ? [
          {
            id: 'apply',
            title: 'apply.title',
            body: <ApplyInCanada assessment={assessment} answers={answers} />,
          } as const,
        ]
      : []),
    ...(abroad ? [{ id: 'abroad', title: 'abroad.title', body: <ApplyFromAbroad answers={answers} /> } as const] : []),
    ...(open
      ? [{ id: 'evidence', title: 'evidence.title', body: <EvidenceChecklist answers={answers} /> } as const]
      : []),
    ...(inCanada
      ? [{ id: 'refusal', title: 'refusal.title', body: <Refusal asOf={assessment.asOf} answers={answers} /> } as const]
      : []),
    { id: 'myths', title: 'myth.title', body: <Corrections assessment={assessment} /> },
  ];
  return (
    <>
      <OutcomeSummary assessment={assessment} answers={answers}>
        {checkAnswers}
      </OutcomeSummary>
      <NextSteps assessment={assessment} answers={answers} />
      <RedirectLimits assessment={assessment} answers={answers} />
      <nav className="contents no-print" aria-labelledby="contents-title">
        <h2 className="contents__title" id="contents-title">
          {t('results.contents')}
        </h2>
        <ul>
          <li>
            <a href="#reasons">{t('results.reasons')}</a>
          </li>
          {references.map(({ id, title }) => (
            <li key={id}>
              <a href={`#${id}`}>{t(title)}</a>
            </li>
          ))}
          <li>
            <a href="#help">{t('help.title')}</a>
          </li>
        </ul>
      </nav>
      {print ?? <PrintButton />}
      <div id="reasons">
        <RuleCards assessment={assessment} answers={answers} ruleIds={ruleIds} />
      </div>
      {references.map(({ id, title, body }) => (
        <details key={id} id={id} className="reference" data-reference={id}>
          <summary className="reference__summary">{t(title)}</summary>
          {body}
        </details>
      ))}
      <div id="help">
        <HelpBlock />
      </div>
      <AboutResult assessment={assessment} />
      {children}
    </>
  );
}
