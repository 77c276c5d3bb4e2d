/**
 * The switch on "Save, open or forget your answers": discreet for people on their own (folded away
 * unless the mode is on), at hand for a consultant. The heading and the fold's summary are in the
 * main catalogue; what the fold holds, the switch itself and its words, loads when the fold is
 * first opened (chunk `consultant-switch-body`), so a person who never opens it never downloads it.
 */
import { lazy, Suspense, useState } from 'react';
import { useT } from '../i18n/i18n';
import { useConsultantSettings } from './settings';

const SwitchBody = lazy(() => import('./consultant-switch-body'));

export function ConsultantSwitch() {
  const t = useT();
  const { on } = useConsultantSettings();
  // Open on arrival when the mode is on; after that it is the person's to fold, never folded under them.
  const [openAtFirst] = useState(on);
  const [opened, setOpened] = useState(on);
  return (
    <>
      <h2 className="heading-m">{t('consultant.switch.title')}</h2>
      <details
        className="why"
        open={openAtFirst || undefined}
        onToggle={(event) => {
          if (event.currentTarget.open) setOpened(true);
        }}
      >
        <summary>{t('consultant.switch.summary')}</summary>
        <div className="why__body">
          {opened ? (
            <Suspense fallback={null}>
              <SwitchBody />
            </Suspense>
          ) : null}
        </div>
      </details>
    </>
  );
}
