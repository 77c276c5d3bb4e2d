/**
 * Short messages about what just happened to the answers: a deep link sent the person back, a
 * change dropped answers that no longer apply, a case file was opened (perhaps one saved with an
 * earlier version of the questions, which asks new ones), or a damaged saved state was discarded.
 */
import { useLocation } from 'react-router';
import { useT } from '../i18n/i18n';
import { dismissNotice, useProgress } from './store';

export interface NavState {
  notice?: 'deep-link';
  dropped?: number;
  fromCheck?: boolean;
  opened?: boolean;
  /** the opened file was saved with an earlier version of the questions, and new ones apply */
  newQuestions?: boolean | undefined;
  /** how many of the opened file's notes were left out (see notes.ts) */
  notesIgnored?: number | undefined;
}

export function Notices() {
  const t = useT();
  const state = (useLocation().state ?? {}) as NavState;
  const { notice } = useProgress();
  return (
    <div role="status" className="notices">
      {state.notice === 'deep-link' ? <p className="notice">{t('wizard.deep-link-notice')}</p> : null}
      {state.dropped ? <p className="notice">{t('wizard.dropped-notice', { count: state.dropped })}</p> : null}
      {state.opened ? <p className="notice">{t('answers.opened')}</p> : null}
      {state.newQuestions ? (
        <p className="notice" data-notice="new-questions">
          {t('answers.opened-new-questions')}
        </p>
      ) : null}
      {notice === 'store-discarded' ? (
        <div className="notice notice--warning">
          <p>{t('wizard.store-discarded')}</p>
          <button type="button" className="button button--secondary" onClick={dismissNotice}>
            {t('wizard.dismiss')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
