/** Ce qui ne va pas dans un dossier ou une commande, un message par code de problème (français). */
import type { problems as en } from '../en/problems';

export const problems: Record<keyof typeof en, string> = {
  'problem.not-an-object':
    'le fichier n\u2019est pas un dossier\u00a0: il doit être un objet JSON avec «\u00a0format\u00a0», «\u00a0version\u00a0» et «\u00a0answers\u00a0»',
  'problem.wrong-format': 'doit valoir «\u00a0hc-case\u00a0» (trouvé\u00a0: {value})',
  'problem.wrong-version': 'doit valoir 1 ou 2 (trouvé\u00a0: {value})',
  'problem.answers-not-an-object': 'est absent ou n\u2019est pas un objet JSON; mettez les réponses dans un objet',
  'problem.unknown-field': 'n\u2019est pas une réponse connue; supprimez-la ou vérifiez son orthographe',
  'problem.null-value': 'vaut null; omettez plutôt la réponse',
  'problem.wrong-type': 'doit être {expected} (trouvé\u00a0: {value})',
  'problem.not-a-whole-number': 'doit être un nombre entier (trouvé\u00a0: {value})',
  'problem.invalid-value':
    '{value} n\u2019est pas une valeur permise; utilisez l\u2019une de celles-ci\u00a0: {allowed}',
  'problem.out-of-range': 'doit être entre {min} et {max} (trouvé\u00a0: {value})',
  'problem.invalid-date': 'doit être une date réelle écrite AAAA-MM-JJ (trouvé\u00a0: {value})',
  'problem.date-too-early':
    'doit être postérieure au {after} (trouvé\u00a0: {value}); omettez-la s\u2019il n\u2019y a pas eu d\u2019entrée depuis',
  'problem.duplicate': 'contient plusieurs fois la même valeur; indiquez chaque valeur une seule fois',
  'problem.required': 'est manquante; les autres réponses la rendent obligatoire',
  'problem.date-after-as-of':
    'vaut {value}, après la date d\u2019évaluation {asOf}; une date ne peut pas être dans le futur',
  'problem.removed-but-in-canada':
    '«\u00a0removed\u00a0» signifie que la personne n\u2019est plus au Canada, mais location vaut «\u00a0in-canada\u00a0»; corrigez l\u2019une des deux',
  'problem.order-in-canada-but-outside':
    '«\u00a0order-in-canada\u00a0» signifie que la personne est au Canada, mais location vaut «\u00a0outside-canada\u00a0»; corrigez l\u2019une des deux',
  'problem.child-harm-without-children-affected':
    'childHarm est indiqué, mais childrenAffected ne vaut pas true; mettez childrenAffected à true ou omettez childHarm',
  'problem.unsure-with-grounds':
    '«\u00a0unsure\u00a0» ne peut pas être indiqué avec d\u2019autres motifs; donnez soit ["unsure"], soit les motifs',
  'problem.biometrics-exempt-above-people':
    'vaut {value}, plus que les {people} personnes de la demande (la personne qui demande, l\u2019époux ou conjoint de fait inclus, les enfants à charge); corrigez biometricsExempt, spouseIncluded ou dependentChildren',
  'problem.as-of-before-law':
    'vaut {value}; la date d\u2019évaluation ne peut pas précéder le {date}, date d\u2019entrée en vigueur de la LIPR (l\u2019outil ne connaît pas le droit antérieur)',
  'problem.type.text': 'du texte',
  'problem.type.number': 'un nombre',
  'problem.type.whole-number': 'un nombre entier',
  'problem.type.true-or-false': 'true ou false',
  'problem.type.list': 'une liste',
  'problem.not-json': 'n\u2019est pas du JSON valide; ouvrez un dossier enregistré par Navigateur CH',
  'problem.too-large': 'est trop volumineux ({size} octets); un dossier fait au plus {limit} octets',
  'problem.too-deep': 'est trop profondément imbriqué pour être un dossier',
} as const;
