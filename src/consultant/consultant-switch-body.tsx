/**
 * What the consultant-mode fold holds: what the mode is for, and the switch, with a polite status
 * after each change. Loaded when the fold is first opened, with consultant mode's words.
 */
import { useState } from 'react';
import { useCt } from './consultant-i18n';
import { ADDRESS_PARAMETER_ON, setSettings, useConsultantSettings } from './settings';

export default function ConsultantSwitchBody() {
  const ct = useCt();
  const { on } = useConsultantSettings();
  const [status, setStatus] = useState('');
  return (
    <>
      <p>{ct('consultant.switch.body')}</p>
      <div className="choice">
        <input
          className="choice__input"
          type="checkbox"
          id="consultant-mode"
          checked={on}
          aria-describedby="consultant-mode-hint"
          onChange={(event) => {
            setSettings({ on: event.target.checked });
            setStatus(ct(event.target.checked ? 'consultant.switch.on' : 'consultant.switch.off'));
          }}
        />
        <label className="choice__label" htmlFor="consultant-mode">
          {ct('consultant.switch.label')}
        </label>
        <div id="consultant-mode-hint" className="hint choice__hint">
          {ct('consultant.switch.hint', { parameter: ADDRESS_PARAMETER_ON })}
        </div>
      </div>
      <p role="status" className={status ? 'notice' : 'visually-hidden'}>
        {status}
      </p>
    </>
  );
}
