/**
 * Two case files side by side: every answer that differs (the question and each file's answer in
 * the page's words, or "Hidden" while answers are hidden), then both results on the same date.
 * A file still missing answers has no result: it says which questions it needs.
 */
import { useLang, useT } from '../i18n/i18n';
import { LOCALES, formatDate } from '../i18n/locale';
import { QUESTIONS, type Question } from '../questions/catalogue';
import type { Answers, FieldId } from '../rules';
import { answerText } from '../wizard/answer-text';
import { useCt } from './consultant-i18n';
import { ResultComparison } from './result-comparison';
import { useConsultantSettings } from './settings';
import { answerChanges, type WhatIfResult } from './what-if-model';

export interface ComparedFile {
  /** the file's name; null for the answers on this page */
  name: string | null;
  answers: Answers;
  result: WhatIfResult;
}

export function CompareView({ files, asOf }: { files: [ComparedFile, ComparedFile]; asOf: string }) {
  const ct = useCt();
  const lang = useLang();
  const [first, second] = files;
  const columns: [string, string] = [
    first.name === null
      ? ct('consultant.compare.this-page')
      : ct('consultant.compare.first-named', { file: first.name }),
    ct('consultant.compare.second-named', { file: second.name ?? '' }),
  ];
  const date = formatDate(asOf, lang);
  return (
    <div className="compare__result" data-compare="result">
      <AnswerDifferences first={first.answers} second={second.answers} columns={columns} />
      {first.result.kind === 'result' && second.result.kind === 'result' ? (
        <ResultComparison
          kind="compare"
          caption={ct('consultant.compare.results', { date })}
          columns={columns}
          rules={{ added: ct('consultant.compare.rules-second'), removed: ct('consultant.compare.rules-first') }}
          first={first.result.assessment}
          second={second.result.assessment}
        />
      ) : (
        files.map((file, i) => <NoResult key={i} column={columns[i] as string} result={file.result} />)
      )}
    </div>
  );
}

function AnswerDifferences({ first, second, columns }: { first: Answers; second: Answers; columns: [string, string] }) {
  const ct = useCt();
  const t = useT();
  const lang = useLang();
  const { hideAnswers } = useConsultantSettings();
  const changes = answerChanges(first, second);
  if (changes.length === 0) return <p data-compare="same-answers">{ct('consultant.compare.same-answers')}</p>;
  const question = (field: FieldId) => QUESTIONS.find((q) => q.field === field) as Question;
  const text = (field: FieldId, from: Answers) =>
    hideAnswers ? t('consultant.hidden') : answerText(question(field), from, t, lang);
  return (
    <table className="table compare__answers">
      <caption>{ct('consultant.compare.answers')}</caption>
      <thead>
        <tr>
          <th scope="col">{ct('consultant.compare.question')}</th>
          <th scope="col">{columns[0]}</th>
          <th scope="col">{columns[1]}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map(({ field }) => (
          <tr key={field} data-compare-answer={field}>
            <th scope="row">{t(`q.${field}.short`)}</th>
            <td>{text(field, first)}</td>
            <td>{text(field, second)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function NoResult({ column, result }: { column: string; result: WhatIfResult }) {
  const ct = useCt();
  const t = useT();
  const lang = useLang();
  if (result.kind === 'result') return null;
  const questions = new Intl.ListFormat(LOCALES[lang]).format(result.fields.map((f) => t(`q.${f}.short`)));
  const key = result.kind === 'needs' ? 'consultant.compare.unfinished' : 'consultant.compare.contradiction';
  return (
    <p className="notice notice--warning" data-compare="no-result">
      {ct(key, { file: column, questions })}
    </p>
  );
}
