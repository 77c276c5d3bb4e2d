/**
 * Les mots des questions de l’assistant (français) : pour chaque champ du dossier, la question, une
 * aide, pourquoi nous la posons, un libellé court pour « Vérifiez vos réponses » et ses choix.
 * Mêmes clés que le catalogue anglais.
 */
import type { questions as en } from '../en/questions';

export const questions: Record<keyof typeof en, string> = {
  // statut
  'q.status.label': 'Quel est votre statut au Canada aujourd\u2019hui?',
  'q.status.hint': 'Choisissez le statut que vous avez maintenant, pas un statut que vous avez demandé.',
  'q.status.why':
    'Seules les personnes qui n\u2019ont ni la citoyenneté canadienne ni la résidence permanente peuvent présenter une demande CH. Les personnes protégées demandent plutôt la résidence permanente à ce titre.',
  'q.status.short': 'Statut',
  'q.status.error': 'Sélectionnez votre statut au Canada aujourd\u2019hui',
  'q.status.option.citizen': 'Citoyen canadien ou citoyenne canadienne',
  'q.status.option.permanent-resident': 'Résident permanent ou résidente permanente du Canada',
  'q.status.option.protected-person': 'Personne protégée',
  'q.status.option.foreign-national':
    'Étranger ou étrangère\u00a0: en visite, au travail, aux études, en demande d\u2019asile ou sans statut',
  'q.status.option-hint.citizen': 'Vous avez la citoyenneté canadienne.',
  'q.status.option-hint.permanent-resident':
    'Vous avez la résidence permanente en ce moment. Seules une décision définitive (par exemple sur l\u2019obligation de résidence, soit le temps à passer au Canada), une mesure de renvoi qui prend effet ou une renonciation y mettent fin. Une carte de RP expirée ou une longue absence n\u2019y met pas fin.',
  'q.status.option-hint.protected-person':
    'Le Canada vous a accordé l\u2019asile, ou vous a accordé sa protection à la suite d\u2019un examen des risques avant renvoi (ERAR). Un ERAR favorable qui a seulement suspendu votre renvoi ne fait pas de vous une personne protégée.',
  'q.status.option-hint.foreign-national':
    'Toute autre personne. Par exemple, une personne en visite, au travail, aux études ou qui a demandé l\u2019asile, une personne sans statut, une personne qui a perdu la résidence permanente ou qui n\u2019est jamais venue au Canada.',

  // lieu
  'q.location.label': 'Où êtes-vous en ce moment?',
  'q.location.hint':
    'Si vous êtes au Canada, choisissez «\u00a0Au Canada\u00a0», même si vous n\u2019avez pas de statut ou si vous faites l\u2019objet d\u2019une mesure de renvoi.',
  'q.location.why':
    'Les règles dépendent de l\u2019endroit où vous êtes. Au Canada, la demande accompagne une demande de résidence permanente faite au Canada. À l\u2019extérieur du Canada, elle doit accompagner une demande de visa de résident permanent dans une catégorie du regroupement familial, de l\u2019immigration économique ou des réfugiés.',
  'q.location.short': 'Où vous êtes maintenant',
  'q.location.error': 'Sélectionnez l\u2019endroit où vous êtes en ce moment',
  'q.location.option.in-canada': 'Au Canada',
  'q.location.option.outside-canada': 'À l\u2019extérieur du Canada',

  // interdiction de territoire
  'q.inadmissibility.label':
    'Une interdiction de territoire au Canada a-t-elle été prononcée contre vous, ou pourrait-elle l\u2019être, pour l\u2019un de ces motifs?',
  'q.inadmissibility.hint':
    'L\u2019interdiction de territoire permet au Canada de vous refuser l\u2019entrée ou le séjour pour ce motif. Cochez tous les motifs qui s\u2019appliquent.',
  'q.inadmissibility.why':
    'Une demande CH ne peut pas surmonter une interdiction de territoire déjà prononcée pour raison de sécurité, d\u2019atteinte aux droits humains ou internationaux, de sanctions ou de criminalité organisée. Pour les autres motifs, vous pouvez demander une dispense, mais IRCC décide.',
  'q.inadmissibility.short': 'Interdiction de territoire',
  'q.inadmissibility.error': 'Sélectionnez chaque motif qui s\u2019applique, ou «\u00a0{option}\u00a0»',
  'q.inadmissibility.option.security': 'Sécurité',
  'q.inadmissibility.option.human-rights': 'Atteinte aux droits humains ou internationaux',
  'q.inadmissibility.option.sanctions': 'Sanctions',
  'q.inadmissibility.option.organized-crime': 'Criminalité organisée',
  'q.inadmissibility.option.criminality': 'Criminalité',
  'q.inadmissibility.option.health': 'Motifs sanitaires',
  'q.inadmissibility.option.financial': 'Motifs financiers',
  'q.inadmissibility.option.misrepresentation': 'Fausses déclarations',
  'q.inadmissibility.option.non-compliance': 'Manquement à la loi sur l\u2019immigration',
  'q.inadmissibility.option.family-member': 'Inadmissibilité familiale',
  'q.inadmissibility.option.cessation': 'Perte de l\u2019asile',
  'q.inadmissibility.option.none': 'Aucun de ces cas, à ma connaissance',
  'q.inadmissibility.option.unsure': 'Je ne sais pas',
  'q.inadmissibility.option-hint.security':
    'Par exemple l\u2019espionnage, le terrorisme, des actes de violence qui mettent des vies en danger, ou être membre d\u2019un groupe qui fait ces choses.',
  'q.inadmissibility.option-hint.human-rights':
    'Par exemple des crimes de guerre ou des crimes contre l\u2019humanité, le trafic d\u2019organes humains, ou avoir occupé un poste de haut rang dans un gouvernement qui a commis de tels crimes.',
  'q.inadmissibility.option-hint.sanctions':
    'Le Canada a pris des sanctions contre vous personnellement, en vertu d\u2019une loi qui vous interdit d\u2019entrer au Canada.',
  'q.inadmissibility.option-hint.organized-crime':
    'Être membre d\u2019une organisation criminelle, ou participer au passage de clandestins, au trafic de personnes ou au recyclage des produits de la criminalité.',
  'q.inadmissibility.option-hint.criminality':
    'Une condamnation criminelle au Canada ou dans un autre pays, ou un crime commis à l\u2019extérieur du Canada.',
  'q.inadmissibility.option-hint.health':
    'Un problème de santé qui pourrait mettre en danger la santé ou la sécurité publiques, ou entraîner un fardeau excessif pour les services sociaux ou de santé.',
  'q.inadmissibility.option-hint.financial':
    'Vous ne pouvez pas ou ne voulez pas subvenir à vos besoins et à ceux des personnes à votre charge sans aide sociale.',
  'q.inadmissibility.option-hint.misrepresentation':
    'Donner des renseignements ou des documents faux, ou cacher des faits importants, dans une demande d\u2019immigration ou devant une agente ou un agent.',
  'q.inadmissibility.option-hint.non-compliance':
    'Ne pas respecter une règle de la loi sur l\u2019immigration, par exemple travailler ou étudier sans permis, ou rester après la fin de votre statut.',
  'q.inadmissibility.option-hint.family-member':
    'Un membre de votre famille qui vous accompagne est interdit de territoire (dans certains cas, même s\u2019il ne vous accompagne pas).',
  'q.inadmissibility.option-hint.cessation':
    'Une décision définitive a mis fin à votre asile, par exemple après un retour pour vivre dans votre pays. Une demande CH peut vous en dispenser.',

  // interdiction de territoire déjà prononcée
  'q.inadmissibilityFound.label':
    'Une interdiction de territoire pour l\u2019un de ces motifs a-t-elle déjà été prononcée contre vous par une agente ou un agent, la Section de l\u2019immigration, la Section d\u2019appel de l\u2019immigration ou un tribunal?',
  'q.inadmissibilityFound.hint':
    'Les motifs\u00a0: sécurité, atteinte aux droits humains ou internationaux, sanctions, criminalité organisée. Répondez Non si une interdiction est seulement possible\u00a0: vous verrez un avertissement et les questions continueront. Obtenez un avis juridique avant de présenter votre demande.',
  'q.inadmissibilityFound.why':
    'Une demande CH ne peut pas surmonter ces motifs une fois l\u2019interdiction prononcée. Si elle n\u2019est prononcée qu\u2019après votre demande, celle-ci ne pourra pas être étudiée et les frais ne seront pas remboursés.',
  'q.inadmissibilityFound.short': 'Interdiction prononcée',
  'q.inadmissibilityFound.error': 'Sélectionnez oui si une interdiction de territoire a déjà été prononcée contre vous',

  // catégories au Canada (une page, deux questions)
  'step.classes-in-canada.title': 'Deux catégories à vérifier d\u2019abord',
  'step.classes-in-canada.intro':
    'Si l\u2019une de ces situations est la vôtre, vous devriez demander la résidence permanente dans cette catégorie plutôt que de présenter une demande CH.',

  'q.spouseOrPartnerInCanada.label':
    'Vivez-vous au Canada avec votre époux ou conjoint de fait, qui a la citoyenneté canadienne ou la résidence permanente, et qui veut et peut vous parrainer?',
  'q.spouseOrPartnerInCanada.hint':
    'Le conjoint de fait est la personne avec qui vous vivez dans une relation conjugale depuis au moins {commonLawMonths} mois. Cela s\u2019applique même si vous n\u2019avez pas de statut au Canada.',
  'q.spouseOrPartnerInCanada.why':
    'Si oui, IRCC vous demande de présenter une demande dans la catégorie des époux ou conjoints de fait au Canada, et non une demande CH. Une politique d\u2019intérêt public permet aux personnes sans statut de l\u2019utiliser, mais elle n\u2019efface pas la criminalité ni les autres interdictions de territoire.',
  'q.spouseOrPartnerInCanada.short': 'Époux/conjoint au Canada',
  'q.spouseOrPartnerInCanada.error':
    'Sélectionnez oui si vous vivez au Canada avec votre époux ou conjoint de fait, qui peut vous parrainer',
  'q.spouseOrPartnerInCanada.option.yes': 'Oui',
  'q.spouseOrPartnerInCanada.option.no': 'Non',
  'q.spouseOrPartnerInCanada.option.unsure': 'Je ne sais pas',

  'q.permitHolderEligible.label':
    'Êtes-vous titulaire d\u2019un permis de séjour temporaire, sans interruption, depuis au moins {permitHealthYears} ans (si votre interdiction de territoire repose sur des motifs sanitaires) ou {permitYears} ans (pour la plupart des autres motifs)?',
  'q.permitHolderEligible.hint':
    'Le permis de séjour temporaire (PST) est un permis spécial pour les personnes interdites de territoire. Une fiche du visiteur, un permis de travail ou un permis d\u2019études n\u2019est pas un PST.',
  'q.permitHolderEligible.why':
    'Si oui, vous devriez présenter une demande dans la catégorie des titulaires de permis, et non une demande CH. Cette catégorie passe en premier.',
  'q.permitHolderEligible.short': 'Permis de séjour temporaire',
  'q.permitHolderEligible.error':
    'Sélectionnez oui si vous êtes titulaire d\u2019un permis de séjour temporaire sans interruption depuis assez longtemps',
  'q.permitHolderEligible.option.yes': 'Oui',
  'q.permitHolderEligible.option.no': 'Non',
  'q.permitHolderEligible.option.unsure': 'Je ne sais pas',

  // province
  'q.destination.label': 'Dans quelle province ou quel territoire vivez-vous, ou comptez-vous vivre?',
  'q.destination.hint':
    'Si vous comptez déménager, choisissez l\u2019endroit où vous comptez vivre une fois la résidence permanente obtenue.',
  'q.destination.why':
    'Le Québec choisit les personnes qui s\u2019y établissent. Si vous comptez vivre au Québec, le Québec doit aussi vous sélectionner après une première approbation du Canada, et le traitement est plus long.',
  'q.destination.short': 'Province ou territoire',
  'q.destination.error': 'Sélectionnez la province ou le territoire où vous vivez, ou comptez vivre',
  'q.destination.option.AB': 'Alberta',
  'q.destination.option.BC': 'Colombie-Britannique',
  'q.destination.option.MB': 'Manitoba',
  'q.destination.option.NB': 'Nouveau-Brunswick',
  'q.destination.option.NL': 'Terre-Neuve-et-Labrador',
  'q.destination.option.NS': 'Nouvelle-Écosse',
  'q.destination.option.NT': 'Territoires du Nord-Ouest',
  'q.destination.option.NU': 'Nunavut',
  'q.destination.option.ON': 'Ontario',
  'q.destination.option.PE': 'Île-du-Prince-Édouard',
  'q.destination.option.QC': 'Québec',
  'q.destination.option.SK': 'Saskatchewan',
  'q.destination.option.YT': 'Yukon',
  'q.destination.option.undecided': 'Je n\u2019ai pas encore décidé',

  // renvoi
  'q.removal.label':
    'Faites-vous l\u2019objet d\u2019une mesure de renvoi, ou une mesure de renvoi a-t-elle été exécutée contre vous?',
  'q.removal.hint':
    'Une mesure de renvoi est une décision écrite qui vous oblige à quitter le Canada\u00a0: une mesure d\u2019interdiction de séjour, d\u2019exclusion ou d\u2019expulsion. Toute personne qui demande l\u2019asile reçoit une mesure conditionnelle. Elle est probablement en vigueur si la demande a été rejetée, retirée, jugée irrecevable ou a fait l\u2019objet d\u2019un désistement\u00a0: vérifiez vos documents.',
  'q.removal.why':
    'Vous pouvez présenter une demande CH même si vous faites l\u2019objet d\u2019une mesure de renvoi, mais la demande n\u2019arrête pas votre renvoi. Si le renvoi a déjà eu lieu, vous pouvez seulement présenter la demande de l\u2019extérieur du Canada, et il vous faudra peut-être une autorisation écrite pour revenir.',
  'q.removal.short': 'Renvoi',
  'q.removal.error':
    'Indiquez si vous faites l\u2019objet d\u2019une mesure de renvoi, ou si une mesure de renvoi a été exécutée contre vous',
  'q.removal.option.none': 'Non',
  'q.removal.option.order-in-canada': 'Oui, je fais l\u2019objet d\u2019une mesure de renvoi et je suis au Canada',
  'q.removal.option.removed':
    'Une mesure de renvoi a été exécutée contre moi et je suis maintenant à l\u2019extérieur du Canada',
  'q.removal.option-hint.none':
    'Vous ne faites l\u2019objet d\u2019aucune mesure de renvoi, et aucune n\u2019a jamais été exécutée contre vous.',
  'q.removal.option-hint.order-in-canada':
    'Cela comprend une mesure conditionnelle, comme celle que reçoit toute personne qui demande l\u2019asile, même si elle n\u2019est pas encore exécutoire.',
  'q.removal.option-hint.removed':
    'Le Canada a exécuté une mesure de renvoi contre vous (renvoi ou expulsion), et vous êtes maintenant à l\u2019extérieur du Canada.',

  // renvoi, dont les mots suivent le lieu où se trouve la personne (renvoyée par le passé, elle peut être revenue)
  'q.removal.option-hint.none.in-canada':
    'Vous ne faites l\u2019objet d\u2019aucune mesure de renvoi en ce moment. Choisissez aussi cette réponse si vous avez été renvoyé par le passé, que vous êtes revenu et qu\u2019aucune nouvelle mesure n\u2019a été prise.',
  'q.removal.inset.in-canada':
    'Vous avez dit être au Canada. Si vous avez été renvoyé ou expulsé par le passé et que vous êtes revenu, c\u2019est la bonne réponse. Ici, choisissez «\u00a0Non\u00a0», ou «\u00a0Oui, je fais l\u2019objet d\u2019une mesure de renvoi\u00a0» si une nouvelle mesure a été prise après votre retour. Revenir sans autorisation écrite (LIPR, par. 52(1)) peut avoir de graves conséquences\u00a0: parlez-en à un avocat avant de présenter votre demande.',
  'q.removal.inset.outside-canada':
    'Vous avez dit être à l\u2019extérieur du Canada. Si vous êtes au Canada en ce moment, même après un renvoi, changez d\u2019abord cette réponse.',

  // type de mesure de renvoi
  'q.removalOrderType.label': 'Quel type de mesure de renvoi avez-vous reçu?',
  'q.removalOrderType.hint': 'Le type de mesure est écrit sur la mesure elle-même.',
  'q.removalOrderType.why':
    'Chaque type a ses propres règles pour quitter le Canada et pour y revenir, notamment sur la nécessité d\u2019une autorisation écrite pour revenir.',
  'q.removalOrderType.short': 'Type de mesure de renvoi',
  'q.removalOrderType.error': 'Sélectionnez le type de mesure de renvoi que vous avez reçu',
  'q.removalOrderType.option.departure': 'Mesure d\u2019interdiction de séjour',
  'q.removalOrderType.option.exclusion': 'Mesure d\u2019exclusion',
  'q.removalOrderType.option.deportation': 'Mesure d\u2019expulsion',
  'q.removalOrderType.option.unknown': 'Je ne sais pas',
  'q.removalOrderType.option-hint.departure':
    'Vous devez quitter le Canada et confirmer votre départ auprès de l\u2019Agence des services frontaliers du Canada (ASFC) dans les {departureDays} jours après que la mesure devient exécutoire. Sinon, elle devient une mesure d\u2019expulsion.',
  'q.removalOrderType.option-hint.exclusion':
    'Après votre départ, il vous faut une autorisation écrite pour revenir pendant {exclusionYears} an ({misrepresentationYears} ans si la mesure a été prise pour fausses déclarations).',
  'q.removalOrderType.option-hint.deportation':
    'Vous ne pouvez jamais revenir au Canada sans autorisation écrite (une autorisation de retour au Canada).',

  // demande d'asile
  'q.refugeeClaim.label': 'Avez-vous fait une demande d\u2019asile au Canada, et qu\u2019est-elle devenue?',
  'q.refugeeClaim.hint':
    'Une demande d\u2019asile est une demande de protection faite au Canada, à la frontière ou à l\u2019intérieur du pays. Si vous en avez fait plus d\u2019une, répondez pour la dernière.',
  'q.refugeeClaim.why':
    'Une demande d\u2019asile en attente de décision vous empêche de présenter une demande CH. Après une décision négative, il faut habituellement attendre {months} mois. Votre réponse nous dit quelles règles s\u2019appliquent.',
  'q.refugeeClaim.short': 'Demande d\u2019asile',
  'q.refugeeClaim.error':
    'Indiquez ce qu\u2019est devenue votre demande d\u2019asile, ou que vous n\u2019en avez jamais fait',
  'q.refugeeClaim.option.none': 'Non, je n\u2019ai jamais fait de demande d\u2019asile au Canada',
  'q.refugeeClaim.option.pending': 'Oui, et elle attend une décision',
  'q.refugeeClaim.option.rejected': 'Oui, et elle a été rejetée',
  'q.refugeeClaim.option.abandoned': 'Oui, et elle a fait l\u2019objet d\u2019un désistement',
  'q.refugeeClaim.option.withdrawn': 'Oui, et je l\u2019ai retirée',
  'q.refugeeClaim.option.ineligible': 'Oui, mais elle a été jugée irrecevable',
  'q.refugeeClaim.option-hint.none': 'Une demande de réinstallation faite de l\u2019extérieur du Canada ne compte pas.',
  'q.refugeeClaim.option-hint.pending':
    'La Section de la protection des réfugiés (SPR) n\u2019a pas encore décidé, ou vous avez fait appel à la Section d\u2019appel des réfugiés (SAR) et elle n\u2019a pas encore décidé. Choisissez aussi cette réponse si la Cour fédérale a renvoyé votre demande à la SPR ou à la SAR.',
  'q.refugeeClaim.option-hint.rejected':
    'La SPR, ou la SAR après un appel, a décidé que vous n\u2019avez ni la qualité de réfugié ni celle de personne à protéger.',
  'q.refugeeClaim.option-hint.abandoned':
    'La SPR ou la SAR a prononcé le désistement (l\u2019abandon) de votre demande, par exemple parce que vous avez manqué une audience ou un délai.',
  'q.refugeeClaim.option-hint.withdrawn': 'Vous avez informé la SPR que vous ne voulez plus poursuivre votre demande.',
  'q.refugeeClaim.option-hint.ineligible':
    'Un agent a décidé que votre demande ne pouvait pas être déférée à la SPR, par exemple parce que vous aviez déjà fait une demande d\u2019asile.',

  // retrait après la preuve
  'q.withdrawnAfterEvidence.label':
    'Avez-vous retiré votre demande après que la SPR eut commencé à entendre des éléments de preuve testimoniale de fond?',
  'q.withdrawnAfterEvidence.hint':
    'Cela veut dire que votre audience avait commencé et que la SPR avait commencé à entendre la preuve sur votre demande elle-même, par exemple votre témoignage. Si vous l\u2019avez retirée avant, répondez Non.',
  'q.withdrawnAfterEvidence.why':
    'Une demande retirée après l\u2019audition d\u2019éléments de preuve testimoniale de fond compte comme une demande rejetée\u00a0: il faut habituellement attendre {months} mois avant une demande CH. Une demande retirée avant ce moment ne déclenche pas cette attente.',
  'q.withdrawnAfterEvidence.short': 'Retrait après la preuve testimoniale',
  'q.withdrawnAfterEvidence.error':
    'Sélectionnez oui si vous avez retiré votre demande après que la SPR eut commencé à entendre la preuve',

  // date de la dernière décision
  'q.lastDecisionDate.label': 'Quelle est la date de la dernière décision sur votre demande d\u2019asile?',
  'q.lastDecisionDate.hint':
    'Prenez la plus récente de ces dates\u00a0: la décision de la SPR, celle de la SAR, ou la décision de la Cour fédérale qui refuse l\u2019autorisation ou rejette votre contrôle judiciaire. La date figure sur la lettre de décision. Si votre dossier est encore devant la Cour fédérale, l\u2019attente recommencera à partir de sa décision.',
  'q.lastDecisionDate.why':
    'L\u2019attente de {months} mois se calcule à partir de cette date. Nous l\u2019utilisons pour trouver le premier jour où vous pourriez présenter une demande CH.',
  'q.lastDecisionDate.short': 'Date de dernière décision',
  'q.lastDecisionDate.error': 'Entrez la date de la dernière décision sur votre demande d\u2019asile',

  // étranger désigné
  'q.designatedForeignNational.label': 'Avez-vous reçu un avis écrit indiquant que vous êtes un étranger désigné?',
  'q.designatedForeignNational.hint':
    'La désignation est une décision officielle du ministre de la Sécurité publique visant l\u2019arrivée d\u2019un groupe, et elle est communiquée par écrit. Traverser la frontière sans autorisation ne fait pas, à lui seul, de vous un étranger désigné.',
  'q.designatedForeignNational.why':
    'Les étrangers désignés doivent habituellement attendre {years} ans avant de présenter une demande CH. L\u2019attente se calcule à partir de la désignation, ou de la décision définitive sur leur demande d\u2019asile ou leur ERAR.',
  'q.designatedForeignNational.short': 'Étranger désigné',
  'q.designatedForeignNational.error': 'Sélectionnez oui si vous avez reçu un avis écrit de désignation',

  // date de désignation
  'q.designationDate.label': 'Quelle est la date de votre désignation?',
  'q.designationDate.hint': 'La date de la désignation figure sur votre avis écrit.',
  'q.designationDate.why':
    'S\u2019il n\u2019y a pas de décision définitive sur une demande d\u2019asile ou un ERAR, l\u2019attente de {years} ans se calcule à partir de cette date.',
  'q.designationDate.short': 'Date de désignation',
  'q.designationDate.error': 'Entrez la date de votre désignation',

  // date de la décision définitive (étrangers désignés)
  'q.dfnFinalDecisionDate.label':
    'Quelle est la date de la décision définitive sur votre demande d\u2019asile ou votre ERAR?',
  'q.dfnFinalDecisionDate.hint':
    'Si vous avez eu un ERAR, prenez la date de sa décision définitive; sinon, celle de la décision définitive sur votre demande d\u2019asile. La date figure sur la lettre de décision. Laissez ce champ vide s\u2019il n\u2019y a eu aucune décision définitive sur une demande d\u2019asile ou un ERAR.',
  'q.dfnFinalDecisionDate.why':
    'Pour un étranger désigné, l\u2019attente de {years} ans se calcule à partir de cette décision définitive, s\u2019il y en a une.',
  'q.dfnFinalDecisionDate.short': 'Date de décision définitive',
  'q.dfnFinalDecisionDate.error':
    'Entrez la date de la décision définitive sur votre demande d\u2019asile ou votre ERAR',

  // ERAR en attente
  'q.prraPending.label': 'Attendez-vous une décision sur un examen des risques avant renvoi (ERAR)?',
  'q.prraPending.hint':
    'Un ERAR demande au Canada d\u2019évaluer les risques que vous courriez en cas de renvoi. Répondez Oui seulement si vous avez fait la demande et n\u2019avez pas encore de décision.',
  'q.prraPending.why':
    'Après une demande d\u2019asile jugée irrecevable, vous ne pouvez pas présenter de demande CH tant qu\u2019un ERAR est en attente. Pour un étranger désigné, l\u2019attente de {years} ans se calculera à partir de la décision définitive sur l\u2019ERAR, donc sa fin n\u2019est pas encore connue.',
  'q.prraPending.short': 'ERAR en attente',
  'q.prraPending.error': 'Sélectionnez oui si vous attendez une décision sur un examen des risques avant renvoi',

  // autre demande CH
  'q.pendingHc.label': 'Avez-vous déjà une autre demande CH en attente de décision?',
  'q.pendingHc.hint':
    'Comptez une demande faite seule ou à l\u2019intérieur d\u2019une autre demande de résidence permanente.',
  'q.pendingHc.why':
    'La loi permet une seule demande CH à la fois. Vous ne pouvez pas en présenter une nouvelle tant qu\u2019une autre est en attente.',
  'q.pendingHc.short': 'Autre demande CH',
  'q.pendingHc.error': 'Sélectionnez oui si vous avez déjà une autre demande CH en attente de décision',

  // répondant
  'q.familySponsor.label':
    'Un membre de votre famille qui a la citoyenneté canadienne ou la résidence permanente pourrait-il vous parrainer?',
  'q.familySponsor.hint':
    'Il s\u2019agit de votre époux ou conjoint de fait, ou de votre père ou mère si vous êtes son enfant à charge. Ce peut aussi être votre enfant ou petit-enfant, si vous êtes son parent ou grand-parent.',
  'q.familySponsor.why':
    'Le parrainage familial peut être une meilleure façon d\u2019obtenir la résidence permanente; vérifiez-le d\u2019abord. Il ne vous empêche pas de présenter une demande CH.',
  'q.familySponsor.short': 'Répondant dans la famille',
  'q.familySponsor.error':
    'Sélectionnez oui si un membre de votre famille qui a la citoyenneté canadienne ou la résidence permanente pourrait vous parrainer',
  'q.familySponsor.option.yes': 'Oui',
  'q.familySponsor.option.no': 'Non',
  'q.familySponsor.option.unsure': 'Je ne sais pas',

  // crainte de retour
  'q.fearOfReturn.label':
    'Craignez-vous la persécution, la torture, une menace à votre vie ou des traitements ou peines cruels et inusités si vous retournez dans votre pays?',
  'q.fearOfReturn.hint':
    'Par exemple, des préjudices à cause de votre religion, de votre groupe ethnique ou de vos opinions politiques, ou une menace à votre vie. La pauvreté générale ou des conditions de vie difficiles viennent plus loin.',
  'q.fearOfReturn.why':
    'Ce type de risque relève habituellement d\u2019une demande d\u2019asile ou d\u2019un ERAR, et non d\u2019une demande CH. Au Canada, IRCC ne prend pas en compte dans une demande CH les risques examinés dans une demande d\u2019asile, mais les mêmes faits peuvent compter comme des difficultés.',
  'q.fearOfReturn.short': 'Crainte de retour',
  'q.fearOfReturn.error':
    'Sélectionnez oui si vous craignez pour votre sécurité ou votre vie en retournant dans votre pays',
  'q.fearOfReturn.option.yes': 'Oui',
  'q.fearOfReturn.option.no': 'Non',

  // date d'entrée
  'q.entryDate.label':
    'Depuis le {entriesAfter}, quelle est la date de votre première entrée au Canada, s\u2019il y en a eu une?',
  'q.entryDate.hint':
    'En cas d\u2019entrées multiples, prenez la première après cette date. Le tampon dans votre passeport ou un document reçu à la frontière peut l\u2019indiquer. Laissez ce champ vide s\u2019il n\u2019y a eu aucune entrée au Canada depuis.',
  'q.entryDate.why':
    'Depuis un changement récent de la loi, une demande d\u2019asile faite plus de {oneYear} mois après cette entrée peut être irrecevable. Nous utilisons la date pour vous dire si cela peut s\u2019appliquer.',
  'q.entryDate.short': 'Entrée au Canada',
  'q.entryDate.error': 'Entrez la date de votre première entrée au Canada',

  // travail et études
  'q.economicProfile.label':
    'Avez-vous une expérience de travail, une offre d\u2019emploi ou des études qui pourraient vous rendre admissible à un programme d\u2019immigration économique?',
  'q.economicProfile.hint':
    'Par exemple, une expérience de travail qualifié, une offre d\u2019emploi d\u2019un employeur canadien ou des études au Canada.',
  'q.economicProfile.why':
    'Un programme économique, comme Entrée express ou un programme d\u2019une province, peut être une autre façon d\u2019obtenir la résidence permanente. Vérifiez-le, mais cela ne vous empêche pas de présenter une demande CH.',
  'q.economicProfile.short': 'Travail et études',
  'q.economicProfile.error':
    'Sélectionnez oui si votre travail, une offre d\u2019emploi ou vos études pourraient vous rendre admissible à un programme économique',
  'q.economicProfile.option.yes': 'Oui',
  'q.economicProfile.option.no': 'Non',
  'q.economicProfile.option.unsure': 'Je ne sais pas',

  // aide familial
  'q.caregiverExperience.label':
    'Avez-vous travaillé en garde d\u2019enfants en milieu familial ou en soutien à domicile?',
  'q.caregiverExperience.hint':
    'Il s\u2019agit de prendre soin d\u2019enfants, ou de personnes âgées ou handicapées, dans un domicile privé.',
  'q.caregiverExperience.why':
    'Le Canada a des programmes pour les aides familiales et aides familiaux qui peuvent mener à la résidence permanente. Vérifiez lesquels sont ouverts en ce moment; cela ne vous empêche pas de présenter une demande CH.',
  'q.caregiverExperience.short': 'Travail en aide familiale',
  'q.caregiverExperience.error':
    'Sélectionnez oui si vous avez travaillé en garde d\u2019enfants en milieu familial ou en soutien à domicile',
  'q.caregiverExperience.option.yes': 'Oui',
  'q.caregiverExperience.option.no': 'Non',
  'q.caregiverExperience.option.unsure': 'Je ne sais pas',

  // famille (une page, deux questions)
  'step.family.title': 'Votre famille dans la demande',
  'step.family.intro':
    'Vous devez déclarer chaque membre de votre famille (votre époux ou conjoint de fait et vos enfants à charge), même une personne qui ne vous accompagne pas. Les membres de la famille sont normalement contrôlés aussi, et ne doivent pas être interdits de territoire. Un membre de la famille non déclaré ou non contrôlé ne pourra jamais être parrainé plus tard à ce titre. Chaque personne incluse ajoute des frais.',

  'q.spouseIncluded.label': 'Allez-vous inclure votre époux ou conjoint de fait dans votre demande?',
  'q.spouseIncluded.hint':
    'Répondez Non si vous n\u2019avez pas d\u2019époux ni de conjoint de fait, ou si cette personne ne fera pas partie de votre demande. Vous devez quand même la déclarer. Un époux ou conjoint de fait qui a la citoyenneté canadienne ou la résidence permanente n\u2019est pas inclus\u00a0: répondez Non.',
  'q.spouseIncluded.why':
    'Chaque personne incluse dans la demande ajoute des frais. Nous utilisons cette réponse pour estimer ce que vous auriez à payer.',
  'q.spouseIncluded.short': 'Époux ou conjoint de fait inclus',
  'q.spouseIncluded.error': 'Sélectionnez oui si vous allez inclure votre époux ou conjoint de fait dans votre demande',

  'q.dependentChildren.label': 'Combien d\u2019enfants à charge allez-vous inclure dans votre demande?',
  'q.dependentChildren.hint':
    'Comptez seulement les enfants que vous incluez dans votre demande, mais déclarez-les tous. Un enfant à charge a habituellement moins de {childAge} ans et n\u2019a ni époux ni conjoint de fait. Ne comptez pas les enfants qui ont la citoyenneté canadienne ou la résidence permanente. Inscrivez 0 s\u2019il n\u2019y en a aucun.',
  'q.dependentChildren.why':
    'Chaque enfant à charge que vous incluez ajoute des frais de traitement. Nous utilisons ce nombre pour estimer ce que vous auriez à payer.',
  'q.dependentChildren.short': 'Enfants à charge',
  'q.dependentChildren.error': 'Entrez le nombre d\u2019enfants à charge à inclure dans votre demande, ou 0',
  'q.dependentChildren.error-negative': 'Le nombre d\u2019enfants à charge doit être 0 ou plus',

  'q.familyMemberPendingClaim.label':
    'Un membre de la famille à inclure a-t-il une demande d\u2019asile qui attend une décision de la SPR ou de la SAR?',
  'q.familyMemberPendingClaim.hint': 'Pensez à votre époux ou conjoint de fait et aux enfants que vous incluez.',
  'q.familyMemberPendingClaim.why':
    'Tant que sa demande d\u2019asile attend une décision, cette personne ne peut pas faire partie de votre demande CH. Demandez conseil sur l\u2019ordre des démarches.',
  'q.familyMemberPendingClaim.short': 'Demande d\u2019asile d\u2019un membre de la famille',
  'q.familyMemberPendingClaim.error':
    'Sélectionnez oui si un membre de la famille à inclure a une demande d\u2019asile en attente de décision',
  'q.familyMemberPendingClaim.option.yes': 'Oui',
  'q.familyMemberPendingClaim.option.no': 'Non',
  'q.familyMemberPendingClaim.option.unsure': 'Je ne sais pas',

  // données biométriques (au Canada)
  'q.biometricsExempt.label':
    'Combien des personnes de votre demande ont moins de {youngest} ans ou plus de {oldest} ans?',
  'q.biometricsExempt.hint':
    'Comptez-vous, avec votre époux ou conjoint de fait si vous l\u2019incluez et vos enfants à charge. À ces âges, on ne fournit pas de données biométriques (empreintes digitales et photo). Chaque membre de la famille doit quand même être déclaré.',
  'q.biometricsExempt.why': 'Nous l\u2019utilisons seulement pour estimer les frais de données biométriques.',
  'q.biometricsExempt.short': 'Personnes dispensées des données biométriques',
  'q.biometricsExempt.error': 'Entrez combien des personnes de votre demande sont dans ces groupes d\u2019âge, ou 0',
  'q.biometricsExempt.error-negative': 'Le nombre de personnes doit être 0 ou plus',

  // enfants touchés
  'q.childrenAffected.label': 'La décision sur votre demande toucherait-elle directement un enfant?',
  'q.childrenAffected.hint':
    'L\u2019enfant n\u2019a pas à être le vôtre. Il peut être au Canada ou dans un autre pays, par exemple un enfant dont vous prenez soin.',
  'q.childrenAffected.why':
    'IRCC doit tenir compte de l\u2019intérêt supérieur de tout enfant directement touché. Cet intérêt a un poids particulier\u00a0: expliquez-le avec des preuves.',
  'q.childrenAffected.short': 'Enfants touchés',
  'q.childrenAffected.error': 'Sélectionnez oui si la décision sur votre demande toucherait directement un enfant',

  // préjudice à un enfant
  'q.childHarm.label': 'Un refus nuirait-il à la sécurité, à la santé ou au bien-être d\u2019un tel enfant?',
  'q.childHarm.hint':
    'Par exemple, si un enfant était séparé d\u2019un parent, perdait des soins médicaux ou devait quitter l\u2019école.',
  'q.childHarm.why':
    'Le tort causé à un enfant pèse lourd dans la décision. Il peut aussi lever l\u2019attente après le rejet d\u2019une demande d\u2019asile, si IRCC conclut que le renvoi nuirait à l\u2019intérêt supérieur de l\u2019enfant.',
  'q.childHarm.short': 'Préjudice à un enfant',
  'q.childHarm.error':
    'Sélectionnez oui si un refus nuirait à la sécurité, à la santé ou au bien-être d\u2019un tel enfant',
  'q.childHarm.option.yes': 'Oui',
  'q.childHarm.option.no': 'Non',

  // risque pour la vie faute de soins
  'q.lifeRiskNoMedicalCare.label':
    'Quitter le Canada mettrait-il votre vie en danger parce qu\u2019aucun pays dont vous avez la citoyenneté (ou, sans citoyenneté, où vous viviez) ne peut vous offrir des soins de santé ou médicaux adéquats?',
  'q.lifeRiskNoMedicalCare.hint':
    'Répondez Oui seulement si votre vie serait en danger, pas seulement si les soins seraient plus difficiles à obtenir ou plus chers.',
  'q.lifeRiskNoMedicalCare.why':
    'Si oui, l\u2019attente après le rejet d\u2019une demande d\u2019asile pourrait ne pas s\u2019appliquer, mais IRCC en décide sur vos preuves. Votre santé fait aussi partie de l\u2019examen CH.',
  'q.lifeRiskNoMedicalCare.short': 'Vie menacée (soins médicaux)',
  'q.lifeRiskNoMedicalCare.error':
    'Sélectionnez oui si quitter le Canada mettrait votre vie en danger faute de soins adéquats',

  // difficultés
  'q.hardships.label': 'Que vous arriverait-il, à vous ou à votre famille, si votre demande était refusée?',
  'q.hardships.hint': 'Cochez tout ce qui s\u2019applique. Il vous faudra des preuves pour chaque élément.',
  'q.hardships.why':
    'IRCC apprécie l\u2019ensemble de vos difficultés, pas une à la fois. Les coûts et les inconvénients habituels d\u2019un départ du Canada ne suffisent pas à eux seuls.',
  'q.hardships.short': 'Difficultés',
  'q.hardships.error': 'Sélectionnez ce qui vous arriverait, à vous ou à votre famille, ou «\u00a0{option}\u00a0»',
  'q.hardships.option.safety': 'Un danger pour ma sécurité',
  'q.hardships.option.health-care': 'Pas d\u2019accès aux soins de santé dont j\u2019ai besoin',
  'q.hardships.option.family-separation': 'La séparation de ma famille',
  'q.hardships.option.family-violence': 'La violence familiale',
  'q.hardships.option.country-conditions': 'De mauvaises conditions dans mon pays',
  'q.hardships.option.discrimination': 'La discrimination',
  'q.hardships.option.establishment': 'Perdre la vie que j\u2019ai bâtie au Canada',
  'q.hardships.option.costs-of-return': 'Les coûts et les inconvénients d\u2019un départ du Canada',
  'q.hardships.option.other': 'Autre chose',
  'q.hardships.option.none': 'Aucun de ces cas',
  'q.hardships.option-hint.safety': 'Par exemple, des menaces ou de la violence que vous subiriez.',
  'q.hardships.option-hint.health-care':
    'Des traitements, des médicaments ou des soins dont vous ou un membre de votre famille avez besoin ne seraient pas disponibles.',
  'q.hardships.option-hint.family-separation':
    'Vivre loin de votre époux ou conjoint de fait, de vos enfants, de vos parents ou d\u2019autres proches.',
  'q.hardships.option-hint.family-violence':
    'De la violence conjugale ou familiale, que vous avez fuie ou que vous subiriez.',
  'q.hardships.option-hint.country-conditions':
    'Par exemple une guerre, une catastrophe naturelle, ou le manque de logement, de nourriture ou de travail là où vous devriez vivre.',
  'q.hardships.option-hint.discrimination':
    'Un traitement injuste à cause de qui vous êtes, par exemple votre groupe ethnique, votre religion, votre sexe, votre orientation sexuelle ou un handicap.',
  'q.hardships.option-hint.establishment':
    'Votre travail, votre logement, vos études, vos amitiés et vos liens avec votre communauté au Canada.',
  'q.hardships.option-hint.costs-of-return':
    'Les frais de voyage et de déménagement, et le bouleversement du départ. À eux seuls, ils ne suffisent pas.',
  'q.hardships.option-hint.other': 'Une autre conséquence grave qui n\u2019est pas dans cette liste.',

  // gravité
  'q.severity.label': 'Quelle serait la gravité des conséquences d\u2019un refus pour vous et votre famille?',
  'q.severity.hint': 'Pensez à tout ce qui arriverait et donnez votre avis sincère.',
  'q.severity.why':
    'IRCC apprécie la gravité des conséquences d\u2019un refus pour vous et votre famille, avec tout le reste. Préparez-vous à la montrer avec des preuves.',
  'q.severity.short': 'Gravité',
  'q.severity.error': 'Sélectionnez la gravité des conséquences d\u2019un refus',
  'q.severity.option.severe': 'Très graves',
  'q.severity.option.serious': 'Graves',
  'q.severity.option.moderate': 'Modérées',
  'q.severity.option.minor': 'Mineures',

  // aide dans le pays d'origine
  'q.homeCountryHelp.label':
    'Avez-vous demandé de l\u2019aide aux autorités de votre pays d\u2019origine pour votre situation?',
  'q.homeCountryHelp.hint': 'Par exemple, la police, un tribunal ou un bureau du gouvernement.',
  'q.homeCountryHelp.why':
    'La loi ne l\u2019exige pas. Si vos difficultés comprennent de la violence ou des menaces, dites dans votre demande si les autorités de votre pays pouvaient vraiment vous aider, avec des preuves si possible.',
  'q.homeCountryHelp.short': 'Aide dans votre pays',
  'q.homeCountryHelp.error': 'Indiquez si vous avez demandé de l\u2019aide aux autorités de votre pays d\u2019origine',
  'q.homeCountryHelp.option.sought-with-proof': 'Oui, et j\u2019ai des preuves',
  'q.homeCountryHelp.option.sought-no-proof': 'Oui, mais je n\u2019ai pas de preuves',
  'q.homeCountryHelp.option.not-sought-with-reason': 'Non, et je peux expliquer pourquoi',
  'q.homeCountryHelp.option.not-sought': 'Non',
  'q.homeCountryHelp.option-hint.sought-with-proof':
    'Par exemple, un rapport de police, des lettres ou des documents de tribunal.',
  'q.homeCountryHelp.option-hint.sought-no-proof':
    'Vous avez demandé de l\u2019aide, mais vous n\u2019avez aucun document qui le montre.',
  'q.homeCountryHelp.option-hint.not-sought-with-reason':
    'Par exemple, demander de l\u2019aide aurait été dangereux, ou les autorités faisaient partie du problème.',
  'q.homeCountryHelp.option-hint.not-sought':
    'Vous n\u2019avez pas demandé d\u2019aide et ne pouvez pas encore expliquer pourquoi. Si vos difficultés comprennent de la violence ou des menaces, expliquez-le dans votre demande.',

  // années au Canada
  'q.yearsInCanada.label': 'Combien d\u2019années avez-vous vécu au Canada?',
  'q.yearsInCanada.hint':
    'Comptez tout le temps que vous avez vécu au Canada. Vous pouvez utiliser des parties d\u2019années, par exemple 2,5 pour deux ans et demi.',
  'q.yearsInCanada.why':
    'Le temps passé au Canada fait partie de votre établissement ici. IRCC l\u2019apprécie avec votre travail, vos études et vos liens avec votre communauté.',
  'q.yearsInCanada.short': 'Années au Canada',
  'q.yearsInCanada.error': 'Entrez le nombre d\u2019années que vous avez vécu au Canada',
  'q.yearsInCanada.error-negative': 'Le nombre d\u2019années au Canada doit être 0 ou plus',
};
