/**
 * The routes: `/` to choose a language, then `/en/…` and `/fr/…` with translated slugs. The
 * wizard's pages load on demand (with the engine and the chosen language's catalogue), so the
 * start page stays small. Unknown addresses get a bilingual "page not found". Declarative routes
 * (no data router): the app has no loaders, and the data router costs about 20 KB of gzip.
 */
import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import type { Lang } from '../i18n/shell';
import { routeSegments } from '../wizard/paths';
import { NotFoundPage } from '../wizard/not-found-page';
import { ChooseLanguagePage } from './choose-language-page';
import { LangLayout } from './lang-layout';
import { StartPage } from './start-page';

const pages = () => import('./wizard-pages');
const Step = lazy(async () => ({ default: (await pages()).Step }));
const Check = lazy(async () => ({ default: (await pages()).Check }));
const Results = lazy(async () => ({ default: (await pages()).Results }));
const YourAnswers = lazy(async () => ({ default: (await pages()).YourAnswers }));

function langRoutes(lang: Lang) {
  const s = routeSegments(lang);
  return (
    <Route key={lang} path={`/${lang}`} element={<LangLayout lang={lang} />}>
      <Route index element={<StartPage />} />
      <Route path={`${s.questions}/:slug`} element={<Step />} />
      <Route path={s.check} element={<Check />} />
      <Route path={s.results} element={<Results />} />
      <Route path={s.answers} element={<YourAnswers />} />
      <Route path="*" element={<NotFoundPage lang={lang} />} />
    </Route>
  );
}

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<ChooseLanguagePage />} />
      {langRoutes('en')}
      {langRoutes('fr')}
      <Route path="*" element={<LangLayout lang="en" bare />}>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

export const basename = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';
