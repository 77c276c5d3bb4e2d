/**
 * The switch on "Save, open or forget your answers": discreet for people on their own (folded away
 * unless the mode is on), at hand for a consultant. Its few words are in the main catalogue; the
 * tools load once it is on.
 */
import { useState } from 'react';
import { useT } from '../i18n/i18n';
import { setSettings, useConsultantSettings } from './settings';

export function ConsultantSwitch() {
  const t = useT();
  const { on } = useConsultantSettings();
  const [status, setStatus] = useState('');
  // Open on arrival when the mode is on; after that it is the person's to fold, never folded under them.
  const [openAtFirst] = useState(on);
  return (
    <>
      <h2 className="heading-m">{t('consultant.switch.title')}</h2>
      <details className="why" open={openAtFirst || undefined}>
        <summary>{t('consultant.switch.summary')}</summary>
        <div className="why__body">
          <p>{t('consultant.switch.body')}</p>
          <div className="choice">
            <input
              className="choice__input"
              type="checkbox"
              id="consultant-mode"
              checked={on}
              aria-describedby="consultant-mode-hint"
              onChange={(event) => {
                setSettings({ on: event.target.checked });
                setStatus(t(event.target.checked ? 'consultant.switch.on' : 'consultant.switch.off'));
              }}
            />
            <label className="choice__label" htmlFor="consultant-mode">
              {t('consultant.switch.label')}
            </label>
            <div id="consultant-mode-hint" className="hint choice__hint">
              {t('consultant.switch.hint')}
            </div>
          </div>
        </div>
      </details>
      <p role="status" className={status ? 'notice' : 'visually-hidden'}>
        {status}
      </p>
    </>
  );
}
