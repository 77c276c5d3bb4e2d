/** `/`: the same short welcome in both languages, and a way in for each. */
import { useEffect } from 'react';
import { Link } from 'react-router';
import { shell, LANGS } from '../i18n/shell';
import { QuickExitButton, QuickExitSpace } from './quick-exit-button';

export function ChooseLanguagePage() {
  useEffect(() => {
    document.documentElement.lang = 'en';
    document.title = shell.en['title.choose'];
  }, []);
  const label = `${shell.en['quick-exit']} · ${shell.fr['quick-exit']}`;
  return (
    <>
      <QuickExitButton label={label} hint={`${shell.en['quick-exit.hint']} ${shell.fr['quick-exit.hint']}`} />
      <header className="header header--choose">
        <div className="header__inner">
          <span className="header__name">
            {shell.en['app.name']} · <span lang="fr">{shell.fr['app.name']}</span>
          </span>
          <div className="header__tools">
            <QuickExitSpace label={label} />
          </div>
        </div>
      </header>
      <main id="main" className="main main--choose">
        <h1 className="heading-xl">
          <span lang="en">{shell.en['app.name']}</span> · <span lang="fr">{shell.fr['app.name']}</span>
        </h1>
        <div className="choose">
          {LANGS.map((lang) => (
            <section key={lang} lang={lang} className="choose__lang" aria-label={shell[lang]['lang.own-name']}>
              <p>{shell[lang]['choose.intro']}</p>
              <Link className="button button--start" to={`/${lang}`}>
                {shell[lang]['choose.start']}
              </Link>
            </section>
          ))}
        </div>
      </main>
    </>
  );
}
