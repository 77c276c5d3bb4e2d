/**
 * The error boundary's page: never a blank page or a stack trace. Says what happened in the page's
 * language and the other one (both ship with the app), and offers a way back to the answers,
 * which stay in the tab's storage.
 */
import { useEffect } from 'react';
import { useRouteError } from 'react-router';
import { shell, type Lang } from '../i18n/shell';

export function ErrorPage() {
  const error = useRouteError();
  useEffect(() => { console.error(error); }, [error]);
  const base = import.meta.env.BASE_URL;
  const path = window.location.pathname.slice(base.length - 1);
  const lang: Lang = path.startsWith('/fr') ? 'fr' : 'en';
  const order: Lang[] = lang === 'fr' ? ['fr', 'en'] : ['en', 'fr'];
  const checkPath = lang === 'fr' ? 'fr/verifier-vos-reponses' : 'en/check-your-answers';
  return (
    <main id="main" className="main" lang={lang}>
      {order.map((l, i) => (
        <section key={l} lang={l}>
          {i === 0 ? <h1 className="heading-l">{shell[l]['error.title']}</h1> : <h2 className="heading-m">{shell[l]['error.title']}</h2>}
          <p>{shell[l]['error.body']}</p>
        </section>
      ))}
      <p><a className="button" href={`${base}${checkPath}`}>{shell[lang]['error.back']}</a></p>
      <p><a href={`${base}${lang}`}>{shell[lang]['error.home']}</a></p>
    </main>
  );
}
