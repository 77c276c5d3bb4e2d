/** Le catalogue français complet, chargé seulement quand le français est choisi (son propre fichier). */
import type { CatalogueKey } from './catalogue';
import { consultant } from './fr/consultant';
import { problems } from './fr/problems';
import { questions } from './fr/questions';
import { results } from './fr/results';
import { wizard } from './fr/wizard';

export const catalogue: Record<CatalogueKey, string> = {
  ...problems,
  ...questions,
  ...wizard,
  ...results,
  ...consultant,
};
