/** Les quelques mots du mode consultant que le parcours peut montrer avant le chargement des outils. */
import type { consultant as en } from '../en/consultant';

export const consultant: Record<keyof typeof en, string> = {
  'consultant.switch.title': 'Mode consultant',
  'consultant.switch.summary': 'Pour les consultantes et consultants, avocates et avocats, notaires',
  'consultant.hidden': 'Masqué',
  'consultant.notes-ignored.one':
    'Les réponses ont été ouvertes, mais {count} note du fichier a été laissée de côté. Une note doit être un texte d\u2019au plus {max} caractères, portant sur une étape de ces questions.',
  'consultant.notes-ignored.other':
    'Les réponses ont été ouvertes, mais {count} notes du fichier ont été laissées de côté. Une note doit être un texte d\u2019au plus {max} caractères, portant sur une étape de ces questions.',
};
