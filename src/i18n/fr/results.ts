/**
 * Les mots de la page de résultat (français), clé pour clé comme en anglais. Les termes sont ceux
 * de la LIPR, du RIPR et d’IRCC (shared/domain/glossary.md) ; aucun nombre légal n’est écrit ici.
 */
import type { results as en } from '../en/results';

export const results: Record<keyof typeof en, string> = {
  'results.summary.not-eligible': 'Une demande CH ne peut pas vous aider, pour la raison ci-dessous.',
  'results.summary.use-other-class':
    'La loi vous dirige d’abord vers une autre catégorie de résidence permanente. Ci-dessous : laquelle, pourquoi, et par où commencer.',
  'results.summary.barred-date':
    'La loi ne vous permet pas encore de présenter une demande CH. Vous pourrez la présenter à partir du {date}. Ne payez rien et n’envoyez rien pour l’instant.',
  'results.summary.barred-no-date':
    'La loi ne vous permet pas encore de présenter une demande CH, et aucune date ne peut être donnée. Ne payez rien et n’envoyez rien pour l’instant. D’abord :',
  'results.summary.can-apply.in-canada':
    'Vous pouvez présenter la demande au Canada. L’approbation n’est jamais automatique : un agent pèse tout ce que vous démontrez.',
  'results.summary.can-apply.outside-canada':
    'Hors du Canada, la demande accompagne une demande de visa de résident permanent. Un agent peut l’examiner ; l’approbation n’est jamais automatique.',
  'results.first.bar.pending-hc': 'votre autre demande CH doit être tranchée, ou vous devez la retirer',
  'results.first.bar.pending-refugee-claim':
    'votre demande d’asile doit d’abord être tranchée (lisez l’avertissement sur le retrait)',
  'results.first.bar.pending-prra': 'votre examen des risques avant renvoi (ERAR) doit être tranché',
  'results.first.bar.designated-foreign-national':
    'votre demande d’asile ou votre ERAR doit faire l’objet d’une décision définitive ; les {years} ans courent ensuite à partir de cette décision',
  'results.first.until': 'la période de « {rule} » doit prendre fin : elle se termine le {until}',
  'results.group.decisive': 'Ce qui décide de votre résultat',
  'results.group.warn': 'Avertissements',
  'results.group.suggest': 'Autres voies à vérifier',
  'results.group.inform': 'Bon à savoir',
  'results.sources': 'Sources :',
  'results.rule-id': 'Règle {id}',
  'results.next.title': 'Quoi faire ensuite',
  'results.ministerial-relief':
    'La dispense ministérielle, une demande distincte au ministre de la Sécurité publique, peut lever les motifs de sécurité et de criminalité organisée, et celui visant les hauts fonctionnaires de certains gouvernements. Elle ne lève jamais les crimes de guerre ni les sanctions.',

  'rule.exclude.citizen-or-pr.title': 'Vous êtes déjà citoyen ou résident permanent',
  'rule.exclude.citizen-or-pr.body':
    'La mesure CH ne vise que les étrangers : les personnes qui ne sont ni citoyens ni résidents permanents. Si vous avez perdu votre statut de résident permanent, changez votre réponse sur votre statut.',
  'rule.exclude.non-exemptible-inadmissibility.title': 'Une demande CH ne peut pas lever les motifs indiqués',
  'rule.exclude.non-exemptible-inadmissibility.body':
    'Aucune demande CH, au Canada ou de l’étranger, ne peut lever une interdiction de territoire pour raison de sécurité, atteinte aux droits humains ou internationaux, sanctions ou criminalité organisée.',
  'rule.warn.possible-non-exemptible-inadmissibility.title': 'Obtenez un avis juridique avant de présenter la demande',
  'rule.warn.possible-non-exemptible-inadmissibility.body':
    'Vous avez indiqué qu’une interdiction de territoire qu’une demande CH ne peut pas lever pourrait s’appliquer à vous, sans que personne l’ait encore décidé. Si un agent conclut qu’elle s’applique, votre demande ne peut pas être étudiée, et les frais payés ne sont pas remboursés.',
  'rule.redirect.protected-person.title': 'Demandez plutôt en tant que personne protégée',
  'rule.redirect.protected-person.body':
    'Vous avez déjà obtenu l’asile ou une décision favorable à l’ERAR. Vous demandez la résidence permanente en tant que personne protégée, sans demande CH. Commencez par la demande d’IRCC pour les personnes protégées, sur canada.ca.',
  'rule.redirect.spouse-in-canada-class.title':
    'Demandez d’abord dans la catégorie des époux ou conjoints de fait au Canada',
  'rule.redirect.spouse-in-canada-class.body':
    'Vous vivez au Canada avec un époux ou conjoint citoyen ou résident permanent qui peut vous parrainer. Cette catégorie passe avant la demande CH, et une politique d’intérêt public permet de l’utiliser même sans statut. Commencez par la demande de parrainage d’un époux ou conjoint d’IRCC, sur canada.ca.',
  'rule.redirect.permit-holder-class.title': 'Demandez d’abord dans la catégorie des titulaires de permis',
  'rule.redirect.permit-holder-class.body':
    'Vous êtes titulaire d’un permis de séjour temporaire depuis assez longtemps pour la catégorie des titulaires de permis. Elle passe avant la demande CH. Commencez par la demande d’IRCC pour les titulaires de permis, sur canada.ca.',
  'rule.bar.pending-hc.title': 'Vous avez déjà une demande CH en cours',
  'rule.bar.pending-hc.body':
    'Une seule demande CH peut être à l’étude à la fois, y compris celle faite dans une autre demande de résidence permanente. Attendez sa décision, ou retirez-la.',
  'rule.bar.pending-refugee-claim.title': 'Votre demande d’asile est encore en cours',
  'rule.bar.pending-refugee-claim.body':
    'Tant qu’une demande d’asile est devant la Section de la protection des réfugiés (SPR) ou la Section d’appel des réfugiés (SAR), vous ne pouvez pas présenter de demande CH. Elle doit d’abord être tranchée : ne la retirez pas sans avis.',
  'rule.bar.pending-prra.title': 'Votre examen des risques avant renvoi est en cours',
  'rule.bar.pending-prra.body':
    'Votre demande d’asile a été jugée irrecevable et votre examen des risques avant renvoi (ERAR) n’est pas encore tranché. Vous ne pouvez pas présenter de demande CH avant.',
  'rule.bar.twelve-month.title': 'L’interdiction de {months} mois après une décision sur l’asile',
  'rule.bar.twelve-month.body':
    'Pendant {months} mois après la dernière décision défavorable sur une demande d’asile (rejetée, ayant fait l’objet d’un désistement, ou retirée après l’audition d’éléments de preuve de fond), la loi interdit la demande CH. Ils courent à partir de la plus récente décision de la SPR, de la SAR ou de la Cour fédérale. Dans votre cas, ils prennent fin le {until} : vous pourrez présenter la demande à partir du {from}.',
  'rule.lift.twelve-month.title': 'L’attente de {months} mois pourrait ne pas s’appliquer à vous',
  'rule.lift.twelve-month.body':
    'Vous avez indiqué que le renvoi mettrait votre vie en danger faute de soins médicaux, ou nuirait à un enfant directement touché. Dans ce cas, l’attente pourrait ne pas s’appliquer, mais IRCC en décide sur vos preuves. Dites dans votre demande que vous invoquez cette exception. Si IRCC ne l’accepte pas, vous pourrez présenter la demande à partir du {from}. Les autres interdictions s’appliquent toujours.',
  'rule.bar.designated-foreign-national.title': 'L’interdiction de {years} ans pour les étrangers désignés',
  'rule.bar.designated-foreign-national.body':
    'Vous avez été avisé par écrit que vous êtes un étranger désigné. Pendant {years} ans après la décision définitive sur votre demande d’asile ou votre ERAR (sans l’une ni l’autre, après la désignation), vous ne pouvez pas présenter de demande CH. Dans votre cas, ils prennent fin le {until} : vous pourrez présenter la demande à partir du {from}.',
  'rule.bar.designated-foreign-national.body-pending':
    'Vous avez été avisé par écrit que vous êtes un étranger désigné. Vous ne pouvez pas présenter de demande CH tant que votre demande d’asile ou votre ERAR est en cours, ni pendant {years} ans après sa décision définitive.',
  'rule.bar.designated-foreign-national.other-routes':
    'Pendant ce temps, vous ne pouvez pas non plus demander la résidence permanente dans une autre catégorie, ni un permis de séjour temporaire.',
  'rule.suggest.family-sponsorship.title': 'Un proche pourrait vous parrainer',
  'rule.suggest.family-sponsorship.body':
    'Le parrainage familial peut être une voie plus sûre. Vérifiez-le d’abord ; il ne vous empêche pas de présenter une demande CH.',
  'rule.suggest.refugee-claim.title': 'Le risque relève d’une demande d’asile',
  'rule.suggest.refugee-claim.body':
    'La crainte de persécution, de torture ou d’un risque pour la vie se tranche dans une demande d’asile, pas dans une demande CH. Tant qu’une demande d’asile est en cours, aucune demande CH ne peut être étudiée, et un rejet impose une période d’attente. Après une entrée par voie terrestre depuis les États-Unis, une demande d’asile est souvent irrecevable. Consultez vite : des délais s’appliquent.',
  'rule.warn.refugee-claim-one-year.title': 'Une demande d’asile faite maintenant pourrait être irrecevable',
  'rule.warn.refugee-claim-one-year.body':
    'Une demande faite à partir du {claimsFrom} est irrecevable si la personne est entrée au Canada après le {entriesAfter} et demande plus de {months} mois après son entrée. C’est votre cas : un examen des risques avant renvoi pourrait être la seule voie pour le risque.',
  'rule.suggest.economic-program.title': 'Un programme économique pourrait vous convenir',
  'rule.suggest.economic-program.body':
    'Vérifiez Entrée express et le programme des candidats de votre province. Ce sont des suggestions, pas des interdictions.',
  'rule.suggest.economic-program.body-qc':
    'Au Québec, les travailleurs qualifiés sont sélectionnés par le PSTQ. Le PEQ a fermé le {peqClosed}. Sa réouverture à partir du {peqReopened} est annoncée, mais pas confirmée : vérifiez sur quebec.ca.',
  'rule.suggest.caregiver-program.title': 'Vérifiez les voies pour aides familiaux',
  'rule.suggest.caregiver-program.body':
    'Avec une expérience de gardien d’enfants en milieu familial ou d’aide familial, une voie pour aides familiaux pourrait vous convenir. Vérifiez lesquelles sont ouvertes.',
  'rule.suggest.temporary-resident-permit.title': 'Un permis de séjour temporaire pourrait aider',
  'rule.suggest.temporary-resident-permit.body':
    'Si vous êtes interdit de territoire, un permis de séjour temporaire peut vous permettre de rester pour une raison impérieuse, au lieu d’une demande CH ou en plus. Il est exceptionnel et ne peut pas être demandé pendant {months} mois après le rejet, le désistement ou le retrait d’une demande d’asile.',
  'rule.warn.costs-not-sufficient.title': 'Le coût du retour ne suffit pas à lui seul',
  'rule.warn.costs-not-sufficient.body':
    'Les coûts et inconvénients habituels d’un départ du Canada ne justifient pas à eux seuls une mesure CH. Nommez et prouvez toute autre difficulté que vous subiriez.',
  'rule.warn.risk-not-weighed.title': 'Le risque pour votre sécurité n’est pas pesé en tant que tel',
  'rule.warn.risk-not-weighed.body':
    'Dans une demande faite au Canada, l’agent ne pèse pas les risques propres à l’asile (persécution, torture, risque pour la vie). Les faits à l’origine de votre crainte peuvent compter comme difficultés : présentez-les ainsi, avec des preuves. Pour le risque lui-même, il y a la demande d’asile ou l’ERAR.',
  'rule.warn.no-stay-of-removal.title': 'Présenter la demande n’arrête pas votre renvoi',
  'rule.warn.no-stay-of-removal.body':
    'La demande ne retarde pas une mesure de renvoi ; seule une décision favorable à la première étape y sursoit. Si vous devez partir avant, IRCC continue de traiter la demande.',
  'rule.warn.authorization-to-return.title': 'Il vous faudra peut-être une autorisation de retour',
  'rule.warn.authorization-to-return.body':
    'Comme vous avez été renvoyé, vous ne pouvez présenter la demande que de l’étranger, avec une demande de visa de résident permanent. Pour revenir, il faut une autorisation de retour au Canada (ARC) écrite : toujours après une mesure d’expulsion, et pendant un certain temps après une mesure d’exclusion.',
  'rule.warn.withdrawal-consequences.title': 'Retirer une demande d’asile a des conséquences',
  'rule.warn.withdrawal-consequences.body':
    'Retirer votre demande d’asile est rarement dans votre intérêt. Dès que le retrait est constaté, la mesure de renvoi prend effet et vous pouvez être renvoyé. Pendant {months} mois, vous ne pouvez généralement pas demander d’examen des risques avant renvoi (ERAR) ni de permis de séjour temporaire. Une demande CH n’empêche pas le renvoi, et toute nouvelle demande d’asile sera irrecevable. Un retrait avant l’audition de la preuve évite seulement l’attente de {months} mois pour la demande CH. Ne retirez rien sans l’avis d’une avocate ou d’un avocat.',
  'rule.warn.explain-no-home-help.title': 'Expliquez pourquoi vous n’avez pas demandé d’aide dans votre pays',
  'rule.warn.explain-no-home-help.body':
    'Ce n’est pas une condition légale, mais les agents peuvent en tenir compte. Expliquez pourquoi vous n’avez pas demandé l’aide des autorités de votre pays, avec des preuves si possible.',
  'rule.warn.declare-family-members.title': 'Déclarez tous les membres de votre famille',
  'rule.warn.declare-family-members.body':
    'Indiquez votre époux ou conjoint de fait et tous vos enfants à charge, même ceux qui ne viendront pas avec vous. Un membre de la famille omis, ou qui n’est pas contrôlé, ne pourra jamais être parrainé plus tard comme membre de votre famille.',
  'rule.warn.family-member-pending-claim.title':
    'La demande d’asile d’un membre de votre famille est peut-être en cours',
  'rule.warn.family-member-pending-claim.body':
    'Un membre de la famille dont la demande d’asile est en cours ne peut pas être inclus dans cette demande avant qu’elle soit tranchée. Demandez conseil sur l’ordre des démarches avant de présenter la demande.',
  'rule.warn.professional-review.title': 'Faites vérifier ce résultat',
  'rule.warn.professional-review.body':
    'Vous avez répondu « je ne sais pas » ou « inconnu » au moins une fois : ce résultat dépend de faits que nous n’avons pas pu confirmer. Seuls un avocat, un notaire du Québec ou un consultant en immigration réglementé peuvent vous conseiller contre rémunération.',
  'rule.inform.quebec-selection.title': 'Le Québec doit vous sélectionner (CSQ)',
  'rule.inform.quebec-selection.body':
    'Si IRCC approuve votre demande à la première étape, il transmet votre dossier au ministère de l’Immigration, de la Francisation et de l’Intégration (MIFI). Le MIFI vous invite à son Programme des personnes sélectionnées pour considérations humanitaires et délivre un certificat de sélection du Québec (CSQ) si vous en remplissez les critères. Ne communiquez pas avec le MIFI avant. La résidence permanente ne vient qu’après le CSQ.',
  'rule.inform.quebec-selection.body-abroad':
    'Pour vous établir au Québec, il vous faut un certificat de sélection du Québec (CSQ) du MIFI avant la délivrance du visa de résident permanent, sauf dans la catégorie du regroupement familial.',
  'rule.inform.quebec-selection.wait':
    'L’attente est plus longue : au {date}, les dossiers destinés au Québec prenaient environ {quebec} mois, contre {elsewhere} ailleurs.',
  'rule.inform.quebec-support.title': 'Le soutien au Québec pendant l’attente',
  'rule.inform.quebec-support.body':
    'Vous avez peut-être lu que le logement, la francisation, l’aide juridique, l’aide de dernier recours et l’école sont offerts pendant l’attente. La plupart visent les demandeurs d’asile. Ce qui vaut pour vous :',
  'rule.inform.best-interests-of-child.title': 'L’intérêt supérieur de l’enfant pèse particulièrement',
  'rule.inform.best-interests-of-child.body':
    'L’agent doit tenir compte de l’intérêt supérieur de tout enfant directement touché : le vôtre ou non, au Canada ou à l’étranger. Dites clairement que vous l’invoquez, et fournissez des preuves.',
  'rule.inform.judicial-review.title': 'En cas de refus : contrôle judiciaire dans les {days} jours',
  'rule.inform.judicial-review.body':
    'Il n’y a pas d’appel. Vous pouvez demander à la Cour fédérale de contrôler un refus seulement avec son autorisation, signifiée et déposée dans les {days} jours suivant le moment où vous avez appris la décision. Un juge ne prolonge ce délai que pour des motifs valables. Cela n’arrête pas un renvoi : il faut un sursis distinct.',
  'rule.inform.judicial-review.body-abroad':
    'Si votre demande accompagne une demande dans une catégorie économique ou de réfugiés, il n’y a pas d’appel. Vous pouvez demander à la Cour fédérale de contrôler un refus seulement avec son autorisation, signifiée et déposée dans les {days} jours suivant le moment où vous avez appris la décision.',
  'rule.inform.sponsor-appeal.title': 'Avec un parrainage familial, votre répondant pourrait faire appel',
  'rule.inform.sponsor-appeal.body':
    'Si votre demande est jointe à un parrainage (regroupement familial), votre répondant peut faire appel du refus devant la Section d’appel de l’immigration (SAI) dans les {days} jours suivant sa réception. Le contrôle judiciaire n’est possible qu’une fois l’appel épuisé. Certains motifs, comme la grande criminalité, excluent l’appel.',
  'rule.inform.prra.title': 'Votre risque est examiné dans un ERAR',
  'rule.inform.prra.body':
    'Sous le coup d’une mesure de renvoi, vous ne pouvez pas demander l’asile. Votre risque est examiné dans un examen des risques avant renvoi (ERAR) que l’Agence des services frontaliers du Canada (ASFC) vous offre. Présentez la demande dans les {days} jours suivant son avis, pour ne pas être renvoyé avant la décision. Il n’y a généralement pas d’ERAR pendant {months} mois après le rejet, le désistement ou le retrait d’une demande d’asile.',
  'rule.inform.two-stage-process.title': 'Deux étapes au Canada',
  'rule.inform.two-stage-process.body':
    'Première étape : IRCC décide s’il accorde la dispense (approbation de principe). Une décision favorable sursoit au renvoi et permet de demander un permis de travail. Deuxième étape : examen médical, sécurité et autres contrôles d’admissibilité, puis résidence permanente.',

  'quebec.support.school':
    'L’école publique est gratuite pour les enfants qui vivent au Québec, quel que soit leur statut.',
  'quebec.support.praida':
    'Le PRAIDA (Montréal) sert les personnes qui régularisent leur statut, y compris les demandeurs CH.',
  'quebec.support.legal-aid':
    'L’aide juridique peut couvrir un dossier CH si votre revenu est faible : renseignez-vous auprès de la Commission des services juridiques.',
  'quebec.support.last-resort':
    'L’aide financière de dernier recours vise surtout les demandeurs d’asile ; un demandeur CH n’y a droit que dans des cas étroits, par exemple s’il détient un CSQ.',
  'quebec.support.francization': 'Francisation : vérifiez votre admissibilité auprès de Francisation Québec.',

  'next.no-hc-needed.title': 'Vous n’avez pas besoin de demande CH',
  'next.no-hc-needed.body':
    'Vous avez déjà le statut qu’une demande CH donnerait. En cas de doute, vérifiez auprès d’IRCC.',
  'next.ask-about-ministerial-relief.title': 'Consultez un avocat au sujet de la dispense ministérielle',
  'next.ask-about-ministerial-relief.body':
    'C’est une demande distincte au ministre de la Sécurité publique, et elle ne couvre que certains de ces motifs.',
  'next.apply-protected-person-class.title': 'Demandez la résidence permanente en tant que personne protégée',
  'next.apply-protected-person-class.body':
    'Utilisez la demande d’IRCC pour les personnes protégées. Aucune demande CH n’est nécessaire.',
  'next.apply-spouse-in-canada-class.title': 'Demandez dans la catégorie des époux ou conjoints de fait au Canada',
  'next.apply-spouse-in-canada-class.body':
    'Votre époux ou conjoint vous parraine, et vous demandez ensemble la résidence permanente depuis le Canada.',
  'next.apply-permit-holder-class.title': 'Demandez dans la catégorie des titulaires de permis',
  'next.apply-permit-holder-class.body':
    'Demandez la résidence permanente en tant que titulaire d’un permis de séjour temporaire, depuis le Canada.',
  'next.wait-for-pending-decision.title': 'Attendez que plus rien ne vous en empêche',
  'next.wait-for-pending-decision.body':
    'Ne présentez aucune demande CH avant la fin de ce qui est indiqué plus haut ; IRCC ne l’examinerait pas. Utilisez ensuite cet outil de nouveau.',
  'next.wait-until-earliest-date.title': 'Attendez le {date}',
  'next.wait-until-earliest-date.body':
    'IRCC ne peut pas examiner une demande présentée avant le {date}. Profitez-en pour réunir vos preuves.',
  'next.consider-refugee-claim.title': 'Envisagez d’abord une demande d’asile',
  'next.consider-refugee-claim.body':
    'Si vous craignez pour votre sécurité en cas de retour, demandez dès maintenant à un avocat s’il faut demander l’asile. Les délais sont stricts.',
  'next.respond-to-prra-notice.title': 'Répondez à temps à un avis d’ERAR',
  'next.respond-to-prra-notice.body':
    'Quand l’ASFC vous remet l’avis d’ERAR, présentez la demande dans les {days} jours. Faites-vous aider dès maintenant par une avocate ou un avocat.',
  'next.check-other-programs.title': 'Vérifiez les autres voies',
  'next.check-other-programs.body':
    'Examinez les voies suggérées plus haut avant de payer une demande CH : l’une peut être plus rapide ou plus sûre.',
  'next.gather-evidence.title': 'Réunissez vos preuves',
  'next.gather-evidence.body':
    'L’agent décide à partir de ce que vous envoyez et peut ne rien vous demander de plus. Réunissez les documents énumérés plus bas.',
  'next.explain-no-home-help.title': 'Expliquez pourquoi vous n’avez pas demandé d’aide dans votre pays',
  'next.explain-no-home-help.body': 'Écrivez-le dans vos mots, avec toute preuve à l’appui.',
  'next.choose-pr-class.title': 'Choisissez la catégorie de visa de résident permanent',
  'next.choose-pr-class.body':
    'Joignez votre demande CH à une demande dans la catégorie familiale, économique ou des réfugiés (voir plus bas).',
  'next.request-authorization-to-return.title': 'Demandez une autorisation de retour',
  'next.request-authorization-to-return.body':
    'Si votre mesure de renvoi l’exige, demandez une autorisation de retour au Canada (ARC) écrite avec votre demande.',
  'next.complete-forms.title': 'Remplissez les formulaires',
  'next.complete-forms.body':
    'Suivez le Guide 5291 d’IRCC et remplissez les formulaires énumérés plus bas pour vous et chaque membre de la famille inclus.',
  'next.pay-fees.title': 'Payez les frais',
  'next.pay-fees.body':
    'Payez en ligne en présentant la demande : elle n’est pas examinée avant le paiement des frais de traitement.',
  'next.submit-online.title': 'Présentez la demande par le portail de RP',
  'next.submit-online.body':
    'Envoyez tout par le Portail de résidence permanente d’IRCC. Le papier n’est qu’une mesure d’adaptation si vous ne pouvez pas présenter la demande en ligne.',
  'next.keep-status-and-plan-departure.title': 'Gardez votre statut et préparez-vous au renvoi',
  'next.keep-status-and-plan-departure.body':
    'Votre demande n’arrête pas le renvoi. Gardez tout statut valide, suivez les instructions de l’Agence des services frontaliers du Canada et demandez à un avocat si la Cour fédérale pourrait surseoir à votre renvoi.',
  'next.prepare-for-quebec-selection.title': 'Préparez-vous à la sélection du Québec',
  'next.prepare-for-quebec-selection.body':
    'Gardez prêtes les preuves de votre intégration au Québec (français, travail, liens familiaux et sociaux) pour le moment où le MIFI vous écrira.',
  'next.prepare-for-quebec-selection.body-abroad':
    'Par la voie économique, obtenez d’abord votre CSQ auprès du MIFI, puis présentez la demande à IRCC. Vérifiez ce que le Québec exige sur quebec.ca.',
  'next.get-professional-advice.title': 'Obtenez un avis professionnel',
  'next.get-professional-advice.body':
    'Faites vérifier votre situation avant d’agir. Voyez « Obtenir l’aide d’un professionnel » plus bas.',

  'apply.title': 'Comment présenter la demande au Canada',
  'apply.barred-note': 'Pour le moment où vous pourrez la présenter. Les frais pourraient changer d’ici là.',
  'forms.title': 'Formulaires',
  'forms.intro': 'Le Guide 5291 d’IRCC explique chaque formulaire :',
  'forms.imm0008': 'IMM 0008, Formulaire de demande générique pour le Canada',
  'forms.imm0008dep':
    'IMM 0008DEP, Personnes à charge additionnelles/Déclaration, si vous incluez d’autres personnes à charge',
  'forms.imm5669': 'IMM 5669, Annexe A – Antécédents/Déclaration',
  'forms.imm5406': 'IMM 5406, Renseignements additionnels sur la famille',
  'forms.imm5283':
    'IMM 5283, Renseignements supplémentaires – Considérations d’ordre humanitaire (un membre de la famille ne le remplit que si ses motifs diffèrent)',
  'forms.imm5280': 'IMM 5280, Liste de contrôle des documents',
  'forms.imm5476': 'IMM 5476, Recours aux services d’un représentant, si quelqu’un vous représente',
  'forms.imm5475':
    'IMM 5475, Autorisation de transmettre des renseignements personnels à une personne désignée, si vous en nommez une',

  'fees.title': 'Frais',
  'fees.caption': 'Frais en vigueur depuis le {date}',
  'fees.col.item': 'Frais',
  'fees.col.unit': 'Par personne',
  'fees.col.count': 'Personnes',
  'fees.col.amount': 'Montant',
  'fees.processing.principal': 'Frais de traitement, demandeur principal',
  'fees.processing.spouse': 'Frais de traitement, époux ou conjoint',
  'fees.processing.dependent-child': 'Frais de traitement, enfant à charge',
  'fees.right-of-pr.principal': 'Frais relatifs au droit de résidence permanente, demandeur principal',
  'fees.right-of-pr.spouse': 'Frais relatifs au droit de résidence permanente, époux ou conjoint',
  'fees.biometrics': 'Données biométriques (hors total)',
  'fees.total': 'Total, sans les données biométriques',
  'fees.biometrics-note':
    'Données biométriques : {unit} par personne, au plus {max} pour une famille qui présente sa demande ensemble, à payer en présentant la demande. Les personnes de moins de {youngest} ans ou de plus de {oldest} ans n’en fournissent pas.',
  'fees.biometrics-exempt': 'Personnes exemptées dans votre demande : {exempt} sur {people}.',
  'fees.family-pending':
    'Ces frais comptent tous les membres de la famille indiqués. Un membre de la famille dont la demande d’asile est en cours ne peut pas faire partie de cette demande avant qu’elle soit tranchée.',
  'fees.right-of-pr-note':
    'Les frais relatifs au droit de résidence permanente peuvent être payés plus tard, à la deuxième étape, et sont remboursés si vous ne devenez pas résident permanent.',
  'fees.unverified':
    'Ces montants ne sont pas tous confirmés. Lisez les frais sur la liste d’IRCC avant de payer : si vous payez trop peu, votre demande vous est renvoyée.',
  'fees.unknown': 'Les frais de traitement ont changé le {date}, et leurs nouveaux montants ne sont pas connus ici.',
  'fees.not-confirmed': 'Non confirmé',
  'fees.unknown-item': 'Non confirmé. Dernier montant confirmé : {amount}.',
  'fees.abroad':
    'Hors du Canada, vous payez les frais de la catégorie de visa de résident permanent à laquelle votre demande est jointe.',

  'abroad.title': 'Comment présenter la demande hors du Canada',
  'abroad.intro':
    'Il n’existe pas de demande CH autonome depuis l’étranger. Joignez votre demande à une demande de visa de résident permanent dans l’une de ces catégories :',
  'abroad.family': 'le regroupement familial, si un proche citoyen ou résident permanent vous parraine',
  'abroad.economic': 'une catégorie économique, comme Entrée express ou un programme des candidats des provinces',
  'abroad.refugee':
    'la catégorie des réfugiés au sens de la Convention outre-frontières ou de personnes de pays d’accueil (réinstallation), qui exige normalement une recommandation (par exemple du HCR) ou un répondant',
  'abroad.yours': 'D’après vos réponses, regardez d’abord celle-ci.',
  'abroad.how':
    'L’agent vérifie d’abord les exigences de la catégorie et pèse vos motifs CH pour celles que vous ne remplissez pas. La mesure CH peut lever toute exigence, sauf les interdictions de territoire qu’elle ne peut surmonter, mais pas les instructions ministérielles comme les plafonds.',

  'evidence.title': 'Preuves à réunir',
  'evidence.intro':
    'L’agent décide à partir de ce que vous envoyez. Pour chaque difficulté indiquée, les agents cherchent :',
  'evidence.translations':
    'Les documents qui ne sont ni en français ni en anglais doivent être traduits, comme l’explique le guide d’IRCC.',
  'evidence.children.title': 'Enfants directement touchés',
  'evidence.children.school': 'dossiers scolaires et bulletins',
  'evidence.children.medical': 'dossiers médicaux, rapports de professionnels de la santé ou des services sociaux',
  'evidence.children.letters': 'lettres sur l’effet de la décision sur chaque enfant',
  'evidence.establishment.title': 'Votre vie au Canada',
  'evidence.establishment.work': 'preuves de travail : lettres d’employeurs, talons de paie, déclarations de revenus',
  'evidence.establishment.money': 'preuves de bonne gestion : bail, relevés bancaires, factures payées',
  'evidence.establishment.community': 'engagement communautaire et bénévolat : lettres d’organismes',
  'evidence.establishment.studies': 'études, linguistiques ou autres : attestations, relevés de notes',
  'evidence.establishment.time': 'preuves de la durée de votre séjour et d’un dossier sans reproche',
  'evidence.health-care.title': 'Santé',
  'evidence.health-care.reports': 'rapports médicaux : diagnostic, traitement et effet d’un arrêt',
  'evidence.health-care.abroad':
    'preuves que les soins nécessaires ne sont pas offerts ou pas accessibles dans votre pays',
  'evidence.family-violence.title': 'Violence familiale',
  'evidence.family-violence.police': 'rapports de police, ordonnances de la cour ou de protection',
  'evidence.family-violence.shelter': 'dossiers de maison d’hébergement, lettres d’intervenants ou d’organismes d’aide',
  'evidence.family-violence.medical': 'dossiers médicaux des blessures',
  'evidence.country-conditions.title': 'La situation dans votre pays',
  'evidence.country-conditions.reports':
    'rapports récents sur le pays, de sources fiables (gouvernements, ONU, organismes de défense des droits)',
  'evidence.country-conditions.personal': 'preuves de l’effet de cette situation sur vous',
  'evidence.safety.title': 'Votre sécurité',
  'evidence.safety.facts': 'les faits à l’origine de votre crainte, présentés comme difficultés, avec documents',
  'evidence.safety.reports': 'rapports sur le pays au sujet des personnes dans votre situation',
  'evidence.discrimination.title': 'Discrimination',
  'evidence.discrimination.reports': 'rapports sur le traitement des personnes comme vous dans le pays',
  'evidence.discrimination.personal': 'preuves de ce que vous ou votre famille avez vécu',
  'evidence.family-separation.title': 'Séparation de la famille',
  'evidence.family-separation.ties': 'preuves des liens : actes de naissance et de mariage',
  'evidence.family-separation.dependence':
    'preuves de la dépendance de votre famille envers vous, ou de vous envers elle',
  'evidence.costs-of-return.title': 'Le coût du retour',
  'evidence.costs-of-return.note': 'insuffisant à lui seul : prouvez aussi vos autres difficultés',
  'evidence.other.title': 'Autres circonstances',
  'evidence.other.proof': 'documents qui prouvent chaque fait invoqué',
  'evidence.home-help.title': 'L’aide des autorités de votre pays',
  'evidence.home-help.sought-with-proof': 'copies de vos demandes d’aide et des réponses reçues',
  'evidence.home-help.sought-no-proof':
    'un récit écrit : à qui vous vous êtes adressé, quand et avec quel résultat, avec tout ce qui l’appuie',
  'evidence.home-help.not-sought':
    'une explication écrite de la raison pour laquelle vous ne l’avez pas demandée, avec des preuves si possible (par exemple, des rapports montrant que les autorités ne protègent pas les personnes comme vous)',

  'myth.title': 'Ce que vous avez peut-être lu ailleurs',
  'myth.other-program':
    'Vous avez peut-être lu qu’être admissible à un autre programme empêche de présenter la demande. Seules ces catégories au Canada passent avant : époux ou conjoints de fait au Canada, titulaires de permis et personnes protégées. Les autres programmes sont des suggestions, pas des interdictions.',
  'myth.designated':
    'Vous avez peut-être lu qu’entrer illégalement au Canada fait de vous un étranger désigné. C’est faux : la désignation est une décision formelle du ministre de la Sécurité publique, communiquée par écrit.',
  'myth.removed':
    'Vous avez peut-être lu que les personnes renvoyées ou expulsées peuvent présenter la demande. Seulement de l’étranger, avec une demande de visa de résident permanent, et souvent avec une autorisation de retour.',
  'myth.safety':
    'Vous avez peut-être lu que la demande doit être vitale pour votre sécurité. Le critère est de savoir si des considérations d’ordre humanitaire justifient une exception, tout étant pesé ensemble ; le risque propre à l’asile n’est pas pesé au Canada.',
  'myth.abroad-conditions':
    'Vous avez peut-être lu que, de l’étranger, il faut remplir la plupart des conditions d’un programme. Aucune règle ne le prévoit : la mesure CH peut lever toute exigence, sauf les interdictions de territoire qu’elle ne peut surmonter.',
  'myth.thirty-days':
    'Vous avez peut-être lu qu’il faut quitter le Canada dans les {days} jours d’un refus. Aucune règle ne le prévoit : ces {days} jours visent les mesures d’interdiction de séjour.',

  'refusal.title': 'Si votre demande est refusée',
  'refusal.intro': 'Ce qui s’applique dépend de votre situation :',
  'refusal.status':
    'Avec un statut temporaire valide, un refus ne vous oblige pas à lui seul à partir tant que ce statut dure.',
  'refusal.no-status':
    'Sans statut et sans mesure de renvoi, IRCC vous demande de partir et peut aviser l’Agence des services frontaliers du Canada (ASFC).',
  'refusal.removal-order':
    'Avec une mesure de renvoi exécutoire, vous devez partir immédiatement ou à la date fixée par l’ASFC.',
  'refusal.departure-order':
    'Une mesure d’interdiction de séjour vous donne {days} jours après qu’elle devient exécutoire pour partir et faire confirmer votre départ par l’ASFC ; sinon, elle devient une mesure d’expulsion.',
  'refusal.options':
    'Autres options : un permis de séjour temporaire dans certains cas, ou une nouvelle demande CH quand plus rien n’est en cours.',

  'help.title': 'Obtenir l’aide d’un professionnel',
  'help.practice': 'Ce site est offert par {name}. Pour faire examiner votre situation :',
  'help.phone': 'Téléphone : {phone}',
  'help.email': 'Courriel : {email}',
  'help.booking': 'Prendre rendez-vous avec {name}',
  'help.public':
    'Seuls un avocat, un notaire du Québec ou un consultant en immigration réglementé peuvent vous conseiller contre rémunération. Pour en trouver un, ou de l’aide gratuite :',
  'help.public.consultants':
    'le registre public du Collège des consultants en immigration et en citoyenneté (college-ic.ca), pour vérifier le permis d’un consultant',
  'help.public.law-society':
    'l’ordre professionnel des avocats de votre province (au Québec, le Barreau du Québec ou la Chambre des notaires du Québec)',
  'help.public.legal-aid':
    'l’aide juridique de votre province, si votre revenu est faible (au Québec, la Commission des services juridiques)',

  'about.title': 'À propos de ce résultat',
  'about.not-advice':
    'Ceci est de l’information, pas un avis juridique. L’outil applique la loi à vos réponses ; il ne peut pas dire si un agent approuverait votre demande.',
  'about.checked': 'Règles et sources vérifiées pour la dernière fois le {date}.',
  'about.fees-checked': 'Frais vérifiés pour la dernière fois le {date}.',
  'about.as-of': 'Résultat établi pour le {date}, version des règles {version}.',
};
