/** For component tests: render inside a router and a language with its catalogue already loaded. */
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { loadCatalogue } from '../i18n/catalogue';
import { LangProvider } from '../i18n/i18n';
import type { Lang } from '../i18n/shell';

export async function renderIn(lang: Lang, ui: ReactNode) {
  await loadCatalogue(lang);
  return render(<MemoryRouter><LangProvider lang={lang}>{ui}</LangProvider></MemoryRouter>);
}
