/** Les mots du mode consultant (français), chargés avec ses outils, jamais dans le parcours d'une personne. */
import type { ConsultantKey } from './consultant-en';

export const consultant: Record<ConsultantKey, string> = {
  // L’interrupteur de « Enregistrer, ouvrir ou effacer vos réponses », chargé à l’ouverture de son volet.
  'consultant.switch.body':
    'Pour les consultantes et consultants en immigration réglementés, les avocates, les avocats et les notaires qui parcourent les questions avec leur clientèle sur un écran partagé. Il montre les règles derrière chaque question et derrière le résultat, garde des notes avec le dossier et permet d\u2019essayer une autre réponse sans changer les réponses de la personne.',
  'consultant.switch.label': 'Utiliser le mode consultant dans cet onglet',
  'consultant.switch.hint':
    'Il reste actif jusqu\u2019à ce que vous le désactiviez ou fermiez cet onglet. Vous pouvez aussi ouvrir n\u2019importe quelle page des questions en ajoutant {parameter} à la fin de son adresse.',
  'consultant.switch.on': 'Le mode consultant est activé. Ses outils sont en haut de chaque page.',
  'consultant.switch.off': 'Le mode consultant est désactivé.',

  // Après l’ouverture d’un dossier en mode consultant, ses notes laissées de côté.
  'consultant.notes-ignored.one':
    'Les réponses ont été ouvertes, mais {count} note du fichier a été laissée de côté. Une note doit être un texte d\u2019au plus {max} caractères, portant sur une étape de ces questions.',
  'consultant.notes-ignored.other':
    'Les réponses ont été ouvertes, mais {count} notes du fichier ont été laissées de côté. Une note doit être un texte d\u2019au plus {max} caractères, portant sur une étape de ces questions.',

  'consultant.bar.title': 'Mode consultant',
  'consultant.bar.screen': 'Écran partagé',
  'consultant.bar.large': 'Texte plus grand',
  'consultant.bar.hide': 'Masquer les réponses',
  'consultant.bar.hide-hint':
    'Les réponses s\u2019affichent comme «\u00a0Masqué\u00a0» à l\u2019écran et sur papier. Les choix cochés, la liste des preuves, les explications du résultat et les notes sont aussi masqués.',
  'consultant.bar.side': 'Résultat en français et en anglais, côte à côte',
  'consultant.bar.reference': 'Référence du dossier',
  'consultant.bar.reference-hint': 'Imprimée avec les notes et ajoutée au nom du dossier enregistré.',
  'consultant.bar.off': 'Désactiver le mode consultant',
  'consultant.bar.large-on': 'Le texte plus grand est activé.',
  'consultant.bar.large-off': 'Le texte plus grand est désactivé.',
  'consultant.bar.hide-on': 'Les réponses sont masquées.',
  'consultant.bar.hide-off': 'Les réponses sont affichées.',
  'consultant.bar.side-on': 'Le résultat s\u2019affichera en français et en anglais.',
  'consultant.bar.side-off': 'Le résultat s\u2019affichera dans une seule langue.',

  'consultant.effect.exclude': 'exclusion\u00a0: non admissible',
  'consultant.effect.redirect': 'réorientation\u00a0: une autre catégorie d\u2019abord',
  'consultant.effect.bar': 'restriction\u00a0: pas encore',
  'consultant.effect.lift': 'levée\u00a0: un délai d\u2019attente pourrait ne pas s\u2019appliquer',
  'consultant.effect.suggest': 'suggestion',
  'consultant.effect.warn': 'avertissement',
  'consultant.effect.inform': 'information',

  'consultant.question.title': 'Pour la consultation',
  'consultant.question.field': 'Champ',
  'consultant.question.rules': 'Règles que cette réponse alimente',
  'consultant.question.no-rules': 'Aucune règle ne lit cette réponse.',
  'consultant.question.law': 'Pourquoi c\u2019est important en droit',

  'consultant.note.step': 'Note de consultation sur cette étape',
  'consultant.note.results': 'Note de consultation sur le résultat',
  'consultant.note.hint':
    'Gardée avec les réponses dans cet onglet et enregistrée dans le dossier. La sortie rapide l\u2019efface. Au plus {max} caractères.',

  'consultant.results.title': 'Pour la consultation',
  'consultant.trace.title': 'Trace des règles',
  'consultant.trace.intro':
    'Chaque règle qui s\u2019est appliquée, dans l\u2019ordre du moteur, évaluée le {date} selon la version {version} des règles.',
  'consultant.trace.effect': 'Effet',
  'consultant.trace.sources': 'Sources',
  'consultant.trace.checked': 'Libellé vérifié pour la dernière fois le',
  'consultant.trace.in-force': 'En vigueur depuis le',
  'consultant.trace.enacted-by': 'Édictée par',
  'consultant.trace.until': 'Le délai d\u2019attente prend fin le',
  'consultant.trace.no-end': 'Aucune fin connue',
  'consultant.trace.lift-until': 'Le délai d\u2019attente prendrait fin le',
  'consultant.trace.answers': 'Réponses qui l\u2019ont déclenchée',
  'consultant.trace.answer': '{question}\u00a0: {answer}',
  'consultant.trace.no-answers': 'Aucune\u00a0: elle s\u2019applique toujours',

  'consultant.notes.title': 'Notes de consultation',
  'consultant.notes.reference': 'Référence du dossier',
  'consultant.notes.results': 'Sur le résultat',
  'consultant.notes.none': 'Aucune note.',

  'consultant.whatif.title': 'Et si',
  'consultant.whatif.intro':
    'Essayez une autre réponse pour voir comment le résultat, la date la plus proche et les frais changeraient. Les réponses de la personne et le dossier restent tels quels.',
  'consultant.whatif.choose': 'Réponse à changer',
  'consultant.whatif.choose-none': 'Choisissez une réponse',
  'consultant.whatif.apply': 'Essayer cette réponse',
  'consultant.whatif.reset': 'Remettre les réponses d\u2019origine',
  'consultant.whatif.reset-done': 'Les réponses d\u2019origine sont de retour.',
  'consultant.whatif.changes': 'Réponses changées dans cet essai',
  'consultant.whatif.was': 'Réponse d\u2019origine\u00a0:',
  'consultant.whatif.now': 'Dans cet essai\u00a0:',
  'consultant.whatif.dropped': 'N\u2019est plus demandée',
  'consultant.whatif.needs':
    'Cet essai a besoin d\u2019autres réponses pour donner un résultat\u00a0: {question}. Donnez-les sous «\u00a0Réponse à changer\u00a0», où la première est maintenant choisie.',
  'consultant.whatif.contradiction':
    'Cet essai contredit une autre réponse\u00a0: {questions}. Changez aussi cette réponse.',
  'consultant.whatif.compare': 'Les réponses d\u2019origine et cet essai',
  'consultant.whatif.col.item': 'Résultat',
  'consultant.whatif.col.original': 'Origine',
  'consultant.whatif.col.whatif': 'Et si',
  'consultant.whatif.col.difference': 'Différence',
  'consultant.whatif.row.outcome': 'Résultat',
  'consultant.whatif.row.earliest': 'Date la plus proche pour présenter la demande',
  'consultant.whatif.row.fees': 'Total des frais',
  'consultant.whatif.none': 'Aucune',
  'consultant.earliest.now': 'Maintenant',
  'consultant.earliest.unknown': 'Pas encore connue',
  'consultant.earliest.none': 'Sans objet',
  'consultant.whatif.fees-unknown': 'Non confirmé (personnes dans la demande\u00a0: {people})',
  'consultant.whatif.changed': 'Changé',
  'consultant.whatif.same': 'Identique',
  'consultant.whatif.rules-added': 'Règles qui s\u2019appliqueraient',
  'consultant.whatif.rules-removed': 'Règles qui ne s\u2019appliqueraient plus',
  'consultant.whatif.status-same':
    'Cet essai donne le même résultat, la même date et les mêmes frais que les réponses d\u2019origine.',
  'consultant.whatif.status-changed':
    'Cet essai diffère des réponses d\u2019origine sur {count} des {total} points\u00a0: résultat, date la plus proche, frais.',
  'consultant.whatif.status-needs': 'Cet essai a besoin d\u2019une réponse de plus.',
  'consultant.whatif.status-contradiction': 'Cet essai contredit une autre réponse.',

  'consultant.law.status':
    'Seul un étranger peut demander une dispense pour considérations d\u2019ordre humanitaire\u00a0: une personne qui a la citoyenneté ou la résidence permanente n\u2019en a pas besoin, et une personne protégée demande plutôt la résidence permanente dans cette catégorie.',
  'consultant.law.location':
    'Le lieu où se trouve la personne fixe la voie\u00a0: au Canada, les catégories au Canada passent d\u2019abord, les risques examinés dans une demande d\u2019asile ne sont pas pris en compte et la demande passe par deux étapes; de l\u2019étranger, elle s\u2019ajoute à une demande de résidence permanente d\u2019une autre catégorie.',
  'consultant.law.inadmissibility':
    'La dispense CH ne peut pas lever une interdiction de territoire déjà prononcée pour sécurité, atteinte aux droits humains ou internationaux, sanctions ou criminalité organisée; les autres motifs, y compris la perte de l\u2019asile, peuvent faire l\u2019objet d\u2019une dispense et, au Canada, un permis de séjour temporaire est une autre voie.',
  'consultant.law.inadmissibilityFound':
    'Seul un motif déjà retenu (par une agente ou un agent, la Section de l\u2019immigration, la Section d\u2019appel de l\u2019immigration ou un tribunal) exclut; un motif possible donne un avertissement\u00a0: s\u2019il est retenu ensuite, la demande ne peut pas être étudiée et les frais ne sont pas remboursés.',
  'consultant.law.spouseOrPartnerInCanada':
    'Une personne qui entre dans la catégorie des époux ou conjoints de fait au Canada présente d\u2019abord sa demande dans cette catégorie.',
  'consultant.law.permitHolderEligible':
    'Une personne titulaire d\u2019un permis de séjour temporaire depuis assez longtemps pour la catégorie des titulaires de permis présente d\u2019abord sa demande dans cette catégorie.',
  'consultant.law.destination':
    'Le Québec sélectionne\u00a0: après l\u2019approbation de principe, le Québec (MIFI) doit délivrer un certificat de sélection (CSQ) avant la résidence permanente, et les dossiers destinés au Québec prennent plus de temps.',
  'consultant.law.removal':
    'Une demande CH ne suspend pas le renvoi; une personne déjà renvoyée a besoin d\u2019une autorisation écrite de retour et présente sa demande de l\u2019étranger; une personne visée par une mesure de renvoi ne peut pas demander l\u2019asile.',
  'consultant.law.removalOrderType':
    'Le type de mesure (interdiction de séjour, exclusion, expulsion) décide si la personne a besoin d\u2019une autorisation écrite de retour; un type inconnu rend le résultat conditionnel à un examen professionnel.',
  'consultant.law.refugeeClaim':
    'Une demande d\u2019asile en cours empêche une demande CH; une demande rejetée, ayant fait l\u2019objet d\u2019un désistement ou retirée après l\u2019audition d\u2019éléments de preuve testimoniale de fond fait courir le délai d\u2019attente de {months} mois; une demande irrecevable l\u2019empêche tant qu\u2019un ERAR est en cours. Le texte français de la disposition rattache «\u00a0après que des éléments de preuve testimoniale de fond aient été entendus\u00a0» au désistement, et non au retrait\u00a0: selon la règle du sens commun (R. c. Daoust), un désistement prononcé avant tout témoignage ne ferait pas courir le délai. Le moteur suit la version anglaise; c\u2019est un argument, pas une règle établie.',
  'consultant.law.withdrawnAfterEvidence':
    'Une demande retirée après que la SPR a commencé à entendre des éléments de preuve testimoniale de fond fait courir le délai d\u2019attente de {months} mois; retirée avant, elle ne le fait pas. Tout retrait met en vigueur la mesure de renvoi conditionnelle dès qu\u2019il est constaté, empêche un ERAR et un PST pendant {months} mois, et rend irrecevable toute demande d\u2019asile ultérieure; une demande CH ne sursoit pas au renvoi.',
  'consultant.law.lastDecisionDate':
    'Le délai d\u2019attente de {months} mois court à partir de la plus récente des dernières décisions de la SPR, de la SAR et de la Cour fédérale; la demande peut être présentée dès le lendemain de sa fin.',
  'consultant.law.designatedForeignNational':
    'Un étranger désigné ne peut pas présenter de demande CH pendant {years} ans; la désignation est un avis écrit, pas la seule entrée irrégulière.',
  'consultant.law.designationDate':
    'Sans décision définitive sur une demande d\u2019asile ou un ERAR, le délai d\u2019attente de {years} ans court à partir de la désignation.',
  'consultant.law.dfnFinalDecisionDate':
    'Si elle est indiquée, le délai d\u2019attente de {years} ans court à partir de la décision définitive sur la demande d\u2019asile ou l\u2019ERAR plutôt que de la désignation.',
  'consultant.law.prraPending':
    'Un ERAR en cours empêche une demande CH après une demande d\u2019asile jugée irrecevable, et laisse sans fin connue le délai d\u2019attente d\u2019un étranger désigné.',
  'consultant.law.pendingHc':
    'Une seule demande CH à la fois\u00a0: une autre demande en cours empêche d\u2019en présenter une nouvelle.',
  'consultant.law.familySponsor':
    'Le parrainage est une voie à vérifier d\u2019abord; il n\u2019empêche jamais une demande CH.',
  'consultant.law.fearOfReturn':
    'Le risque relève d\u2019une demande d\u2019asile ou d\u2019un ERAR\u00a0: au Canada, les risques examinés dans une demande d\u2019asile ne sont pas pris en compte dans une demande CH.',
  'consultant.law.entryDate':
    'Une demande d\u2019asile présentée plus de {oneYear} mois après une entrée postérieure au {entriesAfter} peut être irrecevable (demandes à partir du {claimsFrom}), ce qui laisse l\u2019ERAR comme voie pour le risque.',
  'consultant.law.economicProfile':
    'Un programme économique est une voie à vérifier; il n\u2019empêche jamais une demande CH.',
  'consultant.law.caregiverExperience':
    'Une voie pour aides familiaux est à vérifier; elle n\u2019empêche jamais une demande CH.',
  'consultant.law.spouseIncluded':
    'Aucune règle ne la lit\u00a0: elle fixe les frais de traitement et les frais relatifs au droit de résidence permanente de l\u2019époux ou conjoint de fait, et le nombre de personnes pour les données biométriques.',
  'consultant.law.familyMemberPendingClaim':
    'Un membre de la famille dont la demande d\u2019asile est en cours devant la SPR ou la SAR ne peut pas être inclus dans la demande CH tant qu\u2019elle est en cours; l\u2019ordre des démarches demande conseil.',
  'consultant.law.biometricsExempt':
    'Aucune règle ne la lit\u00a0: les personnes de moins de {biometricsYoungestAge} ans ou de plus de {biometricsOldestAge} ans ne fournissent pas de données biométriques, et les frais ne comptent que les autres; le nombre ne peut dépasser celui des personnes dans la demande.',
  'consultant.law.dependentChildren':
    'Aucune règle ne la lit\u00a0: elle fixe les frais de traitement de chaque enfant à charge et le nombre de personnes pour les données biométriques. L\u2019enfant à charge inclus comme membre de la famille ne paie pas les frais relatifs au droit de résidence permanente; l\u2019enfant qui est le demandeur principal les paie, sauf s\u2019il présente sa demande au Canada comme enfant à charge d\u2019un résident permanent ou d\u2019un citoyen.',
  'consultant.law.childrenAffected':
    'L\u2019intérêt supérieur d\u2019un enfant directement touché doit être pris en compte, preuve à l\u2019appui; un préjudice à cet enfant peut lever le délai d\u2019attente de {months} mois.',
  'consultant.law.childHarm':
    'Le délai d\u2019attente de {months} mois peut être levé si le renvoi nuit à l\u2019intérêt supérieur d\u2019un enfant directement touché; cette question est plus large, et IRCC tranche sur la preuve. Si l\u2019exception n\u2019est pas établie, la date du délai s\u2019applique; les autres restrictions aussi.',
  'consultant.law.lifeRiskNoMedicalCare':
    'Le délai d\u2019attente de {months} mois peut être levé si le renvoi mettait la vie en danger faute de soins de santé ou médicaux adéquats dans tout pays de nationalité (pour une personne apatride, de résidence habituelle antérieure); IRCC tranche sur la preuve, et les autres restrictions s\u2019appliquent toujours.',
  'consultant.law.hardships':
    'Les difficultés sont appréciées globalement\u00a0: le coût ordinaire du départ ne suffit pas à lui seul et, au Canada, la crainte pour la sécurité n\u2019est pas prise en compte en tant que risque examiné dans une demande d\u2019asile.',
  'consultant.law.severity':
    'Aucune règle ne la lit\u00a0: IRCC apprécie globalement les conséquences d\u2019un refus; elle oriente la preuve à réunir.',
  'consultant.law.homeCountryHelp':
    'Ce n\u2019est pas une condition légale, et sa source (un guide d\u2019IRCC) n\u2019est pas vérifiée\u00a0: si les difficultés comprennent de la violence ou des menaces, la demande dit si l\u2019aide des autorités du pays d\u2019origine est vraiment accessible, preuve à l\u2019appui. Au Canada, la protection de l\u2019État relève de l\u2019analyse du risque qu\u2019une demande CH écarte; les faits peuvent quand même compter comme difficultés.',
  'consultant.law.yearsInCanada':
    'Aucune règle ne la lit\u00a0: l\u2019établissement au Canada est l\u2019un des facteurs qu\u2019IRCC apprécie globalement.',
  // Then and now of a reopened file, and the rules changelog (decision 0015)
  'consultant.then-now.title': 'Alors et aujourd\u2019hui',
  'consultant.then-now.intro':
    'Ce dossier garde le résultat que ses réponses donnaient lorsqu\u2019il a été enregistré. Le résultat d\u2019aujourd\u2019hui vient des réponses telles qu\u2019elles sont maintenant, à la date d\u2019aujourd\u2019hui, selon les règles d\u2019aujourd\u2019hui.',
  'consultant.then-now.caption': 'Le résultat lors de l\u2019enregistrement du dossier, et aujourd\u2019hui',
  'consultant.then-now.col.then': 'À l\u2019enregistrement',
  'consultant.then-now.col.now': 'Aujourd\u2019hui',
  'consultant.then-now.row.date': 'Date du résultat',
  'consultant.then-now.row.version': 'Version des règles',
  'consultant.then-now.fees-none': 'Aucuns, ou non connus',
  'consultant.then-now.rules-added': 'Règles qui s\u2019appliquent aujourd\u2019hui et non alors',
  'consultant.then-now.rules-removed': 'Règles qui s\u2019appliquaient alors et non aujourd\u2019hui',
  'consultant.then-now.no-change-named':
    'Aucun changement du journal des règles ne la concerne\u00a0: la différence vient de la date ou des réponses.',
  'consultant.then-now.why': 'Ce qui a changé dans les règles, et pourquoi',
  'consultant.then-now.same-rules':
    'Les règles sont celles sous lesquelles le dossier a été enregistré. Toute différence vient de la date (un délai qui a commencé ou pris fin) ou de réponses changées depuis.',
  'consultant.then-now.since':
    'Le journal des règles consigne ces changements depuis la version {version}, celle sous laquelle le dossier a été enregistré. Une règle peut aussi s\u2019appliquer ou cesser de s\u2019appliquer à cause de la date ou de réponses changées.',
  'consultant.then-now.unknown-version':
    'Le journal des règles n\u2019a pas d\u2019entrée pour la version {version}, celle sous laquelle le dossier a été enregistré\u00a0: tous les changements qu\u2019il consigne sont donc listés, et certains peuvent être antérieurs au dossier.',
  'consultant.then-now.entry': 'Version {version}, publiée le {date}',
  'consultant.then-now.change-rules': 'Règles visées',
  'consultant.then-now.change-figures': 'Valeurs visées',
  'consultant.then-now.change-answers': 'Réponses ajoutées',
  'consultant.changelog.decided-ground':
    'Un motif que la demande CH ne peut pas lever (sécurité, atteinte aux droits humains ou internationaux, sanctions, criminalité organisée) n\u2019exclut plus qu\u2019une fois retenu par une agente ou un agent, un tribunal ou une cour (nouvelle réponse); un motif possible, mais pas encore retenu, donne plutôt un avertissement, car la personne pourrait ne jamais être déclarée interdite de territoire pour ce motif.',
  'consultant.changelog.cessation':
    'La perte de l\u2019asile est devenue une réponse distincte sur l\u2019interdiction de territoire\u00a0: la demande CH peut en dispenser et, au Canada, elle compte comme un motif nommé pour la suggestion du permis de séjour temporaire.',
  'consultant.changelog.in-force':
    'Chaque règle ne s\u2019applique plus qu\u2019à partir du jour où sa disposition est entrée en vigueur, au lieu d\u2019appliquer la Loi actuelle à toute date d\u2019évaluation; une date d\u2019évaluation antérieure à l\u2019entrée en vigueur de la LIPR est refusée.',
  'consultant.changelog.fees-unknown':
    'Les frais de traitement de la grille en vigueur depuis la dernière indexation ne sont plus donnés\u00a0: les nouveaux montants ne sont pas confirmés, donc le total des frais n\u2019est pas connu pour une date d\u2019évaluation dans cette grille.',
  'consultant.changelog.biometrics-exempt':
    'Une nouvelle réponse compte les personnes de la demande dispensées des données biométriques en raison de leur âge; les frais de données biométriques ne comptent que les autres.',
  'consultant.changelog.family-member-claim':
    'Une nouvelle réponse demande si un membre de la famille à inclure a une demande d\u2019asile en cours; une réponse positive ou incertaine donne un avertissement, car ce membre ne peut pas être inclus tant que la demande est en cours.',
  'consultant.changelog.new-listed-rules':
    'Nouvelles règles listées\u00a0: déclarer tous les membres de la famille; depuis l\u2019étranger avec un répondant possible, l\u2019appel du répondant à la Section d\u2019appel de l\u2019immigration; au Canada sous le coup d\u2019une mesure de renvoi avec une crainte de retour, l\u2019examen des risques avant renvoi.',
  'consultant.changelog.routes-closed':
    'Les suggestions de parrainage, de programme économique et d\u2019aide familiale ne sont plus listées tant que la restriction visant l\u2019étranger désigné s\u2019applique, car elle ferme ces voies; la suggestion du permis de séjour temporaire n\u2019est plus listée tant que la Loi interdit d\u2019en demander un (pendant l\u2019attente après une décision défavorable sur la demande d\u2019asile, pendant un ERAR en cours après une demande irrecevable, ou tant que cette restriction s\u2019applique).',
  'consultant.changelog.pending-amendment':
    'Le registre des règles liste maintenant une modification adoptée, mais pas encore en vigueur, qui étend la restriction liée à une demande d\u2019asile en cours aux demandes jugées recevables et déférées à la SPR; le moteur ne l\u2019applique pas avant qu\u2019un décret la fasse entrer en vigueur.',
  'consultant.changelog.citations':
    'Des citations ont été ajoutées à ces règles; leurs conditions et leurs effets sont inchangés.',
  'consultant.changelog.facts':
    'Les délais de traitement publiés par IRCC et une réouverture temporaire annoncée du Programme de l\u2019expérience québécoise sont devenus des valeurs datées; ils changent des mots du résultat, jamais un résultat.',
  'consultant.changelog.legal-review':
    'Après une révision juridique, des valeurs citées par les explications sont devenues des paramètres datés, et le registre des règles consigne la lecture retenue là où les versions anglaise et française du délai d\u2019attente après une décision défavorable sur la demande d\u2019asile diffèrent; aucun résultat ne change.',
  // Why not: the rules that did not fire, with their condition and the answers each reads
  'consultant.whynot.title': 'Règles qui ne se sont pas appliquées',
  'consultant.whynot.intro':
    'Toutes les autres règles, dans l\u2019ordre du moteur, avec leur condition au {date} et les réponses qu\u2019elles lisent.',
  'consultant.whynot.col.rule': 'Règle',
  'consultant.whynot.col.condition': 'Condition',
  'consultant.whynot.col.answers': 'Réponses lues',
  'consultant.whynot.not-in-force': 'Pas en vigueur le {date}\u00a0: en vigueur depuis le {from}.',
  'consultant.whynot.not-weighed':
    'Non examinée\u00a0: énumérée seulement quand la personne peut présenter sa demande ou doit attendre.',
  'consultant.whynot.not-asked': 'Non demandé\u00a0: {questions}',
  'consultant.whynot.none-read': 'Aucune',
  'consultant.condition.exclude.citizen-or-pr': 'La personne est citoyenne canadienne ou résidente permanente.',
  'consultant.condition.redirect.protected-person': 'La personne est une personne protégée.',
  'consultant.condition.exclude.non-exemptible-inadmissibility':
    'Un étranger dont l\u2019interdiction de territoire pour sécurité, atteinte aux droits humains ou internationaux, sanctions ou criminalité organisée a déjà été prononcée (dans un dossier de la première version, nommer le motif suffit).',
  'consultant.condition.warn.possible-non-exemptible-inadmissibility':
    'Un étranger à qui l\u2019un de ces motifs (sécurité, atteinte aux droits humains ou internationaux, sanctions, criminalité organisée) pourrait s\u2019appliquer, sans que personne l\u2019ait encore prononcé.',
  'consultant.condition.redirect.spouse-in-canada-class':
    'Un étranger au Canada qui répond à la catégorie des époux ou conjoints de fait au Canada (réponse oui).',
  'consultant.condition.redirect.permit-holder-class':
    'Un étranger au Canada admissible à la catégorie des titulaires de permis (réponse oui).',
  'consultant.condition.bar.pending-hc': 'Un étranger dont une autre demande CH est en cours.',
  'consultant.condition.bar.pending-refugee-claim':
    'Un étranger dont une demande d\u2019asile est en cours devant la SPR ou la SAR.',
  'consultant.condition.bar.pending-prra':
    'Un étranger dont la demande d\u2019asile a été jugée irrecevable et dont un ERAR est en cours.',
  'consultant.condition.bar.twelve-month':
    'Un étranger dont la demande d\u2019asile a été rejetée, a fait l\u2019objet d\u2019un désistement ou a été retirée après l\u2019audition d\u2019éléments de preuve de fond, pendant les {twelveMonthBar} mois qui suivent la dernière décision, sauf si le renvoi mettrait sa vie en danger faute de soins médicaux ou nuirait à un enfant directement touché.',
  'consultant.condition.lift.twelve-month':
    'Le délai d\u2019attente de {twelveMonthBar} mois s\u2019appliquerait, et le renvoi mettrait la vie en danger faute de soins médicaux ou nuirait à un enfant directement touché; IRCC décide si l\u2019exception est établie.',
  'consultant.condition.bar.designated-foreign-national':
    'Un étranger désigné, tant qu\u2019une demande d\u2019asile ou un ERAR est en cours, ou pendant les {designatedForeignNationalBar} mois qui suivent la décision finale à son sujet (sans décision finale, la désignation).',
  'consultant.condition.suggest.family-sponsorship':
    'Un membre de la famille pourrait parrainer la personne (oui ou je ne sais pas), et la restriction visant l\u2019étranger désigné ne s\u2019applique pas.',
  'consultant.condition.suggest.refugee-claim':
    'Un étranger au Canada qui craint le retour, n\u2019a pas demandé l\u2019asile et n\u2019est visé par aucune mesure de renvoi.',
  'consultant.condition.warn.refugee-claim-one-year':
    'Comme pour la suggestion de demander l\u2019asile, avec une date d\u2019entrée donnée, et la date d\u2019évaluation postérieure à la fin des {refugeeClaimOneYear} mois qui suivent cette entrée.',
  'consultant.condition.suggest.economic-program':
    'La personne pourrait répondre à un programme économique (oui ou je ne sais pas), et la restriction visant l\u2019étranger désigné ne s\u2019applique pas.',
  'consultant.condition.suggest.caregiver-program':
    'La personne a une expérience d\u2019aide familiale (oui ou je ne sais pas), et la restriction visant l\u2019étranger désigné ne s\u2019applique pas.',
  'consultant.condition.suggest.temporary-resident-permit':
    'Un étranger au Canada qui nomme un motif d\u2019interdiction de territoire (autre que «\u00a0je ne sais pas\u00a0») et peut demander un PST maintenant\u00a0: pas dans les {temporaryResidentPermitWait} mois qui suivent une décision défavorable sur l\u2019asile, pas pendant un ERAR en cours après une demande irrecevable, pas tant que la restriction visant l\u2019étranger désigné s\u2019applique.',
  'consultant.condition.warn.costs-not-sufficient': 'La seule difficulté nommée est le coût du retour.',
  'consultant.condition.warn.risk-not-weighed': 'Un étranger au Canada qui nomme la sécurité comme difficulté.',
  'consultant.condition.warn.no-stay-of-removal': 'Un étranger au Canada visé par une mesure de renvoi.',
  'consultant.condition.warn.authorization-to-return': 'La personne a déjà été renvoyée ou expulsée.',
  'consultant.condition.warn.withdrawal-consequences': 'La demande d\u2019asile est en cours ou a été retirée.',
  'consultant.condition.warn.explain-no-home-help':
    'La personne n\u2019a jamais demandé l\u2019aide des autorités de son pays.',
  'consultant.condition.warn.declare-family-members':
    'Toujours, quand la personne peut présenter sa demande ou doit attendre.',
  'consultant.condition.warn.family-member-pending-claim':
    'Un membre de la famille à inclure a une demande d\u2019asile en cours, ou pourrait en avoir une (je ne sais pas), et un époux ou conjoint de fait ou des enfants à charge sont inclus.',
  'consultant.condition.warn.professional-review':
    'Une réponse est «\u00a0je ne sais pas\u00a0»\u00a0: interdiction de territoire; parrainage, programme économique ou aide familiale; au Canada, la catégorie des époux ou conjoints de fait ou celle des titulaires de permis; ou le type de mesure de renvoi est inconnu.',
  'consultant.condition.inform.quebec-selection': 'La personne a le Québec pour destination.',
  'consultant.condition.inform.quebec-support': 'Un étranger au Canada qui a le Québec pour destination.',
  'consultant.condition.inform.best-interests-of-child': 'Un enfant serait directement touché.',
  'consultant.condition.inform.judicial-review':
    'Toujours, quand la personne peut présenter sa demande ou doit attendre ({judicialReviewInCanada} jours pour demander l\u2019autorisation contre une décision sur une demande faite au Canada, {judicialReviewOutsideCanada} jours pour une demande faite à l\u2019étranger).',
  'consultant.condition.inform.sponsor-appeal':
    'Un étranger hors du Canada qu\u2019un membre de la famille pourrait parrainer (oui ou je ne sais pas), et la restriction visant l\u2019étranger désigné ne s\u2019applique pas.',
  'consultant.condition.inform.prra':
    'Un étranger au Canada visé par une mesure de renvoi, qui craint le retour, sans demande d\u2019asile en cours.',
  'consultant.condition.inform.two-stage-process': 'Un étranger au Canada.',

  // Compare two case files, keep a what if, the client copy and the file copy (issue 14, parts 4 and 5).
  'consultant.print.hint':
    'La copie pour la personne donne le résultat en mots simples sous le nom, le numéro de permis et les coordonnées du cabinet, quand les paramètres du cabinet les donnent, sans la trace des règles, les identifiants des règles ni les notes. La copie pour le dossier donne tout\u00a0: la trace, les identifiants des règles et les notes.',
  'consultant.print.client': 'Imprimer la copie pour la personne',
  'consultant.print.file': 'Imprimer la copie pour le dossier',
  'consultant.print.client-heading': 'Copie pour la personne',
  'consultant.print.file-heading':
    'Copie pour le dossier\u00a0: avec la trace des règles, les identifiants des règles et les notes',
  'consultant.whatif.keep-hint':
    'Le fichier enregistré contient les réponses de cet essai et la référence du dossier, pas les notes. Son nom indique qu\u2019il s\u2019agit d\u2019un essai.',
  'consultant.whatif.print': 'Imprimer cet essai',
  'consultant.whatif.save': 'Enregistrer cet essai comme dossier',
  'consultant.whatif.saved': 'Cet essai a été enregistré sous le nom {file}.',
  'consultant.whatif.paper-title': 'Et si\u00a0: réponses hypothétiques, pas celles de la personne',
  'consultant.whatif.paper-intro':
    'Les réponses ci-dessous ont été changées pour essayer une autre situation. Ce ne sont pas les réponses que la personne a données, et le résultat ci-dessous n\u2019est pas le sien.',
  'consultant.compare.title': 'Comparer deux dossiers',
  'consultant.compare.intro':
    'Choisissez deux dossiers, ou un seul pour le comparer aux réponses de cette page. Chaque fichier est vérifié comme le vérifie «\u00a0Ouvrir le dossier\u00a0», et les deux sont évalués à la date de ce résultat. Les réponses de cette page ne changent pas.',
  'consultant.compare.first': 'Premier dossier (.json)',
  'consultant.compare.first-hint': 'Laissez-le vide pour comparer aux réponses de cette page.',
  'consultant.compare.second': 'Deuxième dossier (.json)',
  'consultant.compare.none-chosen': 'Choisissez d\u2019abord le deuxième dossier',
  'consultant.compare.button': 'Comparer',
  'consultant.compare.done': 'La comparaison figure ci-dessous.',
  'consultant.compare.rejected': 'Le fichier {file} n\u2019a pas été ouvert. La comparaison n\u2019a pas changé.',
  'consultant.compare.this-page': 'Les réponses de cette page',
  'consultant.compare.first-named': 'Premier fichier\u00a0: {file}',
  'consultant.compare.second-named': 'Deuxième fichier\u00a0: {file}',
  'consultant.compare.answers': 'Réponses qui diffèrent',
  'consultant.compare.question': 'Question',
  'consultant.compare.same-answers': 'Les deux donnent les mêmes réponses.',
  'consultant.compare.results': 'Les deux résultats, établis le {date}',
  'consultant.compare.rules-second': 'Règles qui s\u2019appliquent seulement au deuxième',
  'consultant.compare.rules-first': 'Règles qui s\u2019appliquent seulement au premier',
  'consultant.compare.unfinished': '{file}\u00a0: pas encore de résultat, il manque la réponse à {questions}.',
  'consultant.compare.contradiction': '{file}\u00a0: pas de résultat, les réponses à {questions} se contredisent.',

  // Issue 14, parts 6 and 8: dates for a calendar; saving from the bar, unsaved changes, the notes on the result.
  'consultant.bar.save': 'Enregistrer le dossier',
  'consultant.bar.saved': 'Dossier {name} enregistré.',
  'consultant.unsaved.title': 'Modifications non enregistrées',
  'consultant.unsaved.open':
    'Les réponses ou les notes ont changé depuis le dernier enregistrement ou la dernière ouverture du dossier. Ouvrir un dossier les remplace.',
  'consultant.unsaved.forget':
    'Les réponses ou les notes ont changé depuis le dernier enregistrement ou la dernière ouverture du dossier. Les effacer les supprime.',
  'consultant.unsaved.open-anyway': 'Ouvrir quand même',
  'consultant.unsaved.forget-anyway': 'Effacer quand même',
  'consultant.unsaved.cancel': 'Annuler',
  'consultant.unsaved.cancelled': 'Rien n\u2019a été remplacé.',
  'consultant.deadlines.title': 'Dates pour un agenda',
  'consultant.deadlines.intro':
    'Les dates de ce dossier, à télécharger dans un fichier d\u2019agenda (.ics) créé sur cet appareil\u00a0: rien n\u2019est envoyé.',
  'consultant.deadlines.earliest': 'Première date pour présenter la demande CH',
  'consultant.deadlines.none': 'Aucune date pour l\u2019instant\u00a0: saisir la date de réception de la décision.',
  'consultant.deadlines.received': 'Date de réception de la décision',
  'consultant.deadlines.received-hint':
    'Le jour où la décision a été reçue ou où la personne en a autrement pris connaissance. Le délai court à partir du lendemain.',
  'consultant.deadlines.show': 'Calculer l\u2019échéance',
  'consultant.deadlines.error.missing': 'Saisir la date de réception de la décision (jour, mois et année)',
  'consultant.deadlines.error.future':
    'La date de réception de la décision doit être aujourd\u2019hui ou dans le passé',
  'consultant.deadlines.error.too-early': 'La date de réception de la décision doit être le {date} ou après',
  'consultant.deadlines.error.prefix': 'Erreur\u00a0:',
  'consultant.deadlines.kind.judicial-review-in-canada':
    'Dernier jour pour présenter la demande d\u2019autorisation et de contrôle judiciaire',
  'consultant.deadlines.kind.judicial-review-outside-canada':
    'Dernier jour pour présenter la demande d\u2019autorisation et de contrôle judiciaire',
  'consultant.deadlines.kind.sponsor-appeal':
    'Dernier jour pour l\u2019appel du répondant à la Section d\u2019appel de l\u2019immigration',
  'consultant.deadlines.about.judicial-review-in-canada':
    'Signifier et déposer la demande d\u2019autorisation et de contrôle judiciaire à la Cour fédérale dans les {days} jours suivant le jour de réception de la décision ({received}), l\u2019affaire ayant pris naissance au Canada ({citations}).',
  'consultant.deadlines.about.judicial-review-outside-canada':
    'Signifier et déposer la demande d\u2019autorisation et de contrôle judiciaire à la Cour fédérale dans les {days} jours suivant le jour de réception de la décision ({received}), l\u2019affaire ayant pris naissance hors du Canada ({citations}).',
  'consultant.deadlines.about.sponsor-appeal':
    'Le répondant dépose l\u2019avis d\u2019appel à la Section d\u2019appel de l\u2019immigration dans les {days} jours suivant le jour de réception du refus ({received}) ({citations}). Le contrôle judiciaire n\u2019est possible qu\u2019une fois l\u2019appel épuisé.',
  'consultant.deadlines.about.earliest':
    'La première date à laquelle la demande CH peut être présentée, selon le calcul fait le {asOf} avec les règles de la version {version}. La vérifier de nouveau avant de présenter la demande\u00a0: les règles et les faits peuvent changer.',
  'consultant.deadlines.counting':
    'Calcul selon la Loi d\u2019interprétation\u00a0: le jour de réception est exclu et le dernier jour inclus; un dernier jour qui tombe un samedi, un dimanche ou un jour férié est reporté au jour ouvrable suivant ({citations}).',
  'consultant.deadlines.moved':
    'Le délai se termine le {counted}, qui n\u2019est pas un jour ouvrable ({why}); l\u2019échéance est reportée au {due}.',
  'consultant.deadlines.passed': 'Cette date est passée.',
  'consultant.deadlines.check': 'Vérifier cette date avant de s\u2019y fier.',
  'consultant.deadlines.summary': '{event} ({reference})',
  'consultant.deadlines.download': 'Télécharger le fichier d\u2019agenda (.ics)',
  'consultant.deadlines.downloaded': 'Fichier d\u2019agenda {name} téléchargé.',
  'consultant.deadlines.holidays':
    'Jours fériés connus de l\u2019outil\u00a0: un dernier jour qui tombe l\u2019un d\u2019eux est reporté au jour ouvrable suivant.',
  'consultant.deadlines.not-counted':
    'Ne sont pas pris en compte\u00a0: les jours fériés d\u2019une province ou d\u2019une ville, y compris la Saint-Jean-Baptiste (jour férié au Québec), puisque l\u2019outil ne sait pas où la demande est déposée, de sorte qu\u2019au Québec un délai peut finir un jour plus tard qu\u2019indiqué; le lendemain de Noël, qui n\u2019est pas un jour férié au sens de la Loi d\u2019interprétation; la période des fêtes prévue par les Règles des Cours fédérales, qui peut exclure des jours d\u2019un délai; et la date à laquelle la décision a réellement été communiquée, si elle diffère de la date saisie. Vérifier chaque date selon les règles applicables avant de s\u2019y fier.',
  'consultant.day.saturday': 'samedi',
  'consultant.day.sunday': 'dimanche',
  'consultant.holiday.new-year': 'jour de l\u2019An',
  'consultant.holiday.good-friday': 'Vendredi saint',
  'consultant.holiday.easter-monday': 'lundi de Pâques',
  'consultant.holiday.victoria-day': 'fête de Victoria',
  'consultant.holiday.saint-jean-baptiste': 'Saint-Jean-Baptiste',
  'consultant.holiday.canada-day': 'fête du Canada',
  'consultant.holiday.labour-day': 'fête du Travail',
  'consultant.holiday.truth-and-reconciliation': 'Journée nationale de la vérité et de la réconciliation',
  'consultant.holiday.thanksgiving': 'jour de l\u2019Action de grâces',
  'consultant.holiday.remembrance-day': 'jour du Souvenir',
  'consultant.holiday.christmas': 'jour de Noël',
  'consultant.holiday.sunday-holiday-monday': 'lundi suivant un jour férié tombé un dimanche',
  'consultant.holiday.known.canada-day': 'fête du Canada, ou le lendemain lorsqu\u2019elle tombe un dimanche',
  'consultant.holiday.known.truth-and-reconciliation':
    'Journée nationale de la vérité et de la réconciliation, depuis {year}',
  'consultant.holiday.known.sunday-holiday-monday':
    'le lundi qui suit le jour de l\u2019An ou le jour du Souvenir lorsque l\u2019un d\u2019eux tombe un dimanche',
  // Re-check many case files (issue 14, part 2)
  'consultant.batch.door': 'Revérifier plusieurs dossiers',
  'consultant.batch.title': 'Revérifier plusieurs dossiers',
  'consultant.batch.intro':
    'Chaque dossier est lu et évalué sur cet appareil selon les règles et les frais en vigueur aujourd\u2019hui, puis comparé au résultat enregistré avec lui. Rien n\u2019est envoyé, et les dossiers ne sont pas modifiés.',
  'consultant.batch.close': 'Fermer',
  'consultant.batch.choose': 'Dossiers (.json)',
  'consultant.batch.choose-hint': 'Choisissez autant de dossiers que vous voulez, ou déposez-les dans ce cadre.',
  'consultant.batch.started.one': 'Vérification de {count} dossier\u2026',
  'consultant.batch.started.other': 'Vérification de {count} dossiers\u2026',
  'consultant.batch.progress': '{done} dossiers vérifiés sur {total}.',
  'consultant.batch.done.one': '{count} dossier vérifié.',
  'consultant.batch.done.other': '{count} dossiers vérifiés.',
  'consultant.batch.changed-count.one': '{count} résultat a changé.',
  'consultant.batch.changed-count.other': '{count} résultats ont changé.',
  'consultant.batch.refused-count.one': '{count} dossier n\u2019a pas pu être évalué.',
  'consultant.batch.refused-count.other': '{count} dossiers n\u2019ont pas pu être évalués.',
  'consultant.batch.caption': 'Dossiers évalués le {date}, comparés au résultat enregistré avec chacun',
  'consultant.batch.col.file': 'Fichier',
  'consultant.batch.col.reference': 'Référence du dossier',
  'consultant.batch.col.saved': 'Enregistré le',
  'consultant.batch.col.outcome': 'Résultat',
  'consultant.batch.col.earliest': 'Date la plus proche pour présenter la demande',
  'consultant.batch.col.fees': 'Total des frais',
  'consultant.batch.col.changed': 'Changé',
  'consultant.batch.col.open': 'Ouvrir',
  'consultant.batch.col.outcome-then': 'Résultat alors',
  'consultant.batch.col.outcome-now': 'Résultat aujourd\u2019hui',
  'consultant.batch.col.earliest-then': 'Date la plus proche alors',
  'consultant.batch.col.earliest-now': 'Date la plus proche aujourd\u2019hui',
  'consultant.batch.col.fees-then': 'Total des frais alors',
  'consultant.batch.col.fees-now': 'Total des frais aujourd\u2019hui',
  'consultant.batch.col.problem': 'Pourquoi il n\u2019a pas été évalué',
  'consultant.batch.was': 'À l\u2019enregistrement\u00a0:',
  'consultant.batch.now': 'Aujourd\u2019hui\u00a0:',
  'consultant.batch.changed': 'Changé',
  'consultant.batch.same': 'Identique',
  'consultant.batch.no-earlier': 'Aucun résultat antérieur',
  'consultant.batch.not-assessed': 'Non évalué',
  'consultant.batch.unfinished-tag': 'Inachevé',
  'consultant.batch.no-reference': 'Aucune',
  'consultant.batch.no-total': 'Aucun total',
  'consultant.batch.unknown': 'Inconnu',
  'consultant.batch.unfinished.one':
    'Inachevé\u00a0: il manque {count} réponse, «\u00a0{question}\u00a0». Ouvrez le dossier pour la donner.',
  'consultant.batch.unfinished.other':
    'Inachevé\u00a0: il manque {count} réponses, à commencer par «\u00a0{question}\u00a0». Ouvrez le dossier pour les donner.',
  'consultant.batch.new-questions.one':
    'Enregistré avant l\u2019ajout de {count} question, «\u00a0{question}\u00a0», qui s\u2019applique à ce client. Ouvrez le dossier pour y répondre.',
  'consultant.batch.new-questions.other':
    'Enregistré avant l\u2019ajout de {count} questions qui s\u2019appliquent à ce client, à commencer par «\u00a0{question}\u00a0». Ouvrez le dossier pour y répondre.',
  'consultant.batch.problem': '{where}\u00a0: {problem}',
  'consultant.batch.more.one': 'Et {count} autre problème.',
  'consultant.batch.more.other': 'Et {count} autres problèmes.',
  'consultant.batch.open': 'Ouvrir',
  'consultant.batch.open-file': 'Ouvrir {file}',
  'consultant.batch.changed-only': 'N\u2019afficher que les dossiers dont le résultat a changé',
  'consultant.batch.none-changed': 'Aucun résultat n\u2019a changé.',
  'consultant.batch.export': 'Exporter le tableau (CSV)',
  'consultant.batch.exported': 'Le tableau a été enregistré sous le nom {file}.',
};
