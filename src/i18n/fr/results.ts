/**
 * Les mots de la page de résultat (français), clé pour clé comme en anglais. Les termes sont ceux
 * de la LIPR, du RIPR et d’IRCC (shared/domain/glossary.md) ; aucun nombre légal n’est écrit ici.
 */
import type { results as en } from '../en/results';

export const results: Record<keyof typeof en, string> = {
  'results.summary.not-eligible': 'Une demande CH ne peut pas vous aider, pour la raison ci-dessous.',
  'results.summary.use-other-class':
    'IRCC vous demande d’utiliser d’abord une autre catégorie de résidence permanente. Ci-dessous\u00a0: laquelle, pourquoi, et par où commencer.',
  'results.summary.barred-no-date':
    'La loi ne vous permet pas encore de présenter une demande CH, et aucune date ne peut être donnée. Ne payez rien et n’envoyez rien pour l’instant. D’abord\u00a0:',
  'results.summary.lift':
    'Votre demande invoque une exception à l’attente de {months} mois, et IRCC décide si elle s’applique. Si IRCC ne l’accepte pas, vous pourrez présenter la demande à partir du {from}.',
  'results.summary.can-apply.in-canada':
    'Vous pouvez présenter la demande au Canada. L’approbation n’est jamais automatique\u00a0: IRCC apprécie tout ce que vous démontrez.',
  'results.summary.can-apply.outside-canada':
    'Hors du Canada, la demande accompagne une demande de visa de résident permanent. Un agent peut l’examiner; l’approbation n’est jamais automatique.',
  'results.first.bar.pending-hc': 'votre autre demande CH doit être tranchée, ou vous devez la retirer',
  'results.first.bar.pending-refugee-claim':
    'votre demande d’asile doit d’abord être tranchée (lisez l’avertissement sur le retrait)',
  'results.first.bar.pending-prra': 'votre examen des risques avant renvoi (ERAR) doit être tranché',
  'results.first.bar.designated-foreign-national':
    'votre demande d’asile ou votre ERAR doit faire l’objet d’une décision définitive; les {years} ans courent ensuite à partir de cette décision',
  'results.first.until.bar.twelve-month':
    'vous ne pouvez pas présenter la demande avant le {from}, en raison du délai d’attente de {months} mois',
  'results.first.until.bar.designated-foreign-national':
    'vous ne pouvez pas présenter la demande avant le {from}, en raison du délai d’attente de {years} ans des étrangers désignés',
  'results.group.decisive': 'Ce qui décide de votre résultat',
  'results.group.warn': 'Avertissements',
  'results.group.suggest': 'Autres voies à vérifier',
  'results.group.inform': 'Bon à savoir',
  'results.sources': 'Sources\u00a0:',
  'results.rule-id': 'Règle {id}',
  'results.next.title': 'Prochaines étapes',
  'results.contents': 'Sommaire',
  'results.reasons': 'Pourquoi ce résultat',
  'results.key-date.earliest': 'Date la plus proche pour présenter la demande\u00a0: {date}',
  'results.key-date.lift':
    'Si l’exception n’est pas acceptée, date la plus proche pour présenter la demande\u00a0: {from}',
  'results.summary.barred-dated':
    'La loi ne vous permet pas encore de présenter une demande CH. Ne payez rien et n’envoyez rien pour l’instant.',
  'results.summary.quebec':
    'Ensuite, le Québec doit vous sélectionner (CSQ), et c’est plus long\u00a0: environ {quebec}\u00a0mois contre {elsewhere} ailleurs, selon les chiffres du {date}.',
  'results.summary.quebec-undated': 'Ensuite, le Québec doit vous sélectionner (CSQ), et c’est plus long.',
  'results.ministerial-relief':
    'La dispense ministérielle est une demande spéciale au ministre de la Sécurité publique. Elle peut lever les motifs de sécurité et de criminalité organisée, et celui qui vise les personnes qui ont occupé un poste de haut rang dans certains gouvernements. Elle ne lève jamais les crimes de guerre, les crimes contre l’humanité, le trafic d’organes ni les sanctions; l’interdiction liée aux sanctions prend fin avec la sanction.',
  'results.redirect.removal':
    'Une mesure de renvoi est peut-être en vigueur contre vous. Une demande dans cette catégorie n’arrête pas à elle seule le renvoi\u00a0: consultez dès maintenant une avocate ou un avocat.',
  'results.redirect.removal-if':
    'Si une mesure de renvoi vous vise, une demande dans cette catégorie n’arrête pas à elle seule le renvoi\u00a0: consultez dès maintenant une avocate ou un avocat.',
  'results.redirect.dfn':
    'Si vous avez reçu un avis écrit de désignation (étranger désigné), vous ne pourrez peut-être pas demander dans cette catégorie pendant {years} ans\u00a0: demandez d’abord conseil.',

  'rule.exclude.citizen-or-pr.title': 'Vous avez déjà la citoyenneté canadienne ou la résidence permanente',
  'rule.exclude.citizen-or-pr.body':
    'Une demande CH ne vise que les étrangers\u00a0: les personnes qui n’ont ni la citoyenneté canadienne ni la résidence permanente. La résidence permanente ne prend fin que par une décision définitive, une mesure de renvoi qui prend effet ou une renonciation; une carte expirée ou une longue absence n’y met pas fin. Si vous risquez de ne pas respecter l’obligation de résidence (le temps à passer au Canada), les motifs d’ordre humanitaire se font valoir dans cette décision ou en appel\u00a0: demandez conseil.',
  'rule.exclude.non-exemptible-inadmissibility.title': 'Une demande CH ne peut pas lever les motifs indiqués',
  'rule.exclude.non-exemptible-inadmissibility.body':
    'Aucune demande CH, au Canada ou de l’étranger, ne peut lever ces motifs d’interdiction de territoire. Il s’agit de la sécurité, des atteintes aux droits humains ou internationaux, des sanctions et de la criminalité organisée.',
  'rule.warn.possible-non-exemptible-inadmissibility.title': 'Obtenez un avis juridique avant de présenter la demande',
  'rule.warn.possible-non-exemptible-inadmissibility.body':
    'Vous avez indiqué qu’une interdiction de territoire qu’une demande CH ne peut pas lever pourrait s’appliquer à vous, sans que personne l’ait encore décidé. Si IRCC conclut qu’elle s’applique, votre demande ne peut pas être étudiée, et les frais payés ne sont pas remboursés.',
  'rule.redirect.protected-person.title': 'Demandez plutôt en tant que personne protégée',
  'rule.redirect.protected-person.body':
    'Vous avez déjà obtenu l’asile ou une décision favorable à l’ERAR. En général, vous demandez la résidence permanente en tant que personne protégée, sans demande CH. Commencez par la demande d’IRCC pour les personnes protégées, sur canada.ca. Faites d’abord vérifier votre dossier si une interdiction de territoire pourrait s’appliquer à vous (grande criminalité, par exemple) ou si votre ERAR favorable a seulement suspendu votre renvoi. Une demande CH pourrait alors être nécessaire.',
  'rule.redirect.spouse-in-canada-class.title':
    'Demandez d’abord dans la catégorie des époux ou conjoints de fait au Canada',
  'rule.redirect.spouse-in-canada-class.body':
    'Vous avez indiqué vivre au Canada avec votre époux ou conjoint de fait, qui a la citoyenneté canadienne ou la résidence permanente et peut vous parrainer. IRCC vous demande d’utiliser cette catégorie avant la demande CH. Une politique d’intérêt public permet d’y présenter une demande sans statut, mais elle n’efface pas la criminalité ni les autres interdictions de territoire. La personne qui vous parraine doit remplir les conditions du parrainage, et la demande n’arrête pas à elle seule un renvoi. Commencez par la demande d’IRCC de parrainage d’un époux ou conjoint de fait (catégorie des époux ou conjoints de fait au Canada), sur canada.ca.',
  'rule.redirect.permit-holder-class.title': 'Demandez d’abord dans la catégorie des titulaires de permis',
  'rule.redirect.permit-holder-class.body':
    'Vous êtes titulaire d’un permis de séjour temporaire depuis assez longtemps pour la catégorie des titulaires de permis. Elle passe avant la demande CH. Commencez par la demande d’IRCC pour les titulaires de permis, sur canada.ca.',
  'rule.bar.pending-hc.title': 'Vous avez déjà une demande CH en cours',
  'rule.bar.pending-hc.body':
    'Une seule demande CH peut être à l’étude à la fois, y compris celle faite dans une autre demande de résidence permanente. Attendez sa décision, ou retirez-la.',
  'rule.bar.pending-refugee-claim.title': 'Votre demande d’asile est encore en cours',
  'rule.bar.pending-refugee-claim.body':
    'Tant qu’une demande d’asile est devant la Section de la protection des réfugiés (SPR) ou la Section d’appel des réfugiés (SAR), vous ne pouvez pas présenter de demande CH. Elle doit d’abord être tranchée\u00a0: ne la retirez pas sans avis.',
  'rule.bar.pending-refugee-claim.body-redirect':
    'Votre demande d’asile en cours n’empêche pas une demande dans cette catégorie. Ne la retirez pas sans l’avis d’une avocate ou d’un avocat.',
  'rule.bar.pending-prra.title': 'Votre examen des risques avant renvoi est en cours',
  'rule.bar.pending-prra.body':
    'Votre demande d’asile a été jugée irrecevable et votre examen des risques avant renvoi (ERAR) n’est pas encore tranché. Vous ne pouvez pas présenter de demande CH avant.',
  'rule.bar.twelve-month.title':
    'Le délai d’attente de {months} mois après une décision défavorable sur votre demande d’asile',
  'rule.bar.twelve-month.body':
    'Pendant {months} mois après la dernière décision défavorable sur une demande d’asile (rejetée, ayant fait l’objet d’un désistement, ou retirée après l’audition d’éléments de preuve testimoniale de fond), la loi interdit la demande CH. Ces mois courent à partir de la plus récente décision de la SPR, de la SAR ou de la Cour fédérale. Dans votre cas, ils prennent fin le {until}\u00a0: vous pourrez présenter la demande à partir du {from}.',
  'rule.bar.twelve-month.removal':
    'Pendant cette attente, votre mesure de renvoi est probablement en vigueur, et votre renvoi peut avoir lieu avant le {from}. Vous ne pouvez généralement pas non plus demander d’examen des risques avant renvoi (ERAR) ni de permis de séjour temporaire. Consultez dès maintenant une avocate ou un avocat. Si le renvoi devait nuire à un enfant ou mettre votre vie en danger faute de soins médicaux, renseignez-vous sur l’exception à cette attente.',
  'rule.lift.twelve-month.title': 'L’attente de {months} mois pourrait ne pas s’appliquer à vous',
  'rule.lift.twelve-month.life':
    'Vous avez indiqué que le renvoi mettrait votre vie en danger, parce qu’aucun pays dont vous avez la citoyenneté (ou, sans citoyenneté, où vous viviez) ne peut vous offrir des soins médicaux adéquats.',
  'rule.lift.twelve-month.child':
    'Vous avez indiqué qu’un refus nuirait à un enfant directement touché. L’exception demande si le renvoi nuirait à l’intérêt supérieur de cet enfant.',
  'rule.lift.twelve-month.body':
    'L’attente de {months} mois pourrait alors ne pas s’appliquer à vous, mais IRCC en décide sur vos preuves. Dites dans votre demande que vous invoquez cette exception, et prouvez-la. Si IRCC ne l’accepte pas, vous pourrez présenter la demande à partir du {from}. Les autres restrictions s’appliquent toujours.',
  'rule.lift.twelve-month.removal':
    'Invoquer l’exception n’arrête pas le renvoi\u00a0: votre mesure de renvoi est probablement en vigueur. Consultez dès maintenant une avocate ou un avocat.',
  'rule.bar.designated-foreign-national.title': 'Le délai d’attente de {years} ans des étrangers désignés',
  'rule.bar.designated-foreign-national.body':
    'Vous avez reçu un avis écrit faisant de vous un «\u00a0étranger désigné\u00a0» au sens de la loi. Pendant {years} ans après la décision définitive sur votre demande d’asile ou votre ERAR (sans l’une ni l’autre, après la désignation), vous ne pouvez pas présenter de demande CH. Dans votre cas, ils prennent fin le {until}\u00a0: vous pourrez présenter la demande à partir du {from}.',
  'rule.bar.designated-foreign-national.body-pending':
    'Vous avez reçu un avis écrit faisant de vous un «\u00a0étranger désigné\u00a0» au sens de la loi. Vous ne pouvez pas présenter de demande CH tant que votre demande d’asile ou votre ERAR est en cours, ni pendant {years} ans après sa décision définitive.',
  'rule.bar.designated-foreign-national.other-routes':
    'Pendant ce temps, vous ne pouvez pas non plus demander la résidence permanente dans une autre catégorie, ni un permis de séjour temporaire.',
  'rule.suggest.family-sponsorship.title': 'Un proche pourrait vous parrainer',
  'rule.suggest.family-sponsorship.body':
    'Le parrainage familial peut être une voie plus sûre. Vérifiez-le d’abord; il ne vous empêche pas de présenter une demande CH.',
  'rule.suggest.refugee-claim.title': 'Le risque relève d’une demande d’asile',
  'rule.suggest.refugee-claim.body':
    'La crainte de persécution, de torture ou d’un risque pour la vie se tranche dans une demande d’asile, pas dans une demande CH. Tant qu’une demande d’asile est en cours, aucune demande CH ne peut être étudiée, et un rejet impose une attente de {months} mois. Après une entrée par voie terrestre depuis les États-Unis, une demande d’asile est souvent irrecevable. Une demande jugée irrecevable met votre mesure de renvoi en vigueur, et un ERAR présenté ensuite empêche l’étude de toute demande CH. Consultez vite\u00a0: des délais s’appliquent.',
  'rule.warn.refugee-claim-one-year.title': 'Une demande d’asile faite maintenant pourrait être irrecevable',
  'rule.warn.refugee-claim-one-year.body':
    'Une demande faite à partir du {claimsFrom} est irrecevable si la personne est entrée au Canada après le {entriesAfter} et demande plus de {months} mois après son entrée. C’est votre cas\u00a0: un examen des risques avant renvoi pourrait être la seule voie pour le risque.',
  'rule.suggest.economic-program.title': 'Un programme économique pourrait vous convenir',
  'rule.suggest.economic-program.body':
    'Vérifiez Entrée express et le programme des candidats de votre province. Ce sont des suggestions\u00a0: elles ne vous empêchent pas de présenter une demande CH.',
  'rule.suggest.economic-program.body-qc':
    'Au Québec, c’est le Québec qui sélectionne la main-d’œuvre qualifiée, par son Programme de sélection des travailleurs qualifiés (PSTQ), et un CSQ est nécessaire. Les catégories fédérales des travailleurs qualifiés et de l’expérience canadienne (Entrée express) visent les personnes qui veulent vivre hors du Québec, et le Québec n’a pas de programme des candidats.',
  'rule.suggest.economic-program.peq':
    'Le PEQ (Programme de l’expérience québécoise) a fermé le {peqClosed}, avec une réouverture à partir du {peqReopened}\u00a0: vérifiez ses conditions sur quebec.ca.',
  'rule.suggest.economic-program.peq-unconfirmed':
    'Le PEQ (Programme de l’expérience québécoise) a fermé le {peqClosed}, et une réouverture temporaire à partir du {peqReopened} a été annoncée. Ces dates sont annoncées, mais pas confirmées\u00a0: vérifiez sur quebec.ca.',
  'rule.suggest.caregiver-program.title': 'Vérifiez les voies pour aides familiaux',
  'rule.suggest.caregiver-program.body':
    'Avec une expérience de gardien d’enfants en milieu familial ou d’aide familial, une voie pour aides familiaux pourrait vous convenir. Vérifiez lesquelles sont ouvertes.',
  'rule.suggest.temporary-resident-permit.title': 'Un permis de séjour temporaire pourrait aider',
  'rule.suggest.temporary-resident-permit.body':
    'Si une interdiction de territoire s’applique à vous, un permis de séjour temporaire peut vous permettre de rester pour une raison impérieuse, au lieu d’une demande CH ou en plus. Il est exceptionnel et ne peut pas être demandé pendant {months} mois après le rejet, le désistement ou le retrait d’une demande d’asile.',
  'rule.suggest.temporary-resident-permit.withdrawn':
    'Vous avez retiré votre demande d’asile\u00a0: aucun permis ne peut être demandé dans les {months} mois suivant le retrait.',
  'rule.warn.costs-not-sufficient.title': 'Le coût du retour ne suffit pas à lui seul',
  'rule.warn.costs-not-sufficient.body':
    'Les coûts et inconvénients habituels d’un départ du Canada ne suffisent pas, à eux seuls, à justifier une dispense pour considérations d’ordre humanitaire. Nommez et prouvez toute autre difficulté que vous subiriez.',
  'rule.warn.risk-not-weighed.title': 'Le risque pour votre sécurité n’est pas apprécié en tant que tel',
  'rule.warn.risk-not-weighed.body':
    'Dans une demande faite au Canada, IRCC ne prend pas en compte les risques examinés dans une demande d’asile (persécution, torture, risque pour la vie). Les faits à l’origine de votre crainte peuvent compter comme difficultés\u00a0: présentez-les ainsi, avec des preuves. Pour le risque lui-même, il y a la demande d’asile ou l’ERAR.',
  'rule.warn.no-stay-of-removal.title': 'Présenter la demande n’arrête pas votre renvoi',
  'rule.warn.no-stay-of-removal.body':
    'La demande ne retarde pas une mesure de renvoi. Seule une décision favorable à la première étape suspend votre renvoi pour un temps (un «\u00a0sursis au renvoi\u00a0»). Si vous devez partir avant, IRCC continue de traiter la demande.',
  'rule.warn.authorization-to-return.title': 'Il vous faudra peut-être une autorisation de retour',
  'rule.warn.authorization-to-return.body':
    'Comme une mesure de renvoi a été exécutée contre vous, vous ne pouvez présenter la demande que de l’étranger, avec une demande de visa de résident permanent. Pour revenir, il vous faudra peut-être une autorisation écrite de retour au Canada (ARC). Elle est toujours requise après une mesure d’expulsion, et pendant un certain temps après une mesure d’exclusion, plus longtemps en cas de fausses déclarations. Elle n’est pas requise si vous avez quitté le Canada dans le délai d’une mesure d’interdiction de séjour et fait confirmer votre départ par l’Agence des services frontaliers du Canada. L’ARC a ses propres frais\u00a0: consultez la liste des frais d’IRCC. Si le Canada a payé votre renvoi, vous devez d’abord en rembourser le coût.',
  'rule.warn.withdrawal-consequences.title': 'Retirer une demande d’asile a des conséquences',
  'rule.warn.withdrawal-consequences.body':
    'Retirer votre demande d’asile est rarement dans votre intérêt. Dès que le retrait est constaté, la mesure de renvoi prend effet et le renvoi peut avoir lieu. Pendant {months} mois, vous ne pouvez généralement pas demander d’examen des risques avant renvoi (ERAR) ni de permis de séjour temporaire. Une demande CH n’empêche pas le renvoi, et toute nouvelle demande d’asile sera irrecevable. Un retrait avant l’audition de la preuve évite seulement l’attente de {months} mois pour la demande CH. Ne retirez rien sans l’avis d’une avocate ou d’un avocat.',
  'rule.warn.withdrawal-consequences.body-withdrawn':
    'Vous avez retiré votre demande d’asile. Votre mesure de renvoi a pris effet le jour où le retrait a été constaté, et votre renvoi peut avoir lieu. Pendant {months} mois après le retrait, vous ne pouvez généralement pas demander d’examen des risques avant renvoi (ERAR) ni de permis de séjour temporaire. Une demande CH n’empêche pas le renvoi, et toute nouvelle demande d’asile sera irrecevable. Consultez dès maintenant une avocate ou un avocat.',
  'rule.warn.withdrawal-consequences.body-withdrawn-abroad':
    'Vous avez retiré votre demande d’asile\u00a0: toute nouvelle demande d’asile au Canada sera irrecevable. Pendant {months} mois après le retrait, vous ne pouvez généralement pas demander de permis de séjour temporaire.',
  'rule.warn.explain-no-home-help.title': 'Dites si l’aide des autorités de votre pays était vraiment accessible',
  'rule.warn.explain-no-home-help.body':
    'Ce n’est pas une condition légale. Si vos difficultés comprennent de la violence ou des menaces, dites si les autorités de votre pays pouvaient vraiment vous protéger ou vous aider, avec des preuves si possible.',
  'rule.warn.declare-family-members.title': 'Déclarez tous les membres de votre famille',
  'rule.warn.declare-family-members.body':
    'Indiquez votre époux ou conjoint de fait et tous vos enfants à charge, même ceux qui ne viendront pas avec vous. Un membre de la famille omis, ou qui n’est pas contrôlé, ne pourra jamais être parrainé plus tard comme membre de votre famille.',
  'rule.warn.family-member-pending-claim.title':
    'La demande d’asile d’un membre de votre famille est peut-être en cours',
  'rule.warn.family-member-pending-claim.body':
    'Un membre de la famille dont la demande d’asile est en cours ne peut pas être inclus dans cette demande avant qu’elle soit tranchée. Demandez conseil sur l’ordre des démarches avant de présenter la demande.',
  'rule.warn.professional-review.title': 'Faites vérifier ce résultat',
  'rule.warn.professional-review.body':
    'Contre rémunération, seules les personnes nommées sous «\u00a0Obtenir une aide professionnelle\u00a0» plus bas peuvent vous conseiller.',
  'results.unsure.inadmissibility':
    'Vous ne saviez pas si une interdiction de territoire s’applique à vous. Certains motifs, comme la sécurité ou la criminalité organisée, ne peuvent pas être levés par une demande CH; les autres y sont appréciés.',
  'results.unsure.spouseOrPartnerInCanada':
    'Vous ne saviez pas si votre époux ou conjoint de fait peut vous parrainer. Si c’est le cas, IRCC vous demande de présenter d’abord une demande dans la catégorie des époux ou conjoints de fait au Canada.',
  'results.unsure.permitHolderEligible':
    'Vous ne saviez pas si vous êtes titulaire d’un permis de séjour temporaire depuis assez longtemps. Si c’est le cas, IRCC vous demande de présenter d’abord une demande dans la catégorie des titulaires de permis.',
  'results.unsure.removalOrderType':
    'Vous ne connaissiez pas le type de votre mesure de renvoi. Il détermine le délai pour quitter le Canada, et s’il vous faudra une autorisation écrite pour revenir.',
  'results.unsure.familySponsor':
    'Vous ne saviez pas si un proche pourrait vous parrainer. Si c’est le cas, le parrainage familial peut être une voie plus sûre.',
  'results.unsure.economicProfile':
    'Vous ne saviez pas si vous pourriez être admissible à un programme économique. Si c’est le cas, ce pourrait être une voie plus rapide ou plus sûre que la demande CH.',
  'results.unsure.caregiverExperience':
    'Vous ne saviez pas si votre expérience d’aide familiale compte. Si c’est le cas, une voie pour aides familiaux pourrait vous convenir.',
  'results.unsure.familyMemberPendingClaim':
    'Vous ne saviez pas si la demande d’asile d’un membre de votre famille est en cours. Vérifiez-le avant de présenter la demande.',
  'rule.inform.quebec-selection.title': 'Le Québec doit vous sélectionner (CSQ)',
  'rule.inform.quebec-selection.body':
    'Si IRCC approuve votre demande à la première étape, il transmet votre dossier au ministère de l’Immigration, de la Francisation et de l’Intégration (MIFI). Le MIFI vous invite à son Programme des personnes sélectionnées pour considérations humanitaires. Il tient compte de la difficulté de votre situation et de votre capacité à vous établir au Québec. Si vous remplissez ses critères, il délivre un certificat de sélection du Québec (CSQ). Ne communiquez pas avec le MIFI avant. La résidence permanente ne vient qu’après le CSQ.',
  'rule.inform.quebec-selection.body-abroad':
    'Pour vous établir au Québec, il vous faut un certificat de sélection du Québec (CSQ) du MIFI avant qu’IRCC délivre le visa de résident permanent. Avec un parrainage familial, la part du Québec passe par l’engagement de votre répondant auprès du MIFI. Par la voie économique, obtenez d’abord le CSQ par le Programme de sélection des travailleurs qualifiés (PSTQ), puis présentez la demande à IRCC.',
  'rule.inform.quebec-selection.no-exemption':
    'Une demande CH ne peut pas vous dispenser de la sélection du Québec\u00a0: si le MIFI refuse le CSQ, IRCC doit refuser la résidence permanente. Le Québec fixe aussi chaque année le nombre de personnes qu’il sélectionne.',
  'rule.inform.quebec-selection.wait':
    'L’attente est plus longue. Selon les délais publiés par IRCC le {date}, les demandes destinées au Québec prenaient environ {quebec} mois, contre {elsewhere} ailleurs. IRCC a depuis cessé de publier ce délai\u00a0: l’attente actuelle n’est pas connue ici.',
  'rule.inform.quebec-selection.wait-unconfirmed':
    'L’attente est plus longue. Selon des données du {date}, non confirmées par IRCC, les demandes destinées au Québec prenaient environ {quebec} mois, contre {elsewhere} ailleurs.',
  'rule.inform.quebec-support.title': 'Le soutien au Québec pendant l’attente',
  'rule.inform.quebec-support.body':
    'Vous avez peut-être lu que le logement, la francisation, l’aide juridique, l’aide de dernier recours et l’école sont offerts pendant l’attente. La plupart visent les personnes qui demandent l’asile. Ce qui vaut pour vous\u00a0:',
  'rule.inform.best-interests-of-child.title': 'L’intérêt supérieur de l’enfant a un poids particulier',
  'rule.inform.best-interests-of-child.body':
    'IRCC doit tenir compte de l’intérêt supérieur de tout enfant directement touché\u00a0: le vôtre ou non, au Canada ou à l’étranger. Dites clairement que vous l’invoquez, et fournissez des preuves.',
  'rule.inform.judicial-review.title': 'En cas de refus\u00a0: contrôle judiciaire dans les {days} jours',
  'rule.inform.judicial-review.title-other-class':
    'En cas de refus dans une autre catégorie\u00a0: contrôle judiciaire dans les {days} jours',
  'rule.inform.judicial-review.body':
    'Il n’y a pas d’appel. Vous pouvez demander à la Cour fédérale de contrôler un refus seulement si la Cour vous en donne d’abord la permission (appelée «\u00a0autorisation\u00a0»). La demande doit être signifiée et déposée dans les {days} jours suivant le jour où vous apprenez la décision. Un juge ne prolonge ce délai que pour des motifs valables. Cela n’arrête pas un renvoi\u00a0: pour le suspendre, il faut une ordonnance distincte (un «\u00a0sursis\u00a0»).',
  'rule.inform.judicial-review.body-abroad':
    'Si votre demande accompagne une demande dans une catégorie économique ou de réfugiés, il n’y a pas d’appel. Vous pouvez demander à la Cour fédérale de contrôler un refus seulement si la Cour vous en donne d’abord la permission (appelée «\u00a0autorisation\u00a0»). La demande doit être signifiée et déposée dans les {days} jours suivant le jour où vous apprenez la décision.',
  'rule.inform.sponsor-appeal.title': 'Avec un parrainage familial, votre répondant pourrait faire appel',
  'rule.inform.sponsor-appeal.body':
    'Si votre demande est jointe à un parrainage (regroupement familial), votre répondant peut faire appel du refus devant la Section d’appel de l’immigration (SAI) dans les {days} jours suivant sa réception. La SAI peut elle-même apprécier vos motifs CH. Le contrôle judiciaire n’est possible qu’une fois l’appel épuisé. Certains motifs, comme la grande criminalité, excluent l’appel.',
  'rule.inform.prra.title': 'Votre risque est examiné dans un ERAR',
  'rule.inform.prra.body':
    'Sous le coup d’une mesure de renvoi, vous ne pouvez pas demander l’asile. Votre risque est examiné dans un examen des risques avant renvoi (ERAR) que l’Agence des services frontaliers du Canada (ASFC) vous offre. Présentez la demande dans les {days} jours suivant son avis, pour que le renvoi attende la décision. Il n’y a généralement pas d’ERAR pendant {months} mois après le rejet, le désistement ou le retrait d’une demande d’asile.',
  'rule.inform.two-stage-process.title': 'Deux étapes au Canada',
  'rule.inform.two-stage-process.body':
    'Première étape\u00a0: IRCC décide s’il accorde la dispense (approbation de principe). Une décision favorable suspend votre renvoi pour un temps, et c’est seulement alors que vous pouvez demander un permis de travail sur cette base. Deuxième étape\u00a0: vérifications liées à l’interdiction de territoire (examen médical, sécurité, criminalité), puis résidence permanente.',
  'rule.inform.two-stage-process.status':
    'Présenter la demande ne vous donne aucun statut\u00a0: elle ne vous autorise ni à rester, ni à travailler, ni à étudier. Si vous avez un statut temporaire, demandez sa prolongation avant qu’il expire, car seule cette demande le maintient.',

  'quebec.support.school':
    'L’école publique est gratuite pour les enfants qui vivent au Québec, quel que soit leur statut.',
  'quebec.support.praida':
    'Le PRAIDA (Montréal) offre des services aux personnes qui régularisent leur statut, y compris celles qui présentent une demande CH.',
  'quebec.support.legal-aid':
    'L’aide juridique peut couvrir un dossier CH si votre revenu est faible\u00a0: renseignez-vous auprès de la Commission des services juridiques.',
  'quebec.support.last-resort':
    'L’aide financière de dernier recours vise surtout les personnes qui demandent l’asile; une personne qui présente une demande CH n’y a droit que dans des cas limités, par exemple si elle détient un CSQ.',
  'quebec.support.francization': 'Francisation\u00a0: vérifiez votre admissibilité auprès de Francisation Québec.',

  'next.no-hc-needed.title': 'Vous n’avez pas besoin de demande CH',
  'next.no-hc-needed.body':
    'Vous avez déjà le statut qu’une demande CH donnerait. En cas de doute, vérifiez auprès d’IRCC.',
  'next.ask-about-ministerial-relief.title': 'Consultez une avocate ou un avocat au sujet de la dispense ministérielle',
  'next.ask-about-ministerial-relief.body':
    'C’est une demande distincte au ministre de la Sécurité publique, et elle ne couvre que certains de ces motifs.',
  'next.apply-protected-person-class.title': 'Demandez la résidence permanente en tant que personne protégée',
  'next.apply-protected-person-class.body':
    'Utilisez la demande d’IRCC pour les personnes protégées. En général, aucune demande CH n’est nécessaire.',
  'next.apply-spouse-in-canada-class.title': 'Demandez dans la catégorie des époux ou conjoints de fait au Canada',
  'next.apply-spouse-in-canada-class.body':
    'Votre époux ou conjoint de fait vous parraine, et vous demandez ensemble la résidence permanente depuis le Canada.',
  'next.apply-permit-holder-class.title': 'Demandez dans la catégorie des titulaires de permis',
  'next.apply-permit-holder-class.body':
    'Demandez la résidence permanente en tant que titulaire d’un permis de séjour temporaire, depuis le Canada.',
  'next.wait-for-pending-decision.title': 'Attendez que plus rien ne vous en empêche',
  'next.wait-for-pending-decision.body':
    'Ne présentez aucune demande CH avant la fin de ce qui est indiqué plus haut; IRCC ne l’examinerait pas. Utilisez ensuite cet outil de nouveau.',
  'next.wait-until-earliest-date.title': 'Attendez le {date}',
  'next.wait-until-earliest-date.body':
    'IRCC ne peut pas examiner une demande présentée avant le {date}. Profitez-en pour réunir vos preuves.',
  'next.wait-until-earliest-date.body-removal':
    'IRCC ne peut pas examiner une demande présentée avant le {date}. D’ici là, votre mesure de renvoi est peut-être en vigueur et votre renvoi peut avoir lieu\u00a0: consultez dès maintenant une avocate ou un avocat. Réunissez ensuite vos preuves.',
  'next.consider-refugee-claim.title': 'Envisagez d’abord une demande d’asile',
  'next.consider-refugee-claim.body':
    'Si vous craignez pour votre sécurité en cas de retour, demandez dès maintenant à une avocate ou un avocat s’il faut demander l’asile, avant toute demande CH. Une demande d’asile change ce que vous pouvez demander. Les délais sont stricts.',
  'next.respond-to-prra-notice.title': 'Répondez à temps à un avis d’ERAR',
  'next.respond-to-prra-notice.body':
    'Quand l’ASFC vous remet l’avis d’ERAR, présentez la demande dans les {days} jours. Faites-vous aider dès maintenant par une avocate ou un avocat.',
  'next.check-other-programs.title': 'Vérifiez les autres voies',
  'next.check-other-programs.body':
    'Examinez les voies suggérées plus haut avant de présenter la demande\u00a0: l’une peut être plus rapide ou plus sûre.',
  'next.gather-evidence.title': 'Réunissez vos preuves',
  'next.gather-evidence.body':
    'IRCC décide à partir de ce que vous envoyez et peut ne rien vous demander de plus. Réunissez les documents énumérés plus bas.',
  'next.explain-no-home-help.title': 'Expliquez si l’aide était accessible dans votre pays',
  'next.explain-no-home-help.body': 'Écrivez-le dans vos mots, avec toute preuve à l’appui.',
  'next.choose-pr-class.title': 'Choisissez la catégorie de visa de résident permanent',
  'next.choose-pr-class.body':
    'Joignez votre demande CH à une demande dans la catégorie familiale, économique ou des réfugiés (voir plus bas).',
  'next.request-authorization-to-return.title': 'Demandez une autorisation de retour',
  'next.request-authorization-to-return.body':
    'Si votre mesure de renvoi l’exige, demandez une autorisation écrite de retour au Canada (ARC) avec votre demande, payez ses frais et remboursez, s’il y a lieu, les frais de renvoi payés par le Canada.',
  'next.request-authorization-to-return.body-deportation':
    'Une mesure d’expulsion exige une autorisation écrite de retour au Canada (ARC). Demandez-la avec votre demande, payez ses frais et remboursez les frais de renvoi payés par le Canada, s’il y a lieu.',
  'next.complete-forms.title': 'Remplissez les formulaires',
  'next.complete-forms.body':
    'Suivez le Guide 5291 d’IRCC et remplissez les formulaires énumérés plus bas, chacun pour les personnes qu’il nomme.',
  'next.complete-forms.body-barred':
    'Vous pouvez préparer les formulaires énumérés plus bas pour vous et chaque membre de la famille, mais n’envoyez rien avant de pouvoir présenter la demande.',
  'next.pay-fees.title': 'Payez les frais',
  'next.pay-fees.body':
    'Payez en ligne en présentant la demande\u00a0: elle n’est pas examinée avant le paiement des frais de traitement.',
  'next.submit-online.title': 'Présentez la demande par le Portail de résidence permanente',
  'next.submit-online.body':
    'Envoyez tout par le Portail de résidence permanente d’IRCC. Vous pouvez demander un formulaire papier seulement si un handicap ou une autre raison vous empêche de présenter la demande en ligne.',
  'next.keep-status-and-plan-departure.title': 'Gardez votre statut et préparez-vous au renvoi',
  'next.keep-status-and-plan-departure.body':
    'Votre demande n’arrête pas le renvoi. Gardez tout statut valide et suivez les instructions de l’Agence des services frontaliers du Canada. Demandez à une avocate ou à un avocat si la Cour fédérale pourrait suspendre votre renvoi pour un temps (un sursis).',
  'next.prepare-for-quebec-selection.title': 'Préparez-vous à la sélection du Québec',
  'next.prepare-for-quebec-selection.body':
    'Gardez prêtes les preuves de votre intégration au Québec (français, travail, liens familiaux et sociaux) pour le moment où le MIFI vous écrira.',
  'next.prepare-for-quebec-selection.body-abroad':
    'Vérifiez sur quebec.ca ce que le Québec exige pour la catégorie à laquelle votre demande est jointe, et réunissez-le avant de présenter la demande à IRCC.',
  'next.get-professional-advice.title': 'Obtenez un avis professionnel',
  'next.get-professional-advice.body':
    'Faites vérifier votre situation avant d’agir. Voyez «\u00a0Obtenir une aide professionnelle\u00a0» plus bas.',

  'apply.title': 'Comment présenter la demande au Canada',
  'apply.barred-note': 'Pour le moment où vous pourrez la présenter. Les frais pourraient changer d’ici là.',
  'forms.title': 'Formulaires',
  'forms.intro':
    'Le Guide 5291 d’IRCC explique chaque formulaire. Les formulaires changent\u00a0: la liste de contrôle des documents (IMM 5280) donne la liste à jour.',
  'forms.imm0008': 'Demande générique pour le Canada (IMM 0008)',
  'forms.imm0008dep':
    'Personnes à charge additionnelles/Déclaration (IMM 0008DEP), seulement si les membres de votre famille ne tiennent pas tous dans l’IMM 0008',
  'forms.imm5669':
    'Annexe A – Antécédents/Déclaration (IMM 5669), pour vous et chaque membre de la famille de 18 ans ou plus',
  'forms.imm5406':
    'Renseignements additionnels sur la famille (IMM 5406), pour vous, votre époux ou conjoint de fait et chaque enfant à charge de 18 ans ou plus, inclus ou non dans la demande',
  'forms.imm5283':
    'Renseignements supplémentaires – Considérations d’ordre humanitaire (IMM 5283). Un membre de la famille ne le remplit que si ses motifs diffèrent.',
  'forms.imm5280': 'Liste de contrôle des documents (IMM 5280)',
  'forms.imm5476':
    'Recours aux services d’un représentant (IMM 5476), si quelqu’un vous représente. Une représentante ou un représentant rémunéré présente la demande pour vous dans son propre compte du Portail de résidence permanente.',
  'forms.imm5475':
    'Autorisation de transmettre des renseignements personnels à une personne désignée (IMM 5475), si vous en nommez une',

  'fees.title': 'Frais',
  'fees.caption': 'Frais en vigueur depuis le {date}',
  'fees.caption-unverified': 'Frais à partir du {date}, pas tous confirmés',
  'fees.col.item': 'Frais',
  'fees.col.unit': 'Par personne',
  'fees.col.count': 'Personnes',
  'fees.col.amount': 'Montant',
  'fees.processing.principal': 'Frais de traitement, demandeur principal',
  'fees.processing.spouse': 'Frais de traitement, époux ou conjoint de fait',
  'fees.processing.dependent-child': 'Frais de traitement, enfant à charge',
  'fees.right-of-pr.principal': 'Frais relatifs au droit de résidence permanente, demandeur principal',
  'fees.right-of-pr.spouse': 'Frais relatifs au droit de résidence permanente, époux ou conjoint de fait',
  'fees.biometrics': 'Données biométriques',
  'fees.subtotal.apply': 'En présentant la demande\u00a0: frais de traitement et données biométriques',
  'fees.subtotal.later':
    'Maintenant ou plus tard, avant d’obtenir la résidence permanente\u00a0: frais relatifs au droit de résidence permanente',
  'fees.biometrics-note':
    'Données biométriques\u00a0: {unit} par personne, au plus {max} pour une famille qui présente sa demande ensemble, à payer en présentant la demande. Les personnes de moins de {youngest} ans ou de plus de {oldest} ans n’en fournissent pas.',
  'fees.biometrics-exempt': 'Personnes exemptées dans votre demande\u00a0: {exempt} sur {people}.',
  'fees.family-pending':
    'Ces frais comptent tous les membres de la famille indiqués. Un membre de la famille dont la demande d’asile est en cours ne peut pas faire partie de cette demande avant qu’elle soit tranchée.',
  'fees.right-of-pr-note':
    'Les frais relatifs au droit de résidence permanente peuvent être payés plus tard, à la deuxième étape, et sont remboursés si vous n’obtenez pas la résidence permanente.',
  'fees.unverified':
    'Ces montants ne sont pas tous confirmés. Lisez les frais sur la liste d’IRCC avant de payer\u00a0: si vous payez trop peu, votre demande vous est renvoyée.',
  'fees.unknown': 'Les frais de traitement ont changé le {date}, et leurs nouveaux montants ne sont pas connus ici.',
  'fees.not-confirmed': 'Non confirmé',
  'fees.unknown-item': 'Non confirmé. Dernier montant confirmé\u00a0: {amount}.',
  'fees.reported-item': 'Annoncé, non confirmé. Dernier montant confirmé\u00a0: {amount}.',
  'fees.abroad':
    'Hors du Canada, il n’y a pas de frais distincts pour la demande CH\u00a0: vous payez les frais de la catégorie de visa de résident permanent à laquelle votre demande est jointe.',

  'abroad.title': 'Comment présenter la demande hors du Canada',
  'abroad.intro':
    'Il n’existe pas de demande CH autonome depuis l’étranger. Joignez votre demande à une demande de visa de résident permanent dans l’une de ces catégories\u00a0:',
  'abroad.family':
    'le regroupement familial, si un membre de votre famille qui a la citoyenneté canadienne ou la résidence permanente vous parraine',
  'abroad.economic': 'une catégorie économique, comme Entrée express ou un programme des candidats des provinces',
  'abroad.economic-qc':
    'la catégorie des travailleurs qualifiés du Québec\u00a0: obtenez d’abord un certificat de sélection du Québec (CSQ), puis présentez la demande à IRCC. Entrée express et les programmes des candidats des provinces ne visent pas les personnes qui s’établissent au Québec.',
  'abroad.refugee':
    'la catégorie des réfugiés au sens de la Convention outre-frontières ou de personnes de pays d’accueil, pour la réinstallation au Canada. Elle ne vise que les personnes qui sont hors de leur propre pays, et exige normalement une recommandation (par exemple du HCR) ou un répondant privé.',
  'abroad.yours': 'D’après vos réponses, regardez d’abord celle-ci.',
  'abroad.yours-if-outside': 'D’après vos réponses, regardez celle-ci si vous êtes hors de votre propre pays.',
  'abroad.how':
    'IRCC vérifie d’abord les exigences de la catégorie, puis peut apprécier vos motifs CH pour celles que vous ne remplissez pas. Les limites fixées par le ministre, par exemple sur le nombre de demandes acceptées, s’appliquent toujours.',

  'evidence.title': 'Preuves à réunir',
  'evidence.intro': 'IRCC décide à partir de ce que vous envoyez. Pour chaque difficulté indiquée, IRCC cherche\u00a0:',
  'evidence.translations':
    'Un document qui n’est ni en français ni en anglais exige une traduction française ou anglaise, une copie certifiée conforme de l’original et une déclaration sous serment (affidavit) de la personne qui l’a traduit. Cette déclaration n’est pas requise si cette personne est membre agréé d’un ordre canadien de traducteurs. Sans ces pièces, IRCC peut vous renvoyer la demande comme incomplète.',
  'evidence.children.title': 'Enfants directement touchés',
  'evidence.children.school': 'dossiers scolaires et bulletins',
  'evidence.children.medical': 'dossiers médicaux, rapports de professionnels de la santé ou des services sociaux',
  'evidence.children.letters': 'lettres sur l’effet de la décision sur chaque enfant',
  'evidence.establishment.title': 'Votre vie et vos liens au Canada',
  'evidence.establishment.work':
    'preuves de travail\u00a0: lettres d’employeurs, talons de paie, déclarations de revenus',
  'evidence.establishment.money': 'preuves de bonne gestion\u00a0: bail, relevés bancaires, factures payées',
  'evidence.establishment.community': 'engagement communautaire et bénévolat\u00a0: lettres d’organismes',
  'evidence.establishment.studies': 'études, linguistiques ou autres\u00a0: attestations, relevés de notes',
  'evidence.establishment.time':
    'preuves de la durée de votre séjour au Canada et de l’absence d’antécédents judiciaires',
  'evidence.health-care.title': 'Santé',
  'evidence.health-care.reports': 'rapports médicaux\u00a0: diagnostic, traitement et effet d’un arrêt',
  'evidence.health-care.abroad':
    'preuves que les soins nécessaires ne sont pas offerts ou pas accessibles dans votre pays',
  'evidence.family-violence.title': 'Violence familiale',
  'evidence.family-violence.police': 'rapports de police, ordonnances d’un tribunal, ordonnances de protection',
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
  'evidence.family-separation.ties': 'preuves des liens\u00a0: actes de naissance et de mariage',
  'evidence.family-separation.dependence':
    'preuves de la dépendance de votre famille envers vous, ou de vous envers elle',
  'evidence.costs-of-return.title': 'Le coût du retour',
  'evidence.costs-of-return.note': 'insuffisant à lui seul\u00a0: prouvez aussi vos autres difficultés',
  'evidence.other.title': 'Autres circonstances',
  'evidence.other.proof': 'documents qui prouvent chaque fait invoqué',
  'evidence.home-help.title': 'L’aide des autorités de votre pays',
  'evidence.home-help.sought-with-proof': 'copies de vos demandes d’aide et des réponses reçues',
  'evidence.home-help.sought-no-proof':
    'un récit écrit\u00a0: à qui vous avez demandé de l’aide, quand et avec quel résultat, avec tout ce qui l’appuie',
  'evidence.home-help.not-sought':
    'en cas de violence ou de menaces\u00a0: pourquoi vous ne l’avez pas demandée, avec des preuves si possible (par exemple, des rapports montrant que les autorités ne protègent pas les personnes comme vous)',

  'myth.title': 'Ce que vous avez peut-être lu ailleurs',
  'myth.other-program':
    'Vous avez peut-être lu qu’être admissible à un autre programme empêche de présenter la demande. Seules ces catégories au Canada passent avant\u00a0: époux ou conjoints de fait au Canada, titulaires de permis et personnes protégées. Les autres programmes sont des suggestions, pas des obstacles.',
  'myth.designated':
    'Vous avez peut-être lu qu’entrer illégalement au Canada fait de vous un étranger désigné. C’est faux\u00a0: la désignation est une décision formelle du ministre de la Sécurité publique, communiquée par écrit.',
  'myth.removed':
    'Vous avez peut-être lu que les personnes renvoyées ou expulsées peuvent présenter la demande. Seulement de l’étranger, avec une demande de visa de résident permanent, et souvent avec une autorisation de retour.',
  'myth.safety':
    'Vous avez peut-être lu que la demande doit être vitale pour votre sécurité. Le critère est de savoir si des considérations d’ordre humanitaire justifient une exception, le tout apprécié globalement; au Canada, les risques examinés dans une demande d’asile ne sont pas pris en compte.',
  'myth.abroad-conditions':
    'Vous avez peut-être lu que, de l’étranger, il faut remplir la plupart des conditions d’un programme. Aucune règle ne le prévoit. La demande CH peut lever la plupart des exigences, mais pas les interdictions de territoire qu’elle ne peut surmonter, la sélection du Québec, les règles d’invitation d’Entrée express ni les délais d’attente décrits ici.',
  'myth.thirty-days':
    'Vous avez peut-être lu qu’il faut quitter le Canada dans les {days} jours d’un refus. Aucune règle ne le prévoit\u00a0: ces {days} jours visent les mesures d’interdiction de séjour.',

  'refusal.title': 'Si votre demande est refusée',
  'refusal.intro': 'Ce qui s’applique dépend de votre situation\u00a0:',
  'refusal.status':
    'Avec un statut temporaire valide, un refus ne vous oblige pas à lui seul à partir tant que ce statut dure.',
  'refusal.no-status':
    'Sans statut et sans mesure de renvoi, IRCC vous demande de partir et peut aviser l’Agence des services frontaliers du Canada (ASFC).',
  'refusal.removal-order':
    'Avec une mesure de renvoi exécutoire, vous devez partir immédiatement ou à la date fixée par l’ASFC.',
  'refusal.departure-order':
    'Une mesure d’interdiction de séjour vous donne {days} jours après qu’elle devient exécutoire pour partir et faire confirmer votre départ par l’ASFC; sinon, elle devient une mesure d’expulsion.',
  'refusal.judicial-review':
    'Pour contester le refus, il vous faut la permission de la Cour fédérale, appelée «\u00a0autorisation\u00a0». Votre demande d’autorisation doit être signifiée au ministre et déposée dans les {days} jours suivant le jour où vous apprenez la décision, même si vous avez quitté le Canada.',
  'refusal.reconsider':
    'Vous pouvez aussi demander à IRCC de réexaminer la décision, mais cela n’arrête pas le délai de {days} jours.',
  'refusal.prra':
    'Si un renvoi est prévu et que vous craignez un retour, l’Agence des services frontaliers du Canada (ASFC) peut vous offrir un examen des risques avant renvoi (ERAR), lorsque la loi le permet.',
  'refusal.options':
    'Un permis de séjour temporaire est possible dans certains cas, mais pas dans les {months} mois suivant le rejet, le désistement ou le retrait d’une demande d’asile. Une nouvelle demande CH est possible quand plus rien n’est en cours.',

  'help.title': 'Obtenir une aide professionnelle',
  'help.practice': 'Ce site est offert par {name}.',
  'help.contact': 'Pour faire examiner votre situation\u00a0:',
  'help.phone': 'Téléphone\u00a0: {phone}',
  'help.email': 'Courriel\u00a0: {email}',
  'help.booking': 'Prendre rendez-vous avec {name}',
  'help.licence':
    'Numéro de permis ou de membre ({body})\u00a0: {number}. Vous pouvez le vérifier dans les registres publics ci-dessous.',
  'help.public':
    'Contre rémunération, seules peuvent vous conseiller les personnes membres d’un barreau (avocates, avocats, parajuristes autorisés), de la Chambre des notaires du Québec ou du Collège des consultants en immigration et en citoyenneté. Au Québec, une consultante ou un consultant doit aussi être reconnu par le ministère de l’Immigration, de la Francisation et de l’Intégration (MIFI). Pour trouver ces personnes, ou de l’aide gratuite\u00a0:',
  'help.public.consultants':
    'le registre public du Collège des consultants en immigration et en citoyenneté (college-ic.ca), pour vérifier le permis d’une consultante ou d’un consultant',
  'help.public.quebec-consultants':
    'au Québec, quebec.ca, pour vérifier qu’une consultante ou un consultant est aussi reconnu par le MIFI (les avocates, avocats et notaires peuvent agir aux étapes d’IRCC et du Québec)',
  'help.public.law-society':
    'le barreau de votre province, pour une avocate, un avocat ou une personne parajuriste autorisée (au Québec, le Barreau du Québec, ou la Chambre des notaires du Québec pour une ou un notaire)',
  'help.public.legal-aid':
    'l’aide juridique de votre province, si votre revenu est faible (au Québec, la Commission des services juridiques)',

  'about.title': 'À propos de ce résultat',
  'about.not-advice':
    'Ceci est de l’information, pas un avis juridique. L’outil applique la loi à vos réponses; il ne peut pas dire si IRCC approuverait votre demande.',
  'about.checked': 'Règles et sources vérifiées pour la dernière fois le {date}.',
  'about.stale':
    'Ces règles ont été vérifiées pour la dernière fois plus de {months} mois avant la date de ce résultat. La loi, les frais ou la pratique d’IRCC ont pu changer depuis\u00a0: faites vérifier votre situation avant d’agir.',
  'about.fees-checked': 'Frais vérifiés pour la dernière fois le {date}.',
  'about.as-of': 'Résultat établi pour le {date}, version des règles {version}.',
  'about.sources':
    'Dans les sources, LIPR désigne la Loi sur l’immigration et la protection des réfugiés, et RIPR, le Règlement sur l’immigration et la protection des réfugiés.',
};
