/**
 * The frame of every page in one language: skip link, header with the language switch, main
 * content, footer. Sets `<html lang>` to the page's language.
 */
import { Suspense, useEffect } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { LangProvider } from '../i18n/i18n';
import { shell, type Lang } from '../i18n/shell';
import { pathFor, switchedPath } from '../wizard/paths';
import { QuickExitButton, QuickExitSpace } from './quick-exit-button';
import { UpdateNotice } from './update-notice';
import { SaveFromStorageButton } from './save-from-storage';
import { ErrorBoundary } from './error-boundary';

export function LangLayout({ lang, bare = false }: { lang: Lang; bare?: boolean }) {
  const location = useLocation();
  const text = shell[lang];
  const other: Lang = lang === 'en' ? 'fr' : 'en';
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <LangProvider lang={lang}>
      <a className="skip-link" href="#main">
        {text['skip-link']}
      </a>
      <QuickExitButton label={text['quick-exit']} hint={text['quick-exit.hint']} />
      <header className="header">
        <div className="header__inner">
          <Link className="header__name" to={`/${lang}`}>
            {text['app.name']}
          </Link>
          <div className="header__tools">
            {bare ? null : (
              <Link
                className="header__lang"
                to={switchedPath(location.pathname, other)}
                state={location.state}
                lang={other}
                hrefLang={other}
                aria-label={text['lang.switch-label']}
              >
                {text['lang.switch']}
              </Link>
            )}
            <QuickExitSpace label={text['quick-exit']} />
          </div>
        </div>
      </header>
      <main id="main" className="main" tabIndex={-1}>
        <UpdateNotice lang={lang} />
        <ErrorBoundary
          resetKey={location.pathname}
          inMain
          extra={<SaveFromStorageButton label={text['error.save-case-file']} />}
        >
          <Suspense
            fallback={
              <p role="status" className="page-loading">
                {text.loading}
              </p>
            }
          >
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </main>
      <footer className="footer">
        <p>
          {text['footer.not-advice']} {text['footer.private']}
        </p>
        {bare ? null : (
          <p>
            <Link to={pathFor(lang, { kind: 'answers' })}>{text['your-answers.link']}</Link>
          </p>
        )}
      </footer>
    </LangProvider>
  );
}
