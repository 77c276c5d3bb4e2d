/** For component tests: a router, a language with its catalogue and the consultant words loaded. */
import { act, render, type RenderResult } from '@testing-library/react';
import { Suspense, type ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { loadCatalogue } from '../i18n/catalogue';
import { LangProvider } from '../i18n/i18n';
import type { Lang } from '../i18n/shell';
import { loadConsultantWords } from './consultant-i18n';

export async function renderConsultant(lang: Lang, ui: ReactNode, address = '/') {
  await Promise.all([loadCatalogue(lang), loadConsultantWords(lang)]);
  let rendered: RenderResult | undefined;
  // The words are read with `use`, which suspends once even when they have loaded: await that.
  await act(async () => {
    rendered = render(
      <MemoryRouter initialEntries={[address]}>
        <LangProvider lang={lang}><Suspense fallback={<p>loading</p>}>{ui}</Suspense></LangProvider>
      </MemoryRouter>,
    );
  });
  return rendered as RenderResult;
}
