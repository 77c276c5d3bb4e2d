/**
 * Consultant mode's words: their own catalogue per language, loaded once with the tools (chunks
 * `consultant-en`, `consultant-fr`), read in the language of the page or of the column around.
 */
import { use } from 'react';
import type { Params } from '../i18n/format';
import { useLang, wordsTranslator, type KeyRead } from '../i18n/i18n';
import type { Lang } from '../i18n/shell';
import type { ConsultantKey as StoredKey } from '../i18n/consultant-en';

/** The keys `ct` reads: a plural group by its own key (`consultant.batch.done`), not by its forms. */
export type ConsultantKey = KeyRead<StoredKey>;
/** Read as `t` reads: a plural group by its own key with a `count`, a missing key an error in development and tests. */
export type ConsultantTranslate = (key: ConsultantKey, params?: Params) => string;
type Words = Record<StoredKey, string>;

const loads = new Map<Lang, Promise<Words>>();

export function loadConsultantWords(lang: Lang): Promise<Words> {
  let load = loads.get(lang);
  if (!load) {
    load = (lang === 'en' ? import('../i18n/consultant-en') : import('../i18n/consultant-fr')).then(
      (m) => m.consultant,
    );
    load.catch(() => loads.delete(lang));
    loads.set(lang, load);
  }
  return load;
}

/** Suspends until the words of the language around have loaded. */
export function useCt(): ConsultantTranslate {
  const lang = useLang();
  return wordsTranslator(lang, [use(loadConsultantWords(lang))], " in consultant mode's words");
}
