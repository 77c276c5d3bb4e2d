/** Les quelques mots du mode consultant que le parcours peut montrer avant le chargement des outils. */
import type { consultant as en } from '../en/consultant';

export const consultant: Record<keyof typeof en, string> = {
  'consultant.switch.title': 'Mode consultant',
  'consultant.switch.summary': 'Pour les consultantes et consultants, avocates et avocats, notaires',
  'consultant.switch.body':
    'Pour les consultantes et consultants en immigration réglementés, les avocates, les avocats et les notaires qui parcourent les questions avec leur clientèle sur un écran partagé. Il montre les règles derrière chaque question et derrière le résultat, garde des notes avec le dossier et permet d\u2019essayer une autre réponse sans changer les réponses de la personne.',
  'consultant.switch.label': 'Utiliser le mode consultant dans cet onglet',
  'consultant.switch.hint':
    'Il reste actif jusqu\u2019à ce que vous le désactiviez ou fermiez cet onglet. Vous pouvez aussi ouvrir n\u2019importe quelle page des questions en ajoutant ?consultant=1 à la fin de son adresse.',
  'consultant.switch.on': 'Le mode consultant est activé. Ses outils sont en haut de chaque page.',
  'consultant.switch.off': 'Le mode consultant est désactivé.',
  'consultant.hidden': 'Masqué',
  'consultant.notes-ignored.one':
    'Les réponses ont été ouvertes, mais {count} note du fichier a été laissée de côté. Une note doit être un texte d\u2019au plus {max} caractères, portant sur une étape de ces questions.',
  'consultant.notes-ignored.other':
    'Les réponses ont été ouvertes, mais {count} notes du fichier ont été laissées de côté. Une note doit être un texte d\u2019au plus {max} caractères, portant sur une étape de ces questions.',
};
