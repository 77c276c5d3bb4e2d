/**
 * "What if" on the result: the consultant picks an answer, gives another value (checked exactly as
 * the wizard checks it), and sees the outcome, the earliest date and the fees next to the original.
 * Changes pile up until "Put the original answers back". Everything happens on a copy held here:
 * the store, the saved case file and the result above never change. A what if can be printed
 * (marked as hypothetical) and saved as a case file of its own.
 */
import { useMemo, useState } from 'react';
import { useT } from '../i18n/i18n';
import { QUESTIONS } from '../questions/catalogue';
import type { Answers, Assessment, FieldId } from '../rules';
import { useCt, type ConsultantTranslate } from './consultant-i18n';
import { useConsultantSettings } from './settings';
import { WhatIfChanges } from './what-if-changes';
import { WhatIfForm } from './what-if-form';
import { WhatIfKeep } from './what-if-keep';
import { answerChanges, changeableFields, differences, evaluate, withAnswer, type WhatIfResult } from './what-if-model';

interface Props {
  original: Answers;
  assessment: Assessment;
  asOf: string;
}

function statusOf(result: WhatIfResult, original: Assessment, ct: ConsultantTranslate): string {
  if (result.kind === 'needs') return ct('consultant.whatif.status-needs');
  if (result.kind === 'contradiction') return ct('consultant.whatif.status-contradiction');
  const d = differences(original, result.assessment);
  const count = [d.outcome, d.earliest, d.fees].filter(Boolean).length;
  return count === 0
    ? ct('consultant.whatif.status-same')
    : ct('consultant.whatif.status-changed', { count, total: 3 });
}

export function WhatIf({ original, assessment, asOf }: Props) {
  const ct = useCt();
  const t = useT();
  const { hideAnswers } = useConsultantSettings();
  const [answers, setAnswers] = useState<Answers>(original);
  const [chosen, setChosen] = useState<FieldId | ''>('');
  const [round, setRound] = useState(0);
  const [status, setStatus] = useState('');
  const result = useMemo(() => evaluate(answers, asOf), [answers, asOf]);
  const fields = changeableFields(answers, asOf);
  const field = chosen !== '' && fields.includes(chosen) ? chosen : '';
  const question = QUESTIONS.find((q) => q.field === field);
  const changes = answerChanges(original, answers);

  const apply = (value: Answers[FieldId] | undefined) => {
    if (field === '') return;
    const next = withAnswer(answers, field, value, asOf);
    const nextResult = evaluate(next, asOf);
    setAnswers(next);
    setRound((n) => n + 1);
    if (nextResult.kind === 'needs') setChosen(nextResult.fields[0] ?? '');
    setStatus(statusOf(nextResult, assessment, ct));
  };
  const reset = () => {
    setAnswers(original);
    setChosen('');
    setRound((n) => n + 1);
    setStatus(ct('consultant.whatif.reset-done'));
  };

  return (
    <section className="what-if no-print" aria-labelledby="what-if-title" data-consultant="what-if">
      <h3 id="what-if-title" className="heading-m">
        {ct('consultant.whatif.title')}
      </h3>
      <p>{ct('consultant.whatif.intro')}</p>
      <div className="form-group">
        <label className="field-label" htmlFor="what-if-field">
          {ct('consultant.whatif.choose')}
        </label>
        <select
          className="select"
          id="what-if-field"
          value={field}
          onChange={(event) => {
            setChosen(event.target.value as FieldId | '');
            setRound((n) => n + 1);
          }}
        >
          <option value="">{ct('consultant.whatif.choose-none')}</option>
          {fields.map((f) => (
            <option key={f} value={f}>
              {t(`q.${f}.short`)}
            </option>
          ))}
        </select>
      </div>
      {question ? (
        <WhatIfForm
          key={`${question.field}:${round}`}
          question={question}
          asOf={asOf}
          onApply={apply}
          answers={answers}
          hidden={hideAnswers}
        />
      ) : null}
      <p role="status" className={status ? 'notice' : 'visually-hidden'} data-whatif="status">
        {status}
      </p>
      <WhatIfChanges changes={changes} original={original} answers={answers} result={result} assessment={assessment} />
      {changes.length > 0 && result.kind !== 'contradiction' ? (
        <WhatIfKeep answers={answers} onSaved={(file) => setStatus(ct('consultant.whatif.saved', { file }))} />
      ) : null}
      <button type="button" className="button button--secondary" onClick={reset}>
        {ct('consultant.whatif.reset')}
      </button>
    </section>
  );
}
