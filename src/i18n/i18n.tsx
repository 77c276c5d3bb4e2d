/**
 * The language of the page, from the URL, and `t` to read a message in it: the shell strings are
 * always there; the rest comes from the language's catalogue, which pages wait for with `use`.
 * Keys are typed: a key built from a template such as `` `q.${field}.label` `` type-checks when
 * every field has that message. A message missing at run time throws in development and tests,
 * and shows its key in production.
 */
import { createContext, use, useContext, type ReactNode } from 'react';
import type { FieldId } from '../rules';
import { loadCatalogue, loadedCatalogue, type Catalogue, type CatalogueKey } from './catalogue';
import { message, type Params, type PluralForm } from './format';
import { shell, type Lang, type ShellKey } from './shell';

type StoredKey = ShellKey | CatalogueKey;

/** `x` for each plural group `x.one` / `x.other` among the keys `S`: `t('x', { count })` picks the form. */
type PluralKeyOf<S extends string> = {
  [K in S]: K extends `${infer Base}.one` ? (`${Base}.other` extends S ? Base : never) : never;
}[S];

/** The keys read from words stored under the keys `S`: every message, a plural group by its own key rather than by its forms. */
export type KeyRead<S extends string> = Exclude<S, `${PluralKeyOf<S>}.${PluralForm}`> | PluralKeyOf<S>;

/** The keys `t` reads. */
export type MessageKey = KeyRead<StoredKey>;

/**
 * An option's label, whose last part is data the types cannot follow (the option's stored value).
 * The catalogue test checks that every option has its label; a missing one throws in development.
 */
export type OptionKey = `q.${FieldId}.option.${string}`;

export type Translate = (key: MessageKey | OptionKey, params?: Params) => string;

/** Under Vite's dev server and in tests a missing message is a bug to see at once; in production the key shows. */
const MISSING_THROWS = import.meta.env.DEV || import.meta.env.MODE === 'test';

interface I18n {
  lang: Lang;
  catalogue: Catalogue | undefined;
}

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

/**
 * Reads messages in `lang` from `words` (the first that has the key), through the one formatter
 * (format.ts): placeholders filled, a plural group's form picked by `count`. A missing message
 * throws in development and tests (`where` says what was searched) and shows its key in production.
 * `t` is one; so is consultant mode's `ct`, over its own words.
 */
export function wordsTranslator<K extends string>(
  lang: Lang,
  words: readonly Readonly<Record<string, string>>[],
  where = '',
): (key: K, params?: Params) => string {
  const lookup = (key: string) => words.find((w) => Object.hasOwn(w, key))?.[key];
  return (key, params) => {
    const text = message(lookup, lang, key, params);
    if (text !== undefined) return text;
    if (MISSING_THROWS) throw new Error(`no ${lang} message "${key}"${where}`);
    return key;
  };
}

export function translator(lang: Lang, catalogue: Catalogue | undefined): Translate {
  return catalogue === undefined
    ? wordsTranslator(lang, [shell[lang]], ' (catalogue not loaded)')
    : wordsTranslator(lang, [shell[lang], catalogue]);
}

export function useT(): Translate {
  const { lang, catalogue } = useContext(I18nContext);
  return translator(lang, catalogue);
}

/** Whether a message exists (optional keys such as option hints); a key that does is a `MessageKey`. */
export function useHas(): (key: string) => key is MessageKey {
  const { lang, catalogue } = useContext(I18nContext);
  return (key): key is MessageKey =>
    Object.hasOwn(shell[lang], key) || (catalogue !== undefined && Object.hasOwn(catalogue, key));
}
