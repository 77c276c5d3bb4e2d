/** Les mots du mode consultant (français), chargés avec ses outils, jamais dans le parcours d'une personne. */
import type { ConsultantKey } from './consultant-en';

export const consultant: Record<ConsultantKey, string> = {
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
    'Cet essai a besoin d\u2019une réponse de plus pour donner un résultat\u00a0: {question}. Choisissez-la sous «\u00a0Réponse à changer\u00a0».',
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
  'consultant.batch.no-date': 'Aucune date',
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
