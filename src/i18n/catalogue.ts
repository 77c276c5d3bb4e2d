/**
 * Loads a language's full catalogue once, as its own chunk, and keeps the promise so every page
 * that needs it waits on the same load.
 */
import type { catalogue as english } from './catalogue-en';
import type { Lang } from './shell';

export type CatalogueKey = Extract<keyof typeof english, string>;
export type Catalogue = Record<CatalogueKey, string>;

const loads = new Map<Lang, Promise<Catalogue>>();
const loaded = new Map<Lang, Catalogue>();

export function loadCatalogue(lang: Lang): Promise<Catalogue> {
  let load = loads.get(lang);
  if (!load) {
    load = (lang === 'en' ? import('./catalogue-en') : import('./catalogue-fr')).then((m) => {
      loaded.set(lang, m.catalogue);
      return m.catalogue;
    });
    load.catch(() => loads.delete(lang));
    loads.set(lang, load);
  }
  return load;
}

/** The catalogue if it has already loaded (no waiting). */
export function loadedCatalogue(lang: Lang): Catalogue | undefined {
  return loaded.get(lang);
}
