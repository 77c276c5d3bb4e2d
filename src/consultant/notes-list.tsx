/**
 * Every note of the case in one list, on screen and on paper, on the result: the client reference,
 * each step's note under the step's name, and the note on the result. Hidden with the answers
 * ("Hide answers"), like the notes themselves.
 */
import { useId } from 'react';
import { useT, type MessageKey } from '../i18n/i18n';
import { STEPS, type Step } from '../questions/catalogue';
import { useProgress } from '../wizard/store';
import { useCt } from './consultant-i18n';
import { useConsultantSettings } from './settings';

export function NotesList() {
  const ct = useCt();
  const t = useT();
  const id = useId();
  const { notes } = useProgress();
  const { hideAnswers } = useConsultantSettings();
  const title = (step: Step) =>
    step.questions.length === 1
      ? t(`q.${step.questions[0]?.field}.short` as MessageKey)
      : t(`step.${step.id}.title` as MessageKey);
  const rows: { key: string; label: string; text: string }[] = [
    ...(notes?.clientReference
      ? [{ key: 'reference', label: ct('consultant.notes.reference'), text: notes.clientReference }]
      : []),
    ...STEPS.flatMap((step) => {
      const text = notes?.steps?.[step.id];
      return text ? [{ key: step.id, label: title(step), text }] : [];
    }),
    ...(notes?.results ? [{ key: 'results', label: ct('consultant.notes.results'), text: notes.results }] : []),
  ];
  if (hideAnswers) return null;
  return (
    <section className="consultant-notes-list" aria-labelledby={id} data-consultant="notes">
      <h3 id={id} className="heading-m">
        {ct('consultant.notes.title')}
      </h3>
      {rows.length === 0 ? (
        <p>{ct('consultant.notes.none')}</p>
      ) : (
        <dl className="summary-list">
          {rows.map((row) => (
            <div className="summary-list__row" key={row.key} data-note={row.key}>
              <dt className="summary-list__key">{row.label}</dt>
              <dd className="summary-list__value consultant-note-text">{row.text}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
