/** Ce que seul l'outil d'évaluation en ligne de commande dit (français), hors des catalogues du navigateur. */
import type { cliProblems as en } from '../en/cli';

export const cliProblems: Record<keyof typeof en, string> = {
  'problem.too-large-stream': 'est trop volumineux (plus de {limit} octets); un dossier fait au plus {limit} octets',
  'problem.unreadable-file': 'ne peut pas être lu ({reason})',
  'problem.invalid-as-of': 'doit être une date réelle écrite AAAA-MM-JJ (trouvé\u00a0: {value})',
  'problem.usage': 'utilisation\u00a0: npm run --silent assess -- FICHIER [--as-of AAAA-MM-JJ]',
  'problem.unknown-option': 'n\u2019est pas une option; {usage}',
};
