/**
 * The consultant's toolbar at the top of every wizard page: the shared-screen options, the client
 * reference (kept with the notes, put in the saved file's name), "Save case file" (as the save page
 * saves it, from any page), the door to "Re-check many case files" and the way out of the mode.
 */
import { useState, type ChangeEvent } from 'react';
import { localToday } from '../lib/today';
import { saveCaseFile } from '../wizard/case-file-io';
import { MAX_REFERENCE_LENGTH } from '../wizard/notes';
import { setNotes, getProgress, useProgress } from '../wizard/store';
import { BatchDialog } from './batch-dialog';
import { useCt, type ConsultantKey } from './consultant-i18n';
import { NotesIgnoredNotice } from './notes-ignored-notice';
import { setSettings, useConsultantSettings, type ConsultantSettings } from './settings';
import { markFiled } from './unsaved';

type Option = 'large' | 'hideAnswers' | 'sideBySide';

const OPTIONS: { key: Option; label: ConsultantKey; on: ConsultantKey; off: ConsultantKey; hint?: ConsultantKey }[] = [
  { key: 'large', label: 'consultant.bar.large', on: 'consultant.bar.large-on', off: 'consultant.bar.large-off' },
  {
    key: 'hideAnswers',
    label: 'consultant.bar.hide',
    on: 'consultant.bar.hide-on',
    off: 'consultant.bar.hide-off',
    hint: 'consultant.bar.hide-hint',
  },
  { key: 'sideBySide', label: 'consultant.bar.side', on: 'consultant.bar.side-on', off: 'consultant.bar.side-off' },
];

export function ConsultantBar() {
  const ct = useCt();
  const settings: ConsultantSettings = useConsultantSettings();
  const { notes } = useProgress();
  const [status, setStatus] = useState('');
  const [batch, setBatch] = useState(false);
  const toggle = (option: (typeof OPTIONS)[number]) => (event: ChangeEvent<HTMLInputElement>) => {
    setSettings({ [option.key]: event.target.checked });
    setStatus(ct(event.target.checked ? option.on : option.off));
  };
  const save = () => {
    const { answers, notes: now } = getProgress();
    const name = saveCaseFile(answers, now, localToday());
    markFiled(answers, now);
    setStatus(ct('consultant.bar.saved', { name }));
  };
  return (
    <>
      <section className="consultant-bar no-print" aria-labelledby="consultant-bar-title" data-consultant="bar">
        <p id="consultant-bar-title" className="consultant-bar__title">
          {ct('consultant.bar.title')}
        </p>
        <fieldset className="fieldset consultant-bar__options">
          <legend className="fieldset__legend">{ct('consultant.bar.screen')}</legend>
          {OPTIONS.map((option) => (
            <div className="choice" key={option.key}>
              <input
                className="choice__input"
                type="checkbox"
                id={`consultant-${option.key}`}
                checked={settings[option.key]}
                aria-describedby={option.hint ? `consultant-${option.key}-hint` : undefined}
                onChange={toggle(option)}
              />
              <label className="choice__label" htmlFor={`consultant-${option.key}`}>
                {ct(option.label)}
              </label>
              {option.hint ? (
                <div id={`consultant-${option.key}-hint`} className="hint choice__hint">
                  {ct(option.hint)}
                </div>
              ) : null}
            </div>
          ))}
        </fieldset>
        <div className="consultant-bar__reference">
          <label className="field-label" htmlFor="consultant-reference">
            {ct('consultant.bar.reference')}
          </label>
          <div id="consultant-reference-hint" className="hint">
            {ct('consultant.bar.reference-hint')}
          </div>
          <input
            className="input"
            id="consultant-reference"
            type="text"
            autoComplete="off"
            spellCheck={false}
            maxLength={MAX_REFERENCE_LENGTH}
            aria-describedby="consultant-reference-hint"
            value={notes?.clientReference ?? ''}
            onChange={(event) => setNotes({ ...getProgress().notes, clientReference: event.target.value })}
          />
        </div>
        <button type="button" className="button" onClick={save} data-consultant="save">
          {ct('consultant.bar.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setBatch(true)}>
          {ct('consultant.batch.door')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setSettings({ on: false })}>
          {ct('consultant.bar.off')}
        </button>
        <p role="status" className="visually-hidden">
          {status}
        </p>
      </section>
      <NotesIgnoredNotice />
      {/* Outside the bar, so the bar's compact style does not reach into the dialog. */}
      {batch ? <BatchDialog onClose={() => setBatch(false)} /> : null}
    </>
  );
}
