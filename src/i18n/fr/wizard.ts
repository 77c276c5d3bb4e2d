/** Les mots de l'assistant (français) : boutons, erreurs, progression, vérification des réponses. */
import type { wizard as en } from '../en/wizard';

export const wizard: Record<keyof typeof en, string> = {
  'answer.true': 'Oui',
  'answer.false': 'Non',
  'answer.not-given': 'Non indiqué',
  'wizard.continue': 'Continuer',
  'wizard.back': 'Retour',
  'wizard.progress': 'Question {current} sur environ {total}',
  'wizard.why': 'Pourquoi nous posons cette question',
  'wizard.optional': '(facultatif)',
  'wizard.or': 'ou',
  'wizard.deep-link-notice':
    'Veuillez d\u2019abord répondre à cette question. Voici la première question qui attend encore une réponse.',
  'wizard.dropped-notice.one':
    'Comme vous avez changé une réponse, nous avons retiré {count} réponse qui ne s\u2019applique plus.',
  'wizard.dropped-notice.other':
    'Comme vous avez changé une réponse, nous avons retiré {count} réponses qui ne s\u2019appliquent plus.',
  'wizard.store-discarded':
    'Nous n\u2019avons pas pu lire les réponses enregistrées dans cet onglet; nous avons donc recommencé sans réponses.',
  'wizard.dismiss': 'Fermer',
  'wizard.store-clash':
    'Vos réponses enregistrées à «\u00a0{question}\u00a0» et à «\u00a0{other}\u00a0» ne concordaient pas; nous avons donc retiré la réponse à «\u00a0{question}\u00a0» et gardé toutes les autres.',
  'wizard.store-clash-date':
    'Votre réponse enregistrée à «\u00a0{question}\u00a0» était une date postérieure à aujourd\u2019hui; nous l\u2019avons donc retirée et avons gardé toutes les autres réponses.',
  'wizard.store-clash-unsure':
    'Votre réponse enregistrée à «\u00a0{question}\u00a0» comprenait à la fois «\u00a0{option}\u00a0» et un motif; nous l\u2019avons donc retirée et avons gardé toutes les autres réponses.',
  'wizard.store-clash-again': 'Veuillez répondre de nouveau à «\u00a0{question}\u00a0».',
  'error.unsure-with-grounds':
    'Vous avez choisi «\u00a0{option}\u00a0» et aussi un motif. Choisissez «\u00a0{option}\u00a0» seul, ou seulement les motifs qui s\u2019appliquent',
  'error.summary-title': 'Il y a un problème',
  'error.choose-one': 'Choisissez une réponse',
  'error.choose-at-least-one': 'Choisissez au moins une réponse, ou «\u00a0Aucun de ces cas\u00a0»',
  'error.exclusive-alone': 'Choisissez «\u00a0{option}\u00a0» seul, ou décochez-le',
  'error.enter-date': 'Entrez la date',
  'error.date-incomplete': 'Entrez un jour, un mois et une année',
  'error.date-year-digits': 'L\u2019année doit comporter 4 chiffres',
  'error.date-invalid': 'Entrez une date réelle',
  'error.date-future': 'La date doit être aujourd\u2019hui ou dans le passé',
  'error.date-too-early':
    'La date doit être postérieure au {date}; laissez le champ vide s\u2019il n\u2019y a eu aucune entrée au Canada depuis',
  'error.enter-number': 'Entrez un nombre',
  'error.whole-number': 'Entrez un nombre entier, comme 2',
  'error.number-negative': 'Entrez 0 ou un nombre plus grand',
  'error.number-range': 'Entrez un nombre de {min} à {max}',
  'error.biometrics-above-people': 'Entrez un nombre de 0 à {people}, soit le nombre de personnes dans votre demande',
  'date.day': 'Jour',
  'date.month': 'Mois',
  'date.year': 'Année',
  'date.example': 'Par exemple, 27 3 2024',
  'check.title': 'Vérifiez vos réponses',
  'check.intro': 'Assurez-vous que ces réponses sont exactes. Vous pouvez changer chacune d\u2019elles.',
  'check.early-stop':
    'Vos réponses suffisent déjà à donner un résultat\u00a0: les questions s\u2019arrêtent donc ici. Le résultat explique pourquoi.',
  'check.change': 'Changer',
  'check.change-label': 'Changer votre réponse\u00a0: {question}',
  'check.submit': 'Voir votre résultat',
  'results.title': 'Votre résultat',
  'results.outcome.not-eligible': 'Vous ne pouvez pas présenter de demande CH',
  'results.outcome.use-other-class': 'Présentez d\u2019abord une demande dans une autre catégorie',
  'results.outcome.barred': 'Vous ne pouvez pas encore présenter de demande CH',
  'results.outcome.can-apply': 'Vous pouvez présenter une demande CH',
  'results.check-answers': 'Vérifier ou changer vos réponses',
  'print.button': 'Imprimer ou enregistrer en PDF',
  'print.header': 'Résultat établi le {date}, selon la version {version} des règles.',
  'print.header-reference': 'Référence du dossier\u00a0: {reference}',
  'print.answers-title': 'Vos réponses',
  'answers.title': 'Enregistrer, ouvrir ou effacer vos réponses',
  'answers.intro': 'Vos réponses sont seulement sur cet appareil. Rien n\u2019est envoyé.',
  'answers.return.questions': 'Revenir à vos questions',
  'answers.return.result': 'Voir votre résultat',
  'answers.remember.title': 'Garder vos réponses sur cet appareil',
  'answers.remember.label': 'Garder mes réponses sur cet appareil après la fermeture de cet onglet',
  'answers.remember.hint':
    'Ne choisissez pas cette option sur un appareil partagé ou public. Toute personne qui utilise ce navigateur pourrait les voir.',
  'answers.remember.on':
    'Vos réponses sont gardées sur cet appareil jusqu\u2019à ce que vous choisissiez «\u00a0Effacer mes réponses\u00a0».',
  'answers.remember.off': 'Vos réponses sont gardées seulement jusqu\u2019à la fermeture de cet onglet.',
  'answers.forget.title': 'Effacer vos réponses',
  'answers.forget.body': 'Cela efface toutes les réponses de cet onglet et de cet appareil. C\u2019est irréversible.',
  'answers.forget': 'Effacer mes réponses',
  'answers.forgotten': 'Vos réponses ont été effacées de cet appareil.',
  'answers.banner': 'Vos réponses sont gardées sur cet appareil.',
  'answers.save.title': 'Enregistrer un dossier',
  'answers.save.body':
    'Téléchargez vos réponses dans un fichier, terminées ou non, pour les garder ou les confier à la personne qui vous représente. Toute personne qui a le fichier peut le lire.',
  'answers.save.reading':
    'Le fichier sert à rouvrir vos réponses ici, ou à la personne qui vous représente. Un téléphone ne peut pas l\u2019afficher lisiblement\u00a0: pour une copie à lire, utilisez «\u00a0{print}\u00a0» sur votre résultat.',
  'answers.save.button': 'Enregistrer le dossier',
  'answers.open.title': 'Ouvrir un dossier',
  'answers.open.body':
    'Ouvrez un dossier enregistré plus tôt. Il remplace les réponses de cet onglet. Vous reprenez à la première question qui attend encore une réponse.',
  'answers.open.label': 'Dossier (.json)',
  'answers.open.button': 'Ouvrir le dossier',
  'answers.open.none-chosen': 'Choisissez d\u2019abord un dossier',
  'answers.open.rejected': 'Ce fichier n\u2019a pas été ouvert. Vos réponses n\u2019ont pas changé.',
  'answers.open.plain':
    'Ce n’est pas un dossier enregistré par cet outil (ou par cette version de l’outil), ou il a été modifié après son enregistrement. Demandez-en une nouvelle copie à la personne qui vous l’a remis, ou répondez aux questions ici.',
  'answers.open.details': 'Ce qui ne va pas dans le fichier, pour la personne qui l’a créé',
  'answers.open.file': 'Le fichier',
  'answers.opened': 'Dossier ouvert.',
  'answers.opened-new-questions':
    'Ce dossier a été enregistré avec une version antérieure de ces questions; vous devez donc répondre à de nouvelles questions. Vos autres réponses sont conservées.',
  'answers.opened-saved-on':
    'Ces réponses viennent d\u2019un dossier enregistré le {date}. Le résultat utilise la date et les règles d\u2019aujourd\u2019hui, pas celles de ce jour-là.',
  'answers.opened-result':
    'Lorsque ce dossier a été enregistré le {date}, le résultat était «\u00a0{saved}\u00a0»; aujourd\u2019hui, il est «\u00a0{now}\u00a0».',
  'answers.opened-result-unfinished':
    'Lorsque ce dossier a été enregistré le {date}, le résultat était «\u00a0{saved}\u00a0»; aujourd\u2019hui, ses réponses sont incomplètes, donc il n\u2019y a pas encore de résultat.',
  'answers.opened-no-result':
    'Ce dossier ne contient aucun résultat antérieur à comparer avec celui d\u2019aujourd\u2019hui.',
};
