/**
 * Fills a catalogue template's `{name}` placeholders, and picks a plural message's form. Sentences
 * are never assembled from pieces in code: the whole sentence lives in the catalogue and only values
 * are put in. A message that depends on a number is a group, `key.one` and `key.other`, asked for
 * by its `key` with a `count`: the language's plural rule picks the form here, once, so no
 * component chooses one.
 */
import { LOCALES } from './locale';
import type { Lang } from './shell';

export type Params = Record<string, string | number>;

export function format(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** The placeholder names a template uses, for the parity test. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();
}

/** The forms a plural group has in the catalogues; a language's other categories (French `many`) read `other`. */
export const PLURAL_FORMS = ['one', 'other'] as const;
export type PluralForm = (typeof PLURAL_FORMS)[number];

const pluralRules = new Map<Lang, Intl.PluralRules>();

export function pluralForm(lang: Lang, count: number): PluralForm {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(LOCALES[lang]);
    pluralRules.set(lang, rules);
  }
  return rules.select(count) === 'one' ? 'one' : 'other';
}

/**
 * The message for `key` in `lang`, its placeholders filled: the template `lookup` gives for the key,
 * or, for a plural group, the form for `params.count`. Undefined when there is none.
 */
export function message(
  lookup: (key: string) => string | undefined,
  lang: Lang,
  key: string,
  params?: Params,
): string | undefined {
  const count = params?.count;
  const template = lookup(key) ?? (typeof count === 'number' ? lookup(`${key}.${pluralForm(lang, count)}`) : undefined);
  return template === undefined ? undefined : format(template, params);
}
