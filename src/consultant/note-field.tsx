/**
 * A consultant's note: one per step, one on the result. Saved with the answers as it is typed, so
 * Back, a reload or a change of page never loses it; quick exit wipes it with the answers.
 */
import type { StepId } from '../questions/slugs';
import { MAX_NOTE_LENGTH } from '../wizard/notes';
import { getProgress, setNotes, useProgress } from '../wizard/store';
import { useCt } from './consultant-i18n';

function NoteField({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (text: string) => void;
}) {
  const ct = useCt();
  return (
    <div className="form-group consultant-note no-print">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <div id={`${id}-hint`} className="hint">
        {ct('consultant.note.hint', { max: MAX_NOTE_LENGTH })}
      </div>
      <textarea
        className="textarea"
        id={id}
        rows={4}
        maxLength={MAX_NOTE_LENGTH}
        value={value}
        aria-describedby={`${id}-hint`}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

export function StepNote({ stepId }: { stepId: StepId }) {
  const ct = useCt();
  const { notes } = useProgress();
  return (
    <NoteField
      id="consultant-step-note"
      label={ct('consultant.note.step')}
      value={notes?.steps?.[stepId] ?? ''}
      onChange={(text) => {
        const current = getProgress().notes;
        setNotes({ ...current, steps: { ...current?.steps, [stepId]: text } });
      }}
    />
  );
}

export function ResultsNote() {
  const ct = useCt();
  const { notes } = useProgress();
  return (
    <NoteField
      id="consultant-results-note"
      label={ct('consultant.note.results')}
      value={notes?.results ?? ''}
      onChange={(text) => setNotes({ ...getProgress().notes, results: text })}
    />
  );
}
