/** While answers are kept on this device, every wizard page says so, with "Forget my answers" at hand. */
import { Link } from 'react-router';
import { useLang, useT } from '../i18n/i18n';
import { pathFor } from './paths';
import { forgetAll, useProgress } from './store';

export function KeptOnDeviceBanner() {
  const t = useT();
  const lang = useLang();
  const { remember } = useProgress();
  if (!remember) return null;
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
