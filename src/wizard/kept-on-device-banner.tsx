/**
 * While answers are kept on this device, every wizard page says so, with "Forget my answers" at hand;
 * the save page has its own button and is the link's target, so there the banner only says it.
 */
import { Link, useLocation } from 'react-router';
import { useLang, useT } from '../i18n/i18n';
import { pathFor, placeOf } from './paths';
import { forgetAll, useProgress } from './store';

export function KeptOnDeviceBanner() {
  const t = useT();
  const lang = useLang();
  const { remember } = useProgress();
  const onSavePage = placeOf(useLocation().pathname)?.place.kind === 'answers';
  if (!remember) return null;
  if (onSavePage)
    return (
      <div className="notice notice--device">
        <p>{t('answers.banner')}</p>
      </div>
    );
  return (
    <div className="notice notice--device">
      <p>
        {t('answers.banner')} <Link to={pathFor(lang, { kind: 'answers' })}>{t('answers.title')}</Link>
      </p>
      <button type="button" className="button button--warning" onClick={forgetAll}>
        {t('answers.forget')}
      </button>
    </div>
  );
}
