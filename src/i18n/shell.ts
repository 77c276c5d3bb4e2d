/**
 * The few strings the app needs before a language's full catalogue has loaded: the language
 * choice, the start page, page not found and the error message. Both languages ship with the app
 * (the error message must speak both); everything else loads with the chosen language.
 */
export type Lang = 'en' | 'fr';
export const LANGS: readonly Lang[] = ['en', 'fr'];

const en = {
  'app.name': 'H&C Navigator',
  'lang.own-name': 'English',
  'lang.switch': 'Français',
  'lang.switch-label': 'Lire cette page en français',
  'skip-link': 'Skip to main content',
  'quick-exit': 'Quick exit',
  'quick-exit.hint': 'Leaves this site at once and erases your answers. You can also press Shift three times.',
  'your-answers.link': 'Save, open or forget answers',
  loading: 'Loading…',
  'choose.title': 'H&C Navigator',
  'choose.intro':
    'Can you ask Canada for permanent residence on humanitarian and compassionate grounds? Choose your language to start.',
  'choose.start': 'Start in English',
  'start.title': 'Can you ask for permanent residence on humanitarian and compassionate grounds?',
  'start.intro':
    'Answer a few questions about your situation. We tell you whether you can make a humanitarian and compassionate (H&C) request now, what stops you if something does, what to check first, and what to do next.',
  'start.time': 'It takes about 10 minutes. You can go back and change an answer at any time.',
  'start.does-title': 'What this tool does',
  'start.does':
    'It applies the rules of the Immigration and Refugee Protection Act to your answers and shows the reasons, with links to the law.',
  'start.does-not-title': 'What it does not do',
  'start.not-advice':
    'It is information, not legal advice. It cannot tell you whether your request would be approved: that decision belongs to an officer.',
  'start.private':
    'Your answers stay on this device. Nothing is sent anywhere. They are erased when you close this tab, unless you choose to keep them.',
  'start.quick-exit':
    'If someone may see your screen, use "Quick exit" at the top of every page, or press Shift three times: it leaves this site at once and erases your answers.',
  'start.quick-exit-limits':
    'Quick exit does not erase your browser\u2019s history of other sites, or files you downloaded, such as a saved case file. To leave fewer traces, use a private window.',
  'start.button': 'Start now',
  'start.continue': 'Continue where you left off',
  'not-found.title': 'Page not found',
  'not-found.body': 'This address does not match a page of H&C Navigator. Your answers, if any, are still here.',
  'not-found.home': 'Go to the start page',
  'error.title': 'Something went wrong',
  'error.body': 'This page could not be shown. Your answers are still saved in this tab.',
  'error.back': 'Go back to your answers',
  'error.home': 'Go to the start page',
  'error.save-case-file': 'Save your answers as a case file',
  'footer.not-advice': 'Information only, not legal advice.',
  'update.available': 'A new version of H&C Navigator is available. Reload to use it; your answers stay.',
  'update.reload': 'Reload',
  'footer.private': 'Nothing you enter leaves this device.',
  'title.site': 'Navigator',
  'title.error': 'Error: ',
  'title.start': 'Start',
  'title.choose': 'Navigator · Navigateur',
} as const;

export type ShellKey = keyof typeof en;

const fr: Record<ShellKey, string> = {
  'app.name': 'Navigateur CH',
  'lang.own-name': 'Français',
  'lang.switch': 'English',
  'lang.switch-label': 'Read this page in English',
  'skip-link': 'Passer au contenu principal',
  'quick-exit': 'Sortie rapide',
  'quick-exit.hint':
    'Quitte ce site tout de suite et efface vos réponses. Vous pouvez aussi appuyer trois fois sur Maj.',
  'your-answers.link': 'Enregistrer, ouvrir ou effacer vos réponses',
  loading: 'Chargement…',
  'choose.title': 'Navigateur CH',
  'choose.intro':
    'Pouvez-vous demander au Canada la résidence permanente pour des considérations d\u2019ordre humanitaire? Choisissez votre langue pour commencer.',
  'choose.start': 'Commencer en français',
  'start.title': 'Pouvez-vous demander la résidence permanente pour des considérations d\u2019ordre humanitaire?',
  'start.intro':
    'Répondez à quelques questions sur votre situation. Nous vous disons si vous pouvez présenter maintenant une demande pour considérations d\u2019ordre humanitaire (CH), ce qui vous en empêche le cas échéant, ce qu\u2019il faut vérifier d\u2019abord et que faire ensuite.',
  'start.time': 'Cela prend environ 10 minutes. Vous pouvez revenir en arrière et changer une réponse à tout moment.',
  'start.does-title': 'Ce que fait cet outil',
  'start.does':
    'Il applique à vos réponses les règles de la Loi sur l\u2019immigration et la protection des réfugiés et montre les raisons, avec des liens vers la loi.',
  'start.does-not-title': 'Ce qu\u2019il ne fait pas',
  'start.not-advice':
    'C\u2019est de l\u2019information, pas un avis juridique. Il ne peut pas dire si votre demande serait acceptée\u00a0: cette décision appartient à IRCC.',
  'start.private':
    'Vos réponses restent sur cet appareil. Rien n\u2019est envoyé. Elles sont effacées quand vous fermez cet onglet, sauf si vous choisissez de les garder.',
  'start.quick-exit':
    'Si quelqu\u2019un peut voir votre écran, utilisez «\u00a0Sortie rapide\u00a0» en haut de chaque page, ou appuyez trois fois sur Maj\u00a0: vous quittez ce site tout de suite et vos réponses sont effacées.',
  'start.quick-exit-limits':
    'La sortie rapide n\u2019efface pas l\u2019historique de votre navigateur pour les autres sites, ni les fichiers téléchargés, comme un dossier enregistré. Pour laisser moins de traces, utilisez une fenêtre de navigation privée.',
  'start.button': 'Commencer',
  'start.continue': 'Reprendre là où vous étiez',
  'not-found.title': 'Page introuvable',
  'not-found.body':
    'Cette adresse ne correspond à aucune page du Navigateur CH. Vos réponses, s\u2019il y en a, sont toujours là.',
  'not-found.home': 'Aller à la page d\u2019accueil',
  'error.title': 'Un problème est survenu',
  'error.body': 'Cette page n\u2019a pas pu être affichée. Vos réponses sont toujours enregistrées dans cet onglet.',
  'error.back': 'Revenir à vos réponses',
  'error.home': 'Aller à la page d\u2019accueil',
  'error.save-case-file': 'Enregistrer vos réponses dans un dossier',
  'footer.not-advice': 'Information seulement, pas un avis juridique.',
  'update.available':
    'Une nouvelle version du Navigateur CH est disponible. Rechargez la page pour l\u2019utiliser; vos réponses restent.',
  'update.reload': 'Recharger',
  'footer.private': 'Rien de ce que vous saisissez ne quitte cet appareil.',
  'title.site': 'Navigateur',
  'title.error': 'Erreur\u00a0: ',
  'title.start': 'Accueil',
  'title.choose': 'Navigator · Navigateur',
};

export const shell: Record<Lang, Record<ShellKey, string>> = { en, fr };
