/**
 * The results page's words (English): the outcome, one card per rule, next steps, forms, fees,
 * evidence, what happens after a refusal, corrections of the source document, help. Legal numbers
 * are never written here: they come from the engine's parameters through `{placeholders}`.
 * Sources: shared/domain/hc-rules.md §1–§4 and research-notes.md (D1, E6–E9, F1–F7, G, H).
 */
export const results = {
  'results.summary.not-eligible': 'An H&C request cannot help in your situation, for the reason below.',
  'results.summary.use-other-class':
    'IRCC asks you to use another class of permanent residence before H&C. Below: which class, why, and where to start.',
  'results.summary.barred-no-date':
    'The law does not let you make an H&C request yet, and no date can be given. Do not pay or send anything yet. First:',
  'results.summary.lift':
    'Your request relies on an exception to the {months}-month wait, and IRCC decides whether it applies. If IRCC does not accept it, the first day you can apply is {from}.',
  'results.summary.can-apply.in-canada':
    'You can make the request from inside Canada. Approval is never automatic: an officer weighs everything you show.',
  'results.summary.can-apply.outside-canada':
    'From outside Canada, you make the request as part of a permanent resident visa application. An officer may examine it; approval is never automatic.',
  'results.first.bar.pending-hc': 'your other H&C request must be decided, or you must withdraw it',
  'results.first.bar.pending-refugee-claim':
    'your refugee claim must be decided first (read the warning on withdrawing)',
  'results.first.bar.pending-prra': 'your pre-removal risk assessment (PRRA) must be decided',
  'results.first.bar.designated-foreign-national':
    'your claim or PRRA must be finally decided; the {years} years then run from that decision',
  'results.first.until.bar.twelve-month': 'you cannot apply before {from} because of the {months}-month wait',
  'results.first.until.bar.designated-foreign-national':
    'you cannot apply before {from} because of the {years}-year wait for designated foreign nationals',
  'results.group.decisive': 'What decides your result',
  'results.group.warn': 'Warnings',
  'results.group.suggest': 'Other routes worth checking',
  'results.group.inform': 'Good to know',
  'results.sources': 'Sources:',
  'results.rule-id': 'Rule {id}',
  'results.next.title': 'What to do next',
  'results.contents': 'Contents',
  'results.reasons': 'Why this is your result',
  'results.key-date.earliest': 'Earliest date to apply: {date}',
  'results.key-date.lift': 'If the exception is not accepted, earliest date to apply: {from}',
  'results.summary.barred-dated': 'The law does not let you make an H&C request yet. Do not pay or send anything yet.',
  'results.summary.quebec':
    'Then Quebec must select you (CSQ), and it takes longer: about {quebec} months against {elsewhere} elsewhere, in figures of {date}.',
  'results.summary.quebec-undated': 'Then Quebec must select you (CSQ), and it takes longer.',
  'results.ministerial-relief':
    'Ministerial relief is a special request to the Minister of Public Safety. It can lift the security and organized crime grounds and the one for senior officials of certain governments. It never lifts war crimes, crimes against humanity, organ trafficking or sanctions; sanctions inadmissibility ends when the sanction ends.',
  'results.redirect.removal':
    'A removal order may be in force against you. Applying in this class does not by itself stop removal: see a lawyer now.',
  'results.redirect.removal-if':
    'If you have a removal order, applying in this class does not by itself stop removal: see a lawyer now.',
  'results.redirect.dfn':
    'If you were notified in writing that you are a designated foreign national, you may not be able to apply in this class for {years} years: get advice first.',

  'rule.exclude.citizen-or-pr.title': 'You are already a citizen or permanent resident',
  'rule.exclude.citizen-or-pr.body':
    'An H&C request is only for foreign nationals: people who are neither citizens nor permanent residents. Permanent resident status ends only by a final decision, a removal order taking effect, or giving it up; an expired card or a long time abroad does not end it. If you may not meet the residency obligation (the time you must spend in Canada), humanitarian grounds are raised in that decision or its appeal: get advice.',
  'rule.exclude.non-exemptible-inadmissibility.title': 'H&C cannot overcome the grounds you named',
  'rule.exclude.non-exemptible-inadmissibility.body':
    'No H&C request, in Canada or from abroad, can exempt you from these grounds of inadmissibility. They are security, human or international rights violations, sanctions and organized criminality.',
  'rule.warn.possible-non-exemptible-inadmissibility.title': 'Get legal advice before you apply',
  'rule.warn.possible-non-exemptible-inadmissibility.body':
    'You said you may be inadmissible on a ground H&C cannot overcome, though no one has decided it yet. If an officer finds that it applies, your request cannot be examined, and the fees you paid are not refunded.',
  'rule.redirect.protected-person.title': 'Apply as a protected person instead',
  'rule.redirect.protected-person.body':
    'You already have refugee protection or a positive PRRA. Usually you apply for permanent residence as a protected person, with no H&C request. Start with IRCC’s application for protected persons on canada.ca. Have your case checked first if you may be inadmissible, for example for serious criminality, or if your positive PRRA only stopped your removal. You may then need an H&C request.',
  'rule.redirect.spouse-in-canada-class.title': 'Apply in the spouse or common-law partner in Canada class first',
  'rule.redirect.spouse-in-canada-class.body':
    'You said you live in Canada with a spouse or partner who is a citizen or permanent resident and can sponsor you. IRCC asks you to use that class before H&C. A public policy lets you apply in it without status, but it does not excuse criminality or other inadmissibility. Your sponsor must meet the sponsorship conditions, and applying does not by itself stop a removal. Start with IRCC’s spousal sponsorship application on canada.ca.',
  'rule.redirect.permit-holder-class.title': 'Apply in the permit holder class first',
  'rule.redirect.permit-holder-class.body':
    'You have held a temporary resident permit long enough for the permit holder class. That class comes before H&C. Start with IRCC’s application for permit holders on canada.ca.',
  'rule.bar.pending-hc.title': 'You already have an H&C request pending',
  'rule.bar.pending-hc.body':
    'Only one H&C request can be under consideration at a time, including one made inside another permanent residence application. Wait for its decision, or withdraw it.',
  'rule.bar.pending-refugee-claim.title': 'Your refugee claim is still pending',
  'rule.bar.pending-refugee-claim.body':
    'While a claim is before the Refugee Protection Division (RPD) or the Refugee Appeal Division (RAD), you cannot make an H&C request. The claim must be decided first: do not withdraw it without advice.',
  'rule.bar.pending-refugee-claim.body-redirect':
    'Your pending refugee claim does not stop an application in this class. Do not withdraw it without a lawyer’s advice.',
  'rule.bar.pending-prra.title': 'Your pre-removal risk assessment is pending',
  'rule.bar.pending-prra.body':
    'Your claim was found ineligible and your pre-removal risk assessment (PRRA) is not decided yet. You cannot make an H&C request until it is.',
  'rule.bar.twelve-month.title': 'The {months}-month wait after a negative decision on your refugee claim',
  'rule.bar.twelve-month.body':
    'For {months} months after the last negative decision on a refugee claim (rejected, abandoned, or withdrawn after evidence was heard), the law bars an H&C request. They run from the latest decision of the RPD, the RAD or the Federal Court. In your case they end on {until}: you can apply from {from}.',
  'rule.bar.twelve-month.removal':
    'During this wait your removal order is probably in force, and you can be removed before {from}. You generally cannot get a pre-removal risk assessment (PRRA) or a temporary resident permit either. See a lawyer now. If removal would hurt a child or put your life at risk for lack of medical care, ask about the exception to this wait.',
  'rule.lift.twelve-month.title': 'The {months}-month wait may not apply to you',
  'rule.lift.twelve-month.life':
    'You said removal would put your life at risk because no country of your citizenship (or, if you have none, where you used to live) can give you adequate medical care.',
  'rule.lift.twelve-month.child':
    'You said a refusal would harm a child directly affected. The exception asks whether removal would hurt that child’s best interests.',
  'rule.lift.twelve-month.body':
    'The {months}-month wait may then not apply to you, but IRCC decides on your evidence. Say in your request that you rely on this exception, and prove it. If IRCC does not accept it, the first day you can apply is {from}. Other bars still apply.',
  'rule.lift.twelve-month.removal':
    'Relying on the exception does not stop removal: your removal order is probably in force. See a lawyer now.',
  'rule.bar.designated-foreign-national.title': 'The {years}-year wait for designated foreign nationals',
  'rule.bar.designated-foreign-national.body':
    'You were notified in writing that you are a designated foreign national. For {years} years after the final decision on your claim or PRRA (with neither, after the designation), you cannot make an H&C request. In your case they end on {until}: you can apply from {from}.',
  'rule.bar.designated-foreign-national.body-pending':
    'You were notified in writing that you are a designated foreign national. You cannot make an H&C request while your claim or PRRA is pending, nor for {years} years after its final decision.',
  'rule.bar.designated-foreign-national.other-routes':
    'During that time you cannot apply for permanent residence in any other class either, nor ask for a temporary resident permit.',
  'rule.suggest.family-sponsorship.title': 'A relative may be able to sponsor you',
  'rule.suggest.family-sponsorship.body':
    'Family sponsorship may be a surer route. Check it first; it does not stop you from making an H&C request.',
  'rule.suggest.refugee-claim.title': 'Risk belongs in a refugee claim',
  'rule.suggest.refugee-claim.body':
    'Fear of persecution, torture or risk to life is decided in a refugee claim, not in an H&C request. While a claim is pending, no H&C request can be examined, and a refusal starts a {months}-month wait. A claim made after coming from the United States by land is often ineligible. An ineligible claim puts your removal order in force, and a PRRA made after it stops any H&C request from being examined. Get advice quickly: time limits apply.',
  'rule.warn.refugee-claim-one-year.title': 'A refugee claim now may be ineligible',
  'rule.warn.refugee-claim-one-year.body':
    'A claim made from {claimsFrom} is ineligible if the person entered Canada after {entriesAfter} and claims more than {months} months after entry. That is your case, so a pre-removal risk assessment may be the only risk route.',
  'rule.suggest.economic-program.title': 'You may fit an economic program',
  'rule.suggest.economic-program.body':
    'Check Express Entry and your province’s nominee program. They are suggestions, not bars.',
  'rule.suggest.economic-program.body-qc':
    'In Quebec, Quebec selects skilled workers through its own program (PSTQ), and they need a CSQ. Express Entry’s federal skilled worker and Canadian experience classes are for people who plan to live outside Quebec, and Quebec has no provincial nominee program.',
  'rule.suggest.economic-program.peq':
    'The PEQ (Quebec experience program) closed on {peqClosed}, with a reopening from {peqReopened}: check its conditions on quebec.ca.',
  'rule.suggest.economic-program.peq-unconfirmed':
    'The PEQ (Quebec experience program) closed on {peqClosed}, and a temporary reopening from {peqReopened} has been reported. These dates are reported, not confirmed: check quebec.ca.',
  'rule.suggest.caregiver-program.title': 'Check the caregiver pathways',
  'rule.suggest.caregiver-program.body':
    'With experience as a home child care or home support worker, a caregiver pathway may suit you. Check which are open now.',
  'rule.suggest.temporary-resident-permit.title': 'A temporary resident permit may help',
  'rule.suggest.temporary-resident-permit.body':
    'If you are inadmissible, a temporary resident permit can let you stay for a compelling reason, instead of or besides an H&C request. It is exceptional, and cannot be requested for {months} months after a refugee claim is rejected, abandoned or withdrawn.',
  'rule.suggest.temporary-resident-permit.withdrawn':
    'You withdrew your refugee claim: you cannot request a permit within {months} months of the withdrawal.',
  'rule.warn.costs-not-sufficient.title': 'The cost of returning is not enough on its own',
  'rule.warn.costs-not-sufficient.body':
    'The ordinary cost and inconvenience of leaving Canada do not, on their own, justify an exception on H&C grounds. Name and prove any other hardship you would face.',
  'rule.warn.risk-not-weighed.title': 'Risk to your safety is not weighed as such',
  'rule.warn.risk-not-weighed.body':
    'In a request made in Canada, the officer does not weigh refugee-type risk (persecution, torture, risk to life). The facts behind your fear can count as hardship: present them that way, with evidence. For the risk itself, use a refugee claim or a PRRA.',
  'rule.warn.no-stay-of-removal.title': 'Applying does not stop your removal',
  'rule.warn.no-stay-of-removal.body':
    'A request does not delay a removal order. Only a positive stage-1 decision stops your removal for the time being (a “stay of removal”). If you must leave before then, IRCC keeps processing the request.',
  'rule.warn.authorization-to-return.title': 'You may need authorization to return',
  'rule.warn.authorization-to-return.body':
    'Because you were removed, you can apply only from outside Canada, with a permanent resident visa application. To come back, you may need written authorization to return to Canada (ARC). You always need it after a deportation order, and for a set time after an exclusion order, longer after misrepresentation. You do not need it if you left on time under a departure order and confirmed it with the Canada Border Services Agency. The ARC has its own fee: check IRCC’s fee list. If Canada paid for your removal, you must repay that cost first.',
  'rule.warn.withdrawal-consequences.title': 'Withdrawing a refugee claim has consequences',
  'rule.warn.withdrawal-consequences.body':
    'Withdrawing your claim is rarely in your interest. Once the withdrawal is noted, your removal order comes into force and you can be removed. For {months} months you generally cannot get a pre-removal risk assessment (PRRA) or a temporary resident permit. An H&C request does not stop removal, and any later refugee claim is ineligible. Withdrawing before evidence is heard only avoids the {months}-month wait for H&C. Do not withdraw without a lawyer’s advice.',
  'rule.warn.withdrawal-consequences.body-withdrawn':
    'You withdrew your refugee claim. Your removal order came into force on the day the withdrawal was noted, and you can be removed. For {months} months after the withdrawal, you generally cannot get a pre-removal risk assessment (PRRA) or a temporary resident permit. An H&C request does not stop removal, and any later refugee claim is ineligible. See a lawyer now.',
  'rule.warn.withdrawal-consequences.body-withdrawn-abroad':
    'You withdrew your refugee claim, so any later refugee claim in Canada is ineligible. For {months} months after the withdrawal, you generally cannot get a temporary resident permit.',
  'rule.warn.explain-no-home-help.title': 'Say whether help at home was really available',
  'rule.warn.explain-no-home-help.body':
    'It is not a legal condition. If your hardship involves violence or threats, say whether the authorities in your country could really protect or help you, with evidence if you can.',
  'rule.warn.declare-family-members.title': 'Declare every family member',
  'rule.warn.declare-family-members.body':
    'List your spouse or partner and all your dependent children, even those who will not come with you. A family member you leave out, or who is not examined, can never be sponsored later as your family member.',
  'rule.warn.family-member-pending-claim.title': 'A family member’s refugee claim may be pending',
  'rule.warn.family-member-pending-claim.body':
    'A family member whose refugee claim is pending cannot be included in this request until the claim is decided. Get advice on the order of the steps before you apply.',
  'rule.warn.professional-review.title': 'Have this result checked',
  'rule.warn.professional-review.body':
    'For a fee, only the people named under “Get professional help” below may advise you.',
  'results.unsure.inadmissibility':
    'You were not sure whether you are inadmissible. Some grounds, such as security or organized crime, cannot be overcome by an H&C request; others are weighed in it.',
  'results.unsure.spouseOrPartnerInCanada':
    'You were not sure whether your spouse or partner can sponsor you. If they can, IRCC asks you to apply in the spouse or common-law partner in Canada class first.',
  'results.unsure.permitHolderEligible':
    'You were not sure whether you have held a temporary resident permit long enough. If you have, IRCC asks you to apply in the permit holder class first.',
  'results.unsure.removalOrderType':
    'You did not know the type of your removal order. It decides how long you have to leave, and whether you need written authorization to return.',
  'results.unsure.familySponsor':
    'You were not sure whether a relative could sponsor you. If one can, family sponsorship may be a surer route.',
  'results.unsure.economicProfile':
    'You were not sure whether you could qualify for an economic program. If you can, it may be a quicker or surer route than H&C.',
  'results.unsure.caregiverExperience':
    'You were not sure whether your caregiving experience counts. If it does, a caregiver pathway may suit you.',
  'results.unsure.familyMemberPendingClaim':
    'You were not sure whether a family member’s refugee claim is pending. Check it before you apply.',
  'rule.inform.quebec-selection.title': 'Quebec must select you (CSQ)',
  'rule.inform.quebec-selection.body':
    'If IRCC approves your request at stage 1, it sends your file to Quebec’s immigration ministry (MIFI). MIFI invites you to its program for persons selected on humanitarian considerations. It looks at how difficult your situation is and at your ability to settle in Quebec. If you meet its criteria, it issues a Quebec selection certificate (CSQ). Do not contact MIFI before then. Permanent residence comes only after the CSQ.',
  'rule.inform.quebec-selection.body-abroad':
    'To settle in Quebec, you need a Quebec selection certificate (CSQ) from Quebec’s immigration ministry (MIFI) before IRCC issues the permanent resident visa. With a family-class sponsorship, Quebec’s part goes through your sponsor’s undertaking with MIFI. On the economic route, get the CSQ first, through Quebec’s skilled worker program (PSTQ), and only then apply to IRCC.',
  'rule.inform.quebec-selection.no-exemption':
    'An H&C request cannot exempt you from Quebec’s selection: if MIFI refuses the CSQ, IRCC must refuse permanent residence. Quebec also sets yearly limits on how many people it selects.',
  'rule.inform.quebec-selection.wait':
    'Waits are longer. In IRCC’s published times of {date}, requests bound for Quebec took about {quebec} months, against {elsewhere} elsewhere. IRCC has since stopped publishing this time, so today’s wait is not known here.',
  'rule.inform.quebec-selection.wait-unconfirmed':
    'Waits are longer. Figures of {date}, not confirmed by IRCC, put requests bound for Quebec at about {quebec} months, against {elsewhere} elsewhere.',
  'rule.inform.quebec-support.title': 'Support in Quebec while you wait',
  'rule.inform.quebec-support.body':
    'You may have read that housing, French courses, legal aid, last-resort assistance and school are available while you wait. Most of it is for asylum claimants. What applies to you:',
  'rule.inform.best-interests-of-child.title': 'Children’s best interests carry special weight',
  'rule.inform.best-interests-of-child.body':
    'The officer must weigh the best interests of any child directly affected: yours or not, in Canada or abroad. Say clearly that you rely on them, and give evidence.',
  'rule.inform.judicial-review.title': 'If refused: judicial review within {days} days',
  'rule.inform.judicial-review.title-other-class': 'If refused in another class: judicial review within {days} days',
  'rule.inform.judicial-review.body':
    'There is no appeal. You can ask the Federal Court to review a refusal only if the Court first gives permission (called “leave”). The application must be served and filed within {days} days after the day you learn of the decision; a judge extends this only for special reasons. Filing does not stop a removal: stopping it for a time needs a separate order (a “stay”).',
  'rule.inform.judicial-review.body-abroad':
    'If your request goes with an economic or refugee class application, there is no appeal. You can ask the Federal Court to review a refusal only if the Court first gives permission (called “leave”). The application must be served and filed within {days} days after the day you learn of the decision.',
  'rule.inform.sponsor-appeal.title': 'With a family sponsorship, your sponsor may appeal',
  'rule.inform.sponsor-appeal.body':
    'If your request is attached to a family-class sponsorship, your sponsor can appeal a refusal to the Immigration Appeal Division within {days} days of receiving it. The Division can weigh your H&C grounds itself. Judicial review is possible only after that appeal. Some grounds, such as serious criminality, rule out the appeal.',
  'rule.inform.prra.title': 'Your risk is assessed in a PRRA',
  'rule.inform.prra.body':
    'Under a removal order you cannot make a refugee claim. Your risk is assessed in a pre-removal risk assessment (PRRA) that the Canada Border Services Agency (CBSA) offers you. Apply within {days} days of its notice, so you are not removed before the decision. There is generally no PRRA for {months} months after a refugee claim is rejected, abandoned or withdrawn.',
  'rule.inform.two-stage-process.title': 'Two stages in Canada',
  'rule.inform.two-stage-process.body':
    'Stage 1: IRCC decides whether to grant the exemption (approval in principle). A positive decision stops your removal for the time being, and only then can you apply for a work permit on this basis. Stage 2: health, security and criminal-record checks, then permanent residence.',
  'rule.inform.two-stage-process.status':
    'Making the request gives you no status: it does not let you stay, work or study. If you have temporary status, apply to extend it before it expires, since only that keeps it valid.',

  'quebec.support.school': 'Public school is free for children living in Quebec, whatever their status.',
  'quebec.support.praida': 'PRAIDA (Montreal) serves people regularizing their status, H&C applicants included.',
  'quebec.support.legal-aid':
    'Legal aid may cover an H&C file if your income is low: ask the Commission des services juridiques.',
  'quebec.support.last-resort':
    'Last-resort financial assistance is mainly for asylum claimants; an H&C applicant qualifies only in narrow cases, such as holding a CSQ.',
  'quebec.support.francization': 'French courses: check your eligibility with Francisation Québec.',

  'next.no-hc-needed.title': 'You need no H&C request',
  'next.no-hc-needed.body':
    'You already have the status an H&C request would give. If in doubt about it, check with IRCC.',
  'next.ask-about-ministerial-relief.title': 'Ask a lawyer about ministerial relief',
  'next.ask-about-ministerial-relief.body':
    'It is a separate request to the Minister of Public Safety, and it covers only some of these grounds.',
  'next.apply-protected-person-class.title': 'Apply for permanent residence as a protected person',
  'next.apply-protected-person-class.body':
    'Use IRCC’s application for protected persons. Usually no H&C request is needed.',
  'next.apply-spouse-in-canada-class.title': 'Apply in the spouse or common-law partner in Canada class',
  'next.apply-spouse-in-canada-class.body':
    'Your spouse or partner sponsors you, and you apply for permanent residence together from inside Canada.',
  'next.apply-permit-holder-class.title': 'Apply in the permit holder class',
  'next.apply-permit-holder-class.body':
    'Apply for permanent residence as a temporary resident permit holder, from inside Canada.',
  'next.wait-for-pending-decision.title': 'Wait until nothing stops you',
  'next.wait-for-pending-decision.body':
    'Make no H&C request before what is listed above is over; IRCC would not examine it. Then use this tool again.',
  'next.wait-until-earliest-date.title': 'Wait until {date}',
  'next.wait-until-earliest-date.body':
    'IRCC cannot examine a request made before {date}. Use the time to gather evidence.',
  'next.wait-until-earliest-date.body-removal':
    'IRCC cannot examine a request made before {date}. Your removal order may be in force until then, and you can be removed meanwhile: see a lawyer now. Then gather evidence.',
  'next.consider-refugee-claim.title': 'Consider a refugee claim first',
  'next.consider-refugee-claim.body':
    'If you fear for your safety on return, ask a lawyer now whether to claim, before any H&C request. A claim changes what you can apply for. Time limits are strict.',
  'next.respond-to-prra-notice.title': 'Answer a PRRA notice in time',
  'next.respond-to-prra-notice.body':
    'When CBSA gives you the PRRA notice, apply within {days} days. Get a lawyer’s help now.',
  'next.check-other-programs.title': 'Check the other routes',
  'next.check-other-programs.body': 'Look at the routes suggested above before you apply: one may be quicker or surer.',
  'next.gather-evidence.title': 'Gather your evidence',
  'next.gather-evidence.body':
    'The officer decides on what you send and might not ask you for anything more. Collect the documents listed below.',
  'next.explain-no-home-help.title': 'Explain whether help at home was available',
  'next.explain-no-home-help.body': 'Write it in your own words, with any evidence that supports it.',
  'next.choose-pr-class.title': 'Choose the permanent resident visa class',
  'next.choose-pr-class.body':
    'Attach your H&C request to a family, economic or refugee class application (see below).',
  'next.request-authorization-to-return.title': 'Ask for authorization to return',
  'next.request-authorization-to-return.body':
    'If your removal order requires it, ask for written authorization to return to Canada (ARC) with your application, pay its fee, and repay any removal costs Canada paid.',
  'next.request-authorization-to-return.body-deportation':
    'A deportation order means you need written authorization to return to Canada (ARC). Ask for it with your application, pay its fee, and repay any removal costs Canada paid.',
  'next.complete-forms.title': 'Fill in the forms',
  'next.complete-forms.body':
    'Follow IRCC’s Guide 5291 and fill in the forms listed below, each for the people it names.',
  'next.complete-forms.body-barred':
    'You can prepare the forms listed below for you and each family member, but send nothing until you can apply.',
  'next.pay-fees.title': 'Pay the fees',
  'next.pay-fees.body': 'Pay online when you apply: the request is not examined until the processing fee is paid.',
  'next.submit-online.title': 'Apply through the PR portal',
  'next.submit-online.body':
    'Send everything through IRCC’s online Permanent Residence Portal. You can ask for a paper form only if a disability or another reason stops you from applying online.',
  'next.keep-status-and-plan-departure.title': 'Keep your status and plan for removal',
  'next.keep-status-and-plan-departure.body':
    'Your request does not stop removal. Keep any valid status and follow the Canada Border Services Agency’s instructions. Ask a lawyer whether the Federal Court could stop your removal for a time (a stay).',
  'next.prepare-for-quebec-selection.title': 'Prepare for Quebec’s selection',
  'next.prepare-for-quebec-selection.body':
    'Keep evidence of your integration in Quebec ready (French, work, family and social ties) for when MIFI writes to you.',
  'next.prepare-for-quebec-selection.body-abroad':
    'Check on quebec.ca what Quebec asks for the class your request is attached to, and gather it before you apply to IRCC.',
  'next.get-professional-advice.title': 'Get professional advice',
  'next.get-professional-advice.body': 'Have your situation checked before you act. See “Get professional help” below.',

  'apply.title': 'How to apply from inside Canada',
  'apply.barred-note': 'For when you can apply. Fees may change by then.',
  'forms.title': 'Forms',
  'forms.intro':
    'IRCC’s Guide 5291 explains each form. Forms change: the document checklist (IMM 5280) gives the current list.',
  'forms.imm0008': 'Generic Application Form for Canada (IMM 0008)',
  'forms.imm0008dep':
    'Additional Dependants/Declaration (IMM 0008DEP), only if your family members do not all fit on IMM 0008',
  'forms.imm5669': 'Schedule A – Background/Declaration (IMM 5669), for you and each family member aged 18 or older',
  'forms.imm5406':
    'Additional Family Information (IMM 5406), for you, your spouse or partner, and each dependent child aged 18 or older, whether or not they are included',
  'forms.imm5283':
    'Supplementary Information: Humanitarian and Compassionate Considerations (IMM 5283). A family member fills it in only if their grounds differ.',
  'forms.imm5280': 'Document Checklist (IMM 5280)',
  'forms.imm5476':
    'Use of a Representative (IMM 5476), if someone represents you. A paid representative applies for you through IRCC’s Representative Permanent Residence Portal.',
  'forms.imm5475': 'Authority to Release Personal Information to a Designated Individual (IMM 5475), if you name one',

  'fees.title': 'Fees',
  'fees.caption': 'Fees in force from {date}',
  'fees.caption-unverified': 'Fees from {date}, not all confirmed',
  'fees.col.item': 'Fee',
  'fees.col.unit': 'Per person',
  'fees.col.count': 'People',
  'fees.col.amount': 'Amount',
  'fees.processing.principal': 'Processing fee, principal applicant',
  'fees.processing.spouse': 'Processing fee, spouse or partner',
  'fees.processing.dependent-child': 'Processing fee, dependent child',
  'fees.right-of-pr.principal': 'Right of permanent residence fee, principal applicant',
  'fees.right-of-pr.spouse': 'Right of permanent residence fee, spouse or partner',
  'fees.biometrics': 'Biometrics',
  'fees.subtotal.apply': 'When you apply: processing fees and biometrics',
  'fees.subtotal.later': 'Now or later, before you become a permanent resident: right of permanent residence fee',
  'fees.biometrics-note':
    'Biometrics: {unit} per person, at most {max} for a family applying together, paid when you apply. People under {youngest} or over {oldest} do not give them.',
  'fees.biometrics-exempt': 'Exempt in your application: {exempt} of {people} people.',
  'fees.family-pending':
    'These fees count every family member you named. A family member whose refugee claim is pending cannot be part of this request until it is decided.',
  'fees.right-of-pr-note':
    'The right of permanent residence fee can be paid later, at stage 2, and is refunded if you do not become a permanent resident.',
  'fees.unverified':
    'Not all these amounts are confirmed. Read the fees on IRCC’s fee list before you pay: if you pay too little, your application is returned.',
  'fees.unknown': 'The processing fees changed on {date}, and the new amounts are not known here.',
  'fees.not-confirmed': 'Not confirmed',
  'fees.unknown-item': 'Not confirmed. Last confirmed amount: {amount}.',
  'fees.reported-item': 'Reported, not confirmed. Last confirmed amount: {amount}.',
  'fees.abroad':
    'From outside Canada, there is no separate H&C fee: you pay the fees of the permanent resident visa class your request is attached to.',

  'abroad.title': 'How to apply from outside Canada',
  'abroad.intro':
    'There is no stand-alone H&C application from abroad. Attach your request to a permanent resident visa application in one of these classes:',
  'abroad.family': 'the family class, if a citizen or permanent resident relative sponsors you',
  'abroad.economic': 'an economic class, such as Express Entry or a provincial nominee program',
  'abroad.economic-qc':
    'the Quebec skilled worker class: get a Quebec selection certificate (CSQ) first, then apply to IRCC. Express Entry and provincial nominee programs are not for people settling in Quebec.',
  'abroad.refugee':
    'the Convention refugee abroad or country of asylum class, for resettlement in Canada. It is only for people outside their own country, and normally needs a referral (for example, from the UNHCR) or a private sponsor.',
  'abroad.yours': 'From your answers, look first at this one.',
  'abroad.yours-if-outside': 'From your answers, look at this one if you are outside your own country.',
  'abroad.how':
    'The officer first checks the class’s requirements, then may weigh your H&C grounds for those you do not meet. Limits the Minister sets, such as on the number of applications accepted, still apply.',

  'evidence.title': 'Evidence to gather',
  'evidence.intro': 'The officer decides on what you send. For each hardship you named, officers look for:',
  'evidence.translations':
    'A document not in English or French needs an English or French translation, a certified copy of the original, and a sworn statement (affidavit) from the translator. No affidavit is needed if the translator is a certified member of a Canadian translators’ association. Without them, IRCC can return your application as incomplete.',
  'evidence.children.title': 'Children directly affected',
  'evidence.children.school': 'school records and report cards',
  'evidence.children.medical': 'medical records, and reports from health or social workers',
  'evidence.children.letters': 'letters on how the decision would affect each child',
  'evidence.establishment.title': 'Your life and ties in Canada',
  'evidence.establishment.work': 'proof of work: employer letters, pay stubs, tax returns',
  'evidence.establishment.money': 'proof you manage your money: lease, bank statements, paid bills',
  'evidence.establishment.community': 'community involvement and volunteering: letters from organizations',
  'evidence.establishment.studies': 'language or other studies: certificates, transcripts',
  'evidence.establishment.time': 'proof of how long you have lived in Canada, and that you have no criminal record',
  'evidence.health-care.title': 'Health',
  'evidence.health-care.reports': 'medical reports: diagnosis, treatment, and what stopping it would mean',
  'evidence.health-care.abroad': 'proof that the care needed is not available or not accessible in your country',
  'evidence.family-violence.title': 'Family violence',
  'evidence.family-violence.police': 'police reports, court or protection orders',
  'evidence.family-violence.shelter': 'shelter records, letters from social workers or support groups',
  'evidence.family-violence.medical': 'medical records of injuries',
  'evidence.country-conditions.title': 'Conditions in your country',
  'evidence.country-conditions.reports':
    'recent country reports from reliable sources (governments, the UN, human rights groups)',
  'evidence.country-conditions.personal': 'proof of how those conditions would affect you',
  'evidence.safety.title': 'Your safety',
  'evidence.safety.facts': 'the facts behind your fear, as hardship, with documents',
  'evidence.safety.reports': 'country reports on people in your situation',
  'evidence.discrimination.title': 'Discrimination',
  'evidence.discrimination.reports': 'country reports on how people like you are treated',
  'evidence.discrimination.personal': 'proof of what happened to you or your family',
  'evidence.family-separation.title': 'Separation from family',
  'evidence.family-separation.ties': 'proof of the relationships: birth and marriage certificates',
  'evidence.family-separation.dependence': 'proof of how your family depends on you, or you on them',
  'evidence.costs-of-return.title': 'The cost of returning',
  'evidence.costs-of-return.note': 'not enough on its own: prove your other hardships too',
  'evidence.other.title': 'Other circumstances',
  'evidence.other.proof': 'documents that prove each fact you rely on',
  'evidence.home-help.title': 'Help from authorities in your country',
  'evidence.home-help.sought-with-proof': 'copies of your requests for help and of any answers',
  'evidence.home-help.sought-no-proof':
    'a written account of whom you asked, when, and what happened, with anything that supports it',
  'evidence.home-help.not-sought':
    'where there is violence or threats: why you did not ask, with evidence if you can (for example, reports that the authorities do not protect people like you)',

  'myth.title': 'What you may have read elsewhere',
  'myth.other-program':
    'You may have read that being eligible for another program stops you from applying. Only these in-Canada classes come first: spouse or common-law partner in Canada, permit holder, and protected person. Other programs are suggestions, not bars.',
  'myth.designated':
    'You may have read that entering Canada illegally makes you a designated foreign national. It does not: designation is a formal decision of the Minister of Public Safety, notified in writing.',
  'myth.removed':
    'You may have read that people who were removed or deported can apply. Only from outside Canada, with a permanent resident visa application, and often with authorization to return.',
  'myth.safety':
    'You may have read that the request must be vital for your safety. The test is whether humanitarian and compassionate considerations justify an exception, all weighed together; refugee-type risk is not weighed in Canada.',
  'myth.abroad-conditions':
    'You may have read that from abroad you must meet most of a program’s conditions. No such rule exists. H&C can exempt you from most requirements, but not from the inadmissibilities it cannot overcome, Quebec’s selection, Express Entry invitation rules or the waiting periods described here.',
  'myth.thirty-days':
    'You may have read that you must leave within {days} days of a refusal. No such rule exists: those {days} days belong to departure orders.',

  'refusal.title': 'If your request is refused',
  'refusal.intro': 'What applies depends on your situation:',
  'refusal.status': 'With valid temporary status, a refusal alone does not make you leave while that status lasts.',
  'refusal.no-status':
    'Without status and with no removal order, IRCC tells you to leave and may alert the Canada Border Services Agency (CBSA).',
  'refusal.removal-order': 'With an enforceable removal order, you must leave immediately or on the date CBSA sets.',
  'refusal.departure-order':
    'A departure order gives you {days} days after it becomes enforceable to leave and confirm your departure with CBSA; otherwise it becomes a deportation order.',
  'refusal.judicial-review':
    'To challenge the refusal, you need the Federal Court’s permission, called “leave”. Your application for leave must be served on the Minister and filed within {days} days after the day you learn of the decision, even if you have left Canada.',
  'refusal.reconsider':
    'You can also ask the officer to reconsider the decision, but that does not stop the {days}-day clock.',
  'refusal.prra':
    'If you are to be removed and fear return, the Canada Border Services Agency (CBSA) may offer you a pre-removal risk assessment (PRRA), where the law allows one.',
  'refusal.options':
    'A temporary resident permit may be possible in some cases, but not within {months} months after a refugee claim is rejected, abandoned or withdrawn. A new H&C request is possible once nothing is pending.',

  'help.title': 'Get professional help',
  'help.practice': 'This site is offered by {name}.',
  'help.contact': 'To have your situation reviewed:',
  'help.phone': 'Phone: {phone}',
  'help.email': 'Email: {email}',
  'help.booking': 'Book an appointment with {name}',
  'help.licence': 'Licence or membership number ({body}): {number}. You can check it in the public registers below.',
  'help.public':
    'For a fee, only a lawyer, a Quebec notary, a paralegal licensed by a law society or a licensed immigration consultant may advise you. In Quebec, a consultant must also be recognized by Quebec’s immigration ministry (MIFI). To find one, or free help:',
  'help.public.consultants':
    'the public register of the College of Immigration and Citizenship Consultants (college-ic.ca), to check a consultant’s licence',
  'help.public.quebec-consultants':
    'in Quebec, quebec.ca, to check that a consultant is also recognized by the MIFI (lawyers and notaries can act at both the IRCC and the Quebec stages)',
  'help.public.law-society':
    'your province’s law society, for a lawyer or a licensed paralegal (in Quebec, the Barreau du Québec, or the Chambre des notaires du Québec for a notary)',
  'help.public.legal-aid':
    'legal aid in your province, if your income is low (in Quebec, the Commission des services juridiques)',

  'about.title': 'About this result',
  'about.not-advice':
    'This is information, not legal advice. It applies the law to your answers; it cannot say whether an officer would approve your request.',
  'about.checked': 'Rules and their sources last checked on {date}.',
  'about.stale':
    'These rules were last checked more than {months} months before the date of this result. The law, the fees or IRCC’s practice may have changed since: have your situation checked before you act.',
  'about.fees-checked': 'Fees last checked on {date}.',
  'about.as-of': 'Worked out for {date}, rules version {version}.',
  'about.sources':
    'In the sources, IRPA is the Immigration and Refugee Protection Act, and IRPR the Immigration and Refugee Protection Regulations.',
} as const;

export type ResultsKey = keyof typeof results;
