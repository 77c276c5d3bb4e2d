/**
 * The routes: `/` to choose a language, then `/en/…` and `/fr/…` with translated slugs. The
 * wizard's pages load on demand (with the engine and the chosen language's catalogue), so the
 * start page stays small. Unknown addresses get a bilingual "page not found".
 */
import { createBrowserRouter, type RouteObject } from 'react-router';
import type { Lang } from '../i18n/shell';
import { routeSegments } from '../wizard/paths';
import { ChooseLanguagePage } from './choose-language-page';
import { ErrorPage } from './error-page';
import { LangLayout } from './lang-layout';
import { StartPage } from './start-page';
import { NotFoundPage } from '../wizard/not-found-page';

const pages = () => import('./wizard-pages');

function langRoutes(lang: Lang): RouteObject {
  const s = routeSegments(lang);
  return {
    path: `/${lang}`,
    element: <LangLayout lang={lang} />,
    errorElement: <ErrorPage />,
    children: [
      { index: true, element: <StartPage /> },
      { path: `${s.questions}/:slug`, lazy: async () => ({ Component: (await pages()).Step }) },
      { path: s.check, lazy: async () => ({ Component: (await pages()).Check }) },
      { path: s.results, lazy: async () => ({ Component: (await pages()).Results }) },
      { path: '*', element: <NotFoundPage lang={lang} /> },
    ],
  };
}

export const routes: RouteObject[] = [
  { path: '/', element: <ChooseLanguagePage />, errorElement: <ErrorPage /> },
  langRoutes('en'),
  langRoutes('fr'),
  { path: '*', element: <LangLayout lang="en" bare />, errorElement: <ErrorPage />, children: [{ path: '*', element: <NotFoundPage /> }] },
];

const basename = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';

export const router = createBrowserRouter(routes, { basename });
