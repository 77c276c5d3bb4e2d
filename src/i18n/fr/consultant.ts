/** Les quelques mots du mode consultant que le parcours peut montrer avant le chargement des outils. */
import type { consultant as en } from '../en/consultant';

export const consultant: Record<keyof typeof en, string> = {
  'consultant.switch.title': 'Mode consultant',
  'consultant.switch.summary': 'Pour les consultantes et consultants, avocates et avocats, notaires',
  'consultant.hidden': 'Masqué',
};
