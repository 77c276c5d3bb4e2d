/**
 * What a what if changed: each answer as it was and as it is now (struck out and inserted, said in
 * words too), then the outcome, the earliest date and the fees next to the original's, each
 * difference marked "Changed", and the rules that would start or stop firing.
 */
import { useLang, useT } from '../i18n/i18n';
import { LOCALES, formatDate, formatMoney } from '../i18n/locale';
import { QUESTIONS } from '../questions/catalogue';
import type { Answers, Assessment, FieldId } from '../rules';
import { answerText } from '../wizard/answer-text';
import { useCt } from './consultant-i18n';
import { useConsultantSettings } from './settings';
import { differences, feesShown, type AnswerChange, type WhatIfResult } from './what-if-model';

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
      <h4 className="heading-s">{ct('consultant.whatif.changes')}</h4>
      <dl className="summary-list">
        {changes.map((c) => (
          <div className="summary-list__row" key={c.field} data-whatif-answer={c.field}>
            <dt className="summary-list__key">{short(c.field)}</dt>
            <dd className="summary-list__value">
              {c.before !== undefined ? (
                <del>
                  <span className="visually-hidden">{ct('consultant.whatif.was')} </span>
                  {text(c.field, original)}
                </del>
              ) : null}{' '}
              <ins>
                <span className="visually-hidden">{ct('consultant.whatif.now')} </span>
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
      {result.kind === 'result' ? <Comparison original={assessment} changed={result.assessment} /> : null}
    </div>
  );
}

function Comparison({ original, changed }: { original: Assessment; changed: Assessment }) {
  const ct = useCt();
  const t = useT();
  const lang = useLang();
  const d = differences(original, changed);
  const outcome = (a: Assessment) => t(`results.outcome.${a.outcome}`);
  const earliest = (a: Assessment) =>
    a.earliestApplicationDate ? formatDate(a.earliestApplicationDate, lang) : ct('consultant.whatif.none');
  const fees = (a: Assessment) => {
    const shown = feesShown(a);
    if (!shown) return ct('consultant.whatif.none');
    return shown.total === null
      ? ct('consultant.whatif.fees-unknown', { people: shown.people })
      : formatMoney(shown.total, lang);
  };
  const rows = [
    { name: 'outcome', label: ct('consultant.whatif.row.outcome'), show: outcome, changed: d.outcome },
    { name: 'earliest', label: ct('consultant.whatif.row.earliest'), show: earliest, changed: d.earliest },
    { name: 'fees', label: ct('consultant.whatif.row.fees'), show: fees, changed: d.fees },
  ];
  return (
    <>
      <table className="table table--words">
        <caption>{ct('consultant.whatif.compare')}</caption>
        <thead>
          <tr>
            <th scope="col">{ct('consultant.whatif.col.item')}</th>
            <th scope="col">{ct('consultant.whatif.col.original')}</th>
            <th scope="col">{ct('consultant.whatif.col.whatif')}</th>
            <th scope="col">{ct('consultant.whatif.col.difference')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.name} data-whatif-row={row.name} data-changed={row.changed}>
              <th scope="row">{row.label}</th>
              <td>{row.changed ? <del>{row.show(original)}</del> : row.show(original)}</td>
              <td>{row.changed ? <ins>{row.show(changed)}</ins> : row.show(changed)}</td>
              <td>
                {row.changed ? (
                  <strong className="consultant-tag consultant-tag--changed">{ct('consultant.whatif.changed')}</strong>
                ) : (
                  ct('consultant.whatif.same')
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <RuleList title={ct('consultant.whatif.rules-added')} ids={d.added} kind="added" />
      <RuleList title={ct('consultant.whatif.rules-removed')} ids={d.removed} kind="removed" />
    </>
  );
}

function RuleList({ title, ids, kind }: { title: string; ids: string[]; kind: string }) {
  if (ids.length === 0) return null;
  return (
    <>
      <h4 className="heading-s">{title}</h4>
      <ul className="consultant-rules" data-whatif-rules={kind}>
        {ids.map((id) => (
          <li key={id}>
            <code>{id}</code>
          </li>
        ))}
      </ul>
    </>
  );
}
