/**
 * The language of the page, from the URL, and `t` to read a message in it: the shell strings are
 * always there; the rest comes from the language's catalogue, which pages wait for with `use`.
 */
import { createContext, use, useContext, type ReactNode } from 'react';
import { loadCatalogue, loadedCatalogue, type Catalogue, type CatalogueKey } from './catalogue';
import { format, type Params } from './format';
import { shell, type Lang, type ShellKey } from './shell';

export type MessageKey = ShellKey | CatalogueKey;
export type Translate = (key: MessageKey, params?: Params) => string;

interface I18n { lang: Lang; catalogue: Catalogue | undefined }

const I18nContext = createContext<I18n>({ lang: 'en', catalogue: undefined });

export function LangProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <I18nContext value={{ lang, catalogue: loadedCatalogue(lang) }}>{children}</I18nContext>;
}

/** Suspends until the page language's catalogue has loaded, then provides it below. */
export function CatalogueGate({ children }: { children: ReactNode }) {
  const { lang } = useContext(I18nContext);
  const catalogue = use(loadCatalogue(lang));
  return <I18nContext value={{ lang, catalogue }}>{children}</I18nContext>;
}

/** The loaded catalogue itself, for helpers that take one (problem messages). */
export function useCatalogue(): Catalogue | undefined {
  return useContext(I18nContext).catalogue;
}

export function useLang(): Lang {
  return useContext(I18nContext).lang;
}

export function translator(lang: Lang, catalogue: Catalogue | undefined): Translate {
  return (key, params) => {
    const template = (shell[lang] as Record<string, string>)[key] ?? (catalogue as Record<string, string> | undefined)?.[key];
    return template === undefined ? key : format(template, params);
  };
}

export function useT(): Translate {
  const { lang, catalogue } = useContext(I18nContext);
  return translator(lang, catalogue);
}

/** Whether a message exists (optional keys such as option hints). */
export function useHas(): (key: string) => boolean {
  const { lang, catalogue } = useContext(I18nContext);
  return (key) => Object.hasOwn(shell[lang], key) || (catalogue !== undefined && Object.hasOwn(catalogue, key));
}
