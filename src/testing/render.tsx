/**
 * For component tests: render inside a router (at `address`) and a language whose catalogue has
 * loaded, with anything else the component reads with `use` loaded first (`load`, such as consultant
 * mode's words), so that nothing is left waiting.
 */
import { act, render, type RenderResult } from '@testing-library/react';
import { Suspense, type ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { loadCatalogue } from '../i18n/catalogue';
import { LangProvider } from '../i18n/i18n';
import type { Lang } from '../i18n/shell';

interface Options {
  address?: string;
  /** the history state at `address` (what the page navigated with) */
  state?: unknown;
  load?: (lang: Lang) => Promise<unknown>;
}

export async function renderIn(
  lang: Lang,
  ui: ReactNode,
  { address = '/', state, load }: Options = {},
): Promise<RenderResult> {
  await Promise.all([loadCatalogue(lang), load?.(lang)]);
  let rendered: RenderResult | undefined;
  // What is read with `use` suspends once even when it has loaded: await that.
  await act(async () => {
    rendered = render(
      <MemoryRouter initialEntries={[state === undefined ? address : { pathname: address, state }]}>
        <LangProvider lang={lang}>
          <Suspense fallback={<p>loading</p>}>{ui}</Suspense>
        </LangProvider>
      </MemoryRouter>,
    );
  });
  return rendered as RenderResult;
}
