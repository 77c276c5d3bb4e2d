/** The start page: what the tool does and does not do, how long it takes, and a start button. */
import { Link } from 'react-router';
import { useLang } from '../i18n/i18n';
import { shell } from '../i18n/shell';
import { pathFor } from '../wizard/paths';
import { useFocusHeading } from '../wizard/use-focus-heading';
import { usePageTitle } from '../wizard/use-page-title';
import { useAddressParameter } from '../consultant/settings';

export function StartPage() {
  const lang = useLang();
  const text = shell[lang];
  useFocusHeading('start');
  usePageTitle(lang, text['title.start']);
  useAddressParameter();
  return (
    <>
      <h1 className="heading-xl">{text['start.title']}</h1>
      <p className="lead">{text['start.intro']}</p>
      <p>{text['start.time']}</p>
      <h2 className="heading-m">{text['start.does-title']}</h2>
      <p>{text['start.does']}</p>
      <h2 className="heading-m">{text['start.does-not-title']}</h2>
      <p>{text['start.not-advice']}</p>
      <p>{text['start.private']}</p>
      <p>{text['start.quick-exit']}</p>
      <p>{text['start.quick-exit-limits']}</p>
      <Link className="button button--start" to={pathFor(lang, { kind: 'step', stepId: 'status' })}>
        {text['start.button']}
      </Link>
    </>
  );
}
