/**
 * Short messages about what just happened to the answers: a deep link sent the person back, a
 * change dropped answers that no longer apply, or a damaged saved state was discarded.
 */
import { useLocation } from 'react-router';
import { useLang, useT } from '../i18n/i18n';
import { dismissNotice, useProgress } from './store';

export interface NavState {
  notice?: 'deep-link';
  dropped?: number;
  fromCheck?: boolean;
  opened?: boolean;
}

export function Notices() {
  const t = useT();
  const lang = useLang();
  /** The catalogue has a `.one` and an `.other` form; the language's plural rule picks one. */
  const plural = (count: number) => (new Intl.PluralRules(lang === 'fr' ? 'fr-CA' : 'en-CA').select(count) === 'one' ? 'one' : 'other');
  const state = (useLocation().state ?? {}) as NavState;
  const { notice } = useProgress();
  return (
    <div role="status" className="notices">
      {state.notice === 'deep-link' ? <p className="notice">{t('wizard.deep-link-notice')}</p> : null}
      {state.dropped ? <p className="notice">{t(`wizard.dropped-notice.${plural(state.dropped)}`, { count: state.dropped })}</p> : null}
      {state.opened ? <p className="notice">{t('answers.opened')}</p> : null}
      {notice === 'store-discarded' ? (
        <div className="notice notice--warning">
          <p>{t('wizard.store-discarded')}</p>
          <button type="button" className="button button--secondary" onClick={dismissNotice}>{t('wizard.dismiss')}</button>
        </div>
      ) : null}
    </div>
  );
}
