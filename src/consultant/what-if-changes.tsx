/**
 * What a what if changed: each answer as it was and as it is now (struck out and inserted, said in
 * words too), then the outcome, the earliest date and the fees next to the original's, each
 * difference marked "Changed", and the rules that would start or stop firing. On paper (its own
 * copy, print-choice.tsx) it stands under a heading that says it is hypothetical.
 */
import { useLang, useT } from '../i18n/i18n';
import { LOCALES } from '../i18n/locale';
import { QUESTIONS } from '../questions/catalogue';
import type { Answers, Assessment, FieldId } from '../rules';
import { answerText } from '../wizard/answer-text';
import { useCt } from './consultant-i18n';
import { useConsultantSettings } from './settings';
import { ResultComparison } from './result-comparison';
import type { AnswerChange, WhatIfResult } from './what-if-model';

interface Props {
  changes: AnswerChange[];
  original: Answers;
  answers: Answers;
  result: WhatIfResult;
  assessment: Assessment;
}

export function WhatIfChanges({ changes, original, answers, result, assessment }: Props) {
  const ct = useCt();
  const t = useT();
  const lang = useLang();
  const { hideAnswers } = useConsultantSettings();
  if (changes.length === 0) return null;
  const short = (field: FieldId) => t(`q.${field}.short`);
  const text = (field: FieldId, from: Answers) => {
    const q = QUESTIONS.find((question) => question.field === field);
    return hideAnswers || !q ? t('consultant.hidden') : answerText(q, from, t, lang);
  };
  const list = (fields: FieldId[]) => new Intl.ListFormat(LOCALES[lang]).format(fields.map(short));
  return (
    <div className="what-if__changes" data-whatif="changes">
      <div className="print-only what-if__paper" data-whatif="paper-title">
        <h3 className="heading-l">{ct('consultant.whatif.paper-title')}</h3>
        <p>{ct('consultant.whatif.paper-intro')}</p>
      </div>
      <h4 className="heading-s">{ct('consultant.whatif.changes')}</h4>
      <dl className="summary-list">
        {changes.map((c) => (
          <div className="summary-list__row" key={c.field} data-whatif-answer={c.field}>
            <dt className="summary-list__key">{short(c.field)}</dt>
            <dd className="summary-list__value">
              {c.before !== undefined ? (
                <del>
                  <span className="what-if__label">{ct('consultant.whatif.was')} </span>
                  {text(c.field, original)}
                </del>
              ) : null}{' '}
              <ins>
                <span className="what-if__label">{ct('consultant.whatif.now')} </span>
                {c.after !== undefined ? text(c.field, answers) : ct('consultant.whatif.dropped')}
              </ins>
            </dd>
          </div>
        ))}
      </dl>
      {result.kind === 'needs' ? (
        <p className="notice notice--warning" data-whatif="needs">
          {ct('consultant.whatif.needs', { question: list(result.fields) })}
        </p>
      ) : null}
      {result.kind === 'contradiction' ? (
        <p className="notice notice--warning" data-whatif="contradiction">
          {ct('consultant.whatif.contradiction', { questions: list(result.fields) })}
        </p>
      ) : null}
      {result.kind === 'result' ? (
        <ResultComparison
          kind="whatif"
          caption={ct('consultant.whatif.compare')}
          columns={[ct('consultant.whatif.col.original'), ct('consultant.whatif.col.whatif')]}
          rules={{ added: ct('consultant.whatif.rules-added'), removed: ct('consultant.whatif.rules-removed') }}
          first={assessment}
          second={result.assessment}
        />
      ) : null}
    </div>
  );
}
