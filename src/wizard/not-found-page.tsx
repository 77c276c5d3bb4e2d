/** "Page not found", in both languages (shell strings only), with a way back. */
import { Link } from 'react-router';
import { shell, type Lang } from '../i18n/shell';
import { useFocusHeading } from './use-focus-heading';
import { usePageTitle } from './use-page-title';

export function NotFoundPage({ lang }: { lang?: Lang }) {
  useFocusHeading('not-found');
  usePageTitle(lang ?? 'en', shell[lang ?? 'en']['not-found.title']);
  const order: Lang[] = lang === 'fr' ? ['fr', 'en'] : ['en', 'fr'];
  return (
    <div className="not-found">
      {order.map((l, i) => (
        <section key={l} lang={l} aria-labelledby={`not-found-${l}`}>
          {i === 0 ? (
            <h1 id={`not-found-${l}`} className="heading-l">
              {shell[l]['not-found.title']}
            </h1>
          ) : (
            <h2 id={`not-found-${l}`} className="heading-m">
              {shell[l]['not-found.title']}
            </h2>
          )}
          <p>{shell[l]['not-found.body']}</p>
          <p>
            <Link to={`/${l}`}>{shell[l]['not-found.home']}</Link>
          </p>
        </section>
      ))}
    </div>
  );
}
