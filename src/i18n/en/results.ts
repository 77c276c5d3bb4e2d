/**
 * The results page's words (English): the outcome, one card per rule, next steps, forms, fees,
 * evidence, what happens after a refusal, corrections of the source document, help. Legal numbers
 * are never written here: they come from the engine's parameters through `{placeholders}`.
 * Sources: shared/domain/hc-rules.md §1–§4 and research-notes.md (D1, E6–E9, F1–F7, G, H).
 */
export const results = {
  'results.summary.not-eligible': 'An H&C request cannot help in your situation, for the reason below.',
  'results.summary.use-other-class':
    'The law sends you to another class of permanent residence before H&C. Below: which class, why, and where to start.',
  'results.summary.barred-date':
    'The law does not let you make an H&C request yet. You can make it from {date}. Do not pay or send anything yet.',
  'results.summary.barred-no-date':
    'The law does not let you make an H&C request yet, and no date can be given. Do not pay or send anything yet. First:',
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
  'results.first.until': 'the period of “{rule}” must end: it ends on {until}',
  'results.group.decisive': 'What decides your result',
  'results.group.warn': 'Warnings',
  'results.group.suggest': 'Other routes worth checking',
  'results.group.inform': 'Good to know',
  'results.sources': 'Sources:',
  'results.rule-id': 'Rule {id}',
  'results.next.title': 'What to do next',
  'results.ministerial-relief':
    'Ministerial relief, a separate request to the Minister of Public Safety, can lift the security and organized crime grounds and the one for senior officials of certain governments. It never lifts war crimes or sanctions.',

  'rule.exclude.citizen-or-pr.title': 'You are already a citizen or permanent resident',
  'rule.exclude.citizen-or-pr.body':
    'H&C relief is only for foreign nationals: people who are neither citizens nor permanent residents. If you have lost your permanent resident status, change your answer about your status.',
  'rule.exclude.non-exemptible-inadmissibility.title': 'H&C cannot overcome the grounds you named',
  'rule.exclude.non-exemptible-inadmissibility.body':
    'No H&C request, in Canada or from abroad, can exempt you from inadmissibility for security, human or international rights violations, sanctions or organized criminality.',
  'rule.warn.possible-non-exemptible-inadmissibility.title': 'Get legal advice before you apply',
  'rule.warn.possible-non-exemptible-inadmissibility.body':
    'You said you may be inadmissible on a ground H&C cannot overcome, though no one has decided it yet. If an officer finds that it applies, your request cannot be examined, and the fees you paid are not refunded.',
  'rule.redirect.protected-person.title': 'Apply as a protected person instead',
  'rule.redirect.protected-person.body':
    'You already have refugee protection or a positive PRRA. You apply for permanent residence as a protected person, not through an H&C request. Start with IRCC’s application for protected persons on canada.ca.',
  'rule.redirect.spouse-in-canada-class.title': 'Apply in the spouse or common-law partner in Canada class first',
  'rule.redirect.spouse-in-canada-class.body':
    'You live in Canada with a spouse or partner who is a citizen or permanent resident and can sponsor you. That class comes before H&C, and a public policy lets you use it even without status. Start with IRCC’s spousal sponsorship application on canada.ca.',
  'rule.redirect.permit-holder-class.title': 'Apply in the permit holder class first',
  'rule.redirect.permit-holder-class.body':
    'You have held a temporary resident permit long enough for the permit holder class. That class comes before H&C. Start with IRCC’s application for permit holders on canada.ca.',
  'rule.bar.pending-hc.title': 'You already have an H&C request pending',
  'rule.bar.pending-hc.body':
    'Only one H&C request can be under consideration at a time, including one made inside another permanent residence application. Wait for its decision, or withdraw it.',
  'rule.bar.pending-refugee-claim.title': 'Your refugee claim is still pending',
  'rule.bar.pending-refugee-claim.body':
    'While a claim is before the Refugee Protection Division (RPD) or the Refugee Appeal Division (RAD), you cannot make an H&C request. The claim must be decided first: do not withdraw it without advice.',
  'rule.bar.pending-prra.title': 'Your pre-removal risk assessment is pending',
  'rule.bar.pending-prra.body':
    'Your claim was found ineligible and your pre-removal risk assessment (PRRA) is not decided yet. You cannot make an H&C request until it is.',
  'rule.bar.twelve-month.title': 'The {months}-month bar after a refugee decision',
  'rule.bar.twelve-month.body':
    'For {months} months after the last negative decision on a refugee claim (rejected, abandoned, or withdrawn after evidence was heard), the law bars an H&C request. They run from the latest decision of the RPD, the RAD or the Federal Court. In your case they end on {until}: you can apply from {from}.',
  'rule.lift.twelve-month.title': 'The {months}-month wait may not apply to you',
  'rule.lift.twelve-month.body':
    'You said removal would risk your life for lack of medical care, or would harm a child directly affected. If so, the wait may not apply, but IRCC decides on your evidence. Say in your request that you rely on this exception. If IRCC does not accept it, the first day to apply is {from}. Other bars still apply.',
  'rule.bar.designated-foreign-national.title': 'The {years}-year bar for designated foreign nationals',
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
    'Fear of persecution, torture or risk to life is decided in a refugee claim, not in an H&C request. While a claim is pending, no H&C request can be examined, and a refusal starts a waiting period. A claim made after coming from the United States by land is often ineligible. Get advice quickly: time limits apply.',
  'rule.warn.refugee-claim-one-year.title': 'A refugee claim now may be ineligible',
  'rule.warn.refugee-claim-one-year.body':
    'A claim made from {claimsFrom} is ineligible if the person entered Canada after {entriesAfter} and claims more than {months} months after entry. That is your case, so a pre-removal risk assessment may be the only risk route.',
  'rule.suggest.economic-program.title': 'You may fit an economic program',
  'rule.suggest.economic-program.body':
    'Check Express Entry and your province’s nominee program. They are suggestions, not bars.',
  'rule.suggest.economic-program.body-qc':
    'In Quebec, skilled workers are selected through the PSTQ. The PEQ closed on {peqClosed}. Its reopening from {peqReopened} is reported but not confirmed: check quebec.ca.',
  'rule.suggest.caregiver-program.title': 'Check the caregiver pathways',
  'rule.suggest.caregiver-program.body':
    'With experience as a home child care or home support worker, a caregiver pathway may suit you. Check which are open now.',
  'rule.suggest.temporary-resident-permit.title': 'A temporary resident permit may help',
  'rule.suggest.temporary-resident-permit.body':
    'If you are inadmissible, a temporary resident permit can let you stay for a compelling reason, instead of or besides an H&C request. It is exceptional, and cannot be requested for {months} months after a refugee claim is rejected, abandoned or withdrawn.',
  'rule.warn.costs-not-sufficient.title': 'The cost of returning is not enough on its own',
  'rule.warn.costs-not-sufficient.body':
    'The ordinary cost and inconvenience of leaving Canada do not justify H&C relief by themselves. Name and prove any other hardship you would face.',
  'rule.warn.risk-not-weighed.title': 'Risk to your safety is not weighed as such',
  'rule.warn.risk-not-weighed.body':
    'In a request made in Canada, the officer does not weigh refugee-type risk (persecution, torture, risk to life). The facts behind your fear can count as hardship: present them that way, with evidence. For the risk itself, use a refugee claim or a PRRA.',
  'rule.warn.no-stay-of-removal.title': 'Applying does not stop your removal',
  'rule.warn.no-stay-of-removal.body':
    'A request does not delay a removal order; only a positive first-stage decision stays it. If you must leave before then, IRCC keeps processing the request.',
  'rule.warn.authorization-to-return.title': 'You may need authorization to return',
  'rule.warn.authorization-to-return.body':
    'Because you were removed, you can apply only from outside Canada, with a permanent resident visa application. To come back you need written authorization to return (ARC): always after a deportation order, and for a set time after an exclusion order.',
  'rule.warn.withdrawal-consequences.title': 'Withdrawing a refugee claim has consequences',
  'rule.warn.withdrawal-consequences.body':
    'Withdrawing your claim is rarely in your interest. Once the withdrawal is noted, your removal order comes into force and you can be removed. For {months} months you generally cannot get a pre-removal risk assessment (PRRA) or a temporary resident permit. An H&C request does not stop removal, and any later refugee claim is ineligible. Withdrawing before evidence is heard only avoids the {months}-month wait for H&C. Do not withdraw without a lawyer’s advice.',
  'rule.warn.explain-no-home-help.title': 'Explain why you did not ask for help at home',
  'rule.warn.explain-no-home-help.body':
    'It is not a legal condition, but officers may look at it. Explain why you did not ask your country’s authorities for help, with evidence if you can.',
  'rule.warn.declare-family-members.title': 'Declare every family member',
  'rule.warn.declare-family-members.body':
    'List your spouse or partner and all your dependent children, even those who will not come with you. A family member you leave out, or who is not examined, can never be sponsored later as your family member.',
  'rule.warn.family-member-pending-claim.title': 'A family member’s refugee claim may be pending',
  'rule.warn.family-member-pending-claim.body':
    'A family member whose refugee claim is pending cannot be included in this request until the claim is decided. Get advice on the order of the steps before you apply.',
  'rule.warn.professional-review.title': 'Have this result checked',
  'rule.warn.professional-review.body':
    'You answered “not sure” or “unknown” at least once, so this result depends on facts we could not confirm. Only a lawyer, a Quebec notary or a licensed immigration consultant may advise you for a fee.',
  'rule.inform.quebec-selection.title': 'Quebec must select you (CSQ)',
  'rule.inform.quebec-selection.body':
    'If IRCC approves your request at stage 1, it sends your file to Quebec’s immigration ministry (MIFI). MIFI invites you to its program for persons selected on humanitarian considerations and issues a Quebec selection certificate (CSQ) if you meet its criteria. Do not contact MIFI before then. Permanent residence comes only after the CSQ.',
  'rule.inform.quebec-selection.body-abroad':
    'To settle in Quebec, you need a Quebec selection certificate (CSQ) from the MIFI before the permanent resident visa is issued, unless you apply in the family class.',
  'rule.inform.quebec-selection.wait':
    'Waits are longer: on {date}, files bound for Quebec took about {quebec} months, against {elsewhere} elsewhere.',
  'rule.inform.quebec-support.title': 'Support in Quebec while you wait',
  'rule.inform.quebec-support.body':
    'You may have read that housing, French courses, legal aid, last-resort assistance and school are available while you wait. Most of it is for asylum claimants. What applies to you:',
  'rule.inform.best-interests-of-child.title': 'Children’s best interests carry special weight',
  'rule.inform.best-interests-of-child.body':
    'The officer must weigh the best interests of any child directly affected: yours or not, in Canada or abroad. Say clearly that you rely on them, and give evidence.',
  'rule.inform.judicial-review.title': 'If refused: judicial review within {days} days',
  'rule.inform.judicial-review.body':
    'There is no appeal. You can ask the Federal Court to review a refusal only with its leave, served and filed within {days} days of learning of the decision; a judge extends this only for special reasons. Filing does not stop a removal: that needs a separate stay.',
  'rule.inform.judicial-review.body-abroad':
    'If your request goes with an economic or refugee class application, there is no appeal. You can ask the Federal Court to review a refusal only with its leave, served and filed within {days} days of learning of the decision.',
  'rule.inform.sponsor-appeal.title': 'With a family sponsorship, your sponsor may appeal',
  'rule.inform.sponsor-appeal.body':
    'If your request goes with a family class sponsorship, your sponsor can appeal a refusal to the Immigration Appeal Division within {days} days of receiving it. Judicial review is possible only after that appeal. Some grounds, such as serious criminality, rule out the appeal.',
  'rule.inform.prra.title': 'Your risk is assessed in a PRRA',
  'rule.inform.prra.body':
    'Under a removal order you cannot make a refugee claim. Your risk is assessed in a pre-removal risk assessment (PRRA) that the Canada Border Services Agency (CBSA) offers you. Apply within {days} days of its notice, so you are not removed before the decision. There is generally no PRRA for {months} months after a refugee claim is rejected, abandoned or withdrawn.',
  'rule.inform.two-stage-process.title': 'Two stages in Canada',
  'rule.inform.two-stage-process.body':
    'Stage 1: IRCC decides whether to grant the exemption (approval in principle). A positive decision stays removal and lets you apply for a work permit. Stage 2: medical exam, security and other admissibility checks, then permanent residence.',

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
  'next.apply-protected-person-class.body': 'Use IRCC’s application for protected persons. You need no H&C request.',
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
  'next.consider-refugee-claim.title': 'Consider a refugee claim first',
  'next.consider-refugee-claim.body':
    'If you fear for your safety on return, ask a lawyer now whether to claim. Time limits are strict.',
  'next.respond-to-prra-notice.title': 'Answer a PRRA notice in time',
  'next.respond-to-prra-notice.body':
    'When CBSA gives you the PRRA notice, apply within {days} days. Get a lawyer’s help now.',
  'next.check-other-programs.title': 'Check the other routes',
  'next.check-other-programs.body':
    'Look at the routes suggested above before you pay for an H&C request: one may be quicker or surer.',
  'next.gather-evidence.title': 'Gather your evidence',
  'next.gather-evidence.body':
    'The officer decides on what you send and may not ask for more. Collect the documents listed below.',
  'next.explain-no-home-help.title': 'Explain why you did not ask for help at home',
  'next.explain-no-home-help.body': 'Write it in your own words, with any evidence that supports it.',
  'next.choose-pr-class.title': 'Choose the permanent resident visa class',
  'next.choose-pr-class.body':
    'Attach your H&C request to a family, economic or refugee class application (see below).',
  'next.request-authorization-to-return.title': 'Ask for authorization to return',
  'next.request-authorization-to-return.body':
    'If your removal order requires it, ask for written authorization to return to Canada (ARC) along with your application.',
  'next.complete-forms.title': 'Fill in the forms',
  'next.complete-forms.body':
    'Follow IRCC’s Guide 5291 and fill in the forms listed below for you and each family member included.',
  'next.pay-fees.title': 'Pay the fees',
  'next.pay-fees.body': 'Pay online when you apply: the request is not examined until the processing fee is paid.',
  'next.submit-online.title': 'Apply through the PR portal',
  'next.submit-online.body':
    'Send everything through IRCC’s online Permanent Residence Portal. Paper is only an accommodation if you cannot apply online.',
  'next.keep-status-and-plan-departure.title': 'Keep your status and plan for removal',
  'next.keep-status-and-plan-departure.body':
    'Your request does not stop removal. Keep any valid status, follow the Canada Border Services Agency’s instructions, and ask a lawyer whether the Federal Court could stay your removal.',
  'next.prepare-for-quebec-selection.title': 'Prepare for Quebec’s selection',
  'next.prepare-for-quebec-selection.body':
    'Keep evidence of your integration in Quebec ready (French, work, family and social ties) for when MIFI writes to you.',
  'next.prepare-for-quebec-selection.body-abroad':
    'On an economic route, get your CSQ from MIFI first, then apply to IRCC. Check what Quebec asks on quebec.ca.',
  'next.get-professional-advice.title': 'Get professional advice',
  'next.get-professional-advice.body': 'Have your situation checked before you act. See “Get professional help” below.',

  'apply.title': 'How to apply from inside Canada',
  'apply.barred-note': 'For when you can apply. Fees may change by then.',
  'forms.title': 'Forms',
  'forms.intro': 'IRCC’s Guide 5291 explains each form:',
  'forms.imm0008': 'IMM 0008, Generic Application Form for Canada',
  'forms.imm0008dep': 'IMM 0008DEP, Additional Dependants/Declaration, if you include additional dependants',
  'forms.imm5669': 'IMM 5669, Schedule A – Background/Declaration',
  'forms.imm5406': 'IMM 5406, Additional Family Information',
  'forms.imm5283':
    'IMM 5283, Supplementary Information – Humanitarian and Compassionate Considerations (a family member fills it in only if their grounds differ)',
  'forms.imm5280': 'IMM 5280, Document Checklist',
  'forms.imm5476': 'IMM 5476, Use of a Representative, if someone represents you',
  'forms.imm5475': 'IMM 5475, Authority to Release Personal Information to a Designated Individual, if you name one',

  'fees.title': 'Fees',
  'fees.caption': 'Fees in force from {date}',
  'fees.col.item': 'Fee',
  'fees.col.unit': 'Per person',
  'fees.col.count': 'People',
  'fees.col.amount': 'Amount',
  'fees.processing.principal': 'Processing fee, principal applicant',
  'fees.processing.spouse': 'Processing fee, spouse or partner',
  'fees.processing.dependent-child': 'Processing fee, dependent child',
  'fees.right-of-pr.principal': 'Right of permanent residence fee, principal applicant',
  'fees.right-of-pr.spouse': 'Right of permanent residence fee, spouse or partner',
  'fees.biometrics': 'Biometrics (not in the total)',
  'fees.total': 'Total, without biometrics',
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
  'fees.abroad':
    'From outside Canada, you pay the fees of the permanent resident visa class your request is attached to.',

  'abroad.title': 'How to apply from outside Canada',
  'abroad.intro':
    'There is no stand-alone H&C application from abroad. Attach your request to a permanent resident visa application in one of these classes:',
  'abroad.family': 'the family class, if a citizen or permanent resident relative sponsors you',
  'abroad.economic': 'an economic class, such as Express Entry or a provincial nominee program',
  'abroad.refugee':
    'the Convention refugee abroad or country of asylum class (resettlement), which normally needs a referral or a sponsor',
  'abroad.yours': 'From your answers, look first at this one.',
  'abroad.how':
    'The officer first checks the class’s requirements and weighs your H&C grounds for those you do not meet. H&C can exempt you from any requirement except the inadmissibilities it cannot overcome, but not from Ministerial Instructions such as caps.',

  'evidence.title': 'Evidence to gather',
  'evidence.intro': 'The officer decides on what you send. For each hardship you named, officers look for:',
  'evidence.translations': 'Documents not in English or French need a translation, as IRCC’s guide explains.',
  'evidence.children.title': 'Children directly affected',
  'evidence.children.school': 'school records and report cards',
  'evidence.children.medical': 'medical records, and reports from health or social workers',
  'evidence.children.letters': 'letters on how the decision would affect each child',
  'evidence.establishment.title': 'Your life in Canada',
  'evidence.establishment.work': 'proof of work: employer letters, pay stubs, tax returns',
  'evidence.establishment.money': 'proof you manage your money: lease, bank statements, paid bills',
  'evidence.establishment.community': 'community involvement and volunteering: letters from organizations',
  'evidence.establishment.studies': 'language or other studies: certificates, transcripts',
  'evidence.establishment.time': 'proof of how long you have lived here, and a clean record',
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
    'a written explanation of why you did not ask, with evidence if you can (for example, reports that the authorities do not protect people like you)',

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
    'You may have read that from abroad you must meet most of a program’s conditions. No such rule exists: H&C can exempt you from any requirement except the inadmissibilities it cannot overcome.',
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
  'refusal.options':
    'Other options: a temporary resident permit in some cases, or a new H&C request once nothing is pending.',

  'help.title': 'Get professional help',
  'help.practice': 'This site is offered by {name}. To have your situation reviewed:',
  'help.phone': 'Phone: {phone}',
  'help.email': 'Email: {email}',
  'help.booking': 'Book an appointment with {name}',
  'help.public':
    'Only a lawyer, a Quebec notary or a licensed immigration consultant may advise you for a fee. To find one, or free help:',
  'help.public.consultants':
    'the public register of the College of Immigration and Citizenship Consultants (college-ic.ca), to check a consultant’s licence',
  'help.public.law-society':
    'your province’s law society (in Quebec, the Barreau du Québec or the Chambre des notaires du Québec)',
  'help.public.legal-aid':
    'legal aid in your province, if your income is low (in Quebec, the Commission des services juridiques)',

  'about.title': 'About this result',
  'about.not-advice':
    'This is information, not legal advice. It applies the law to your answers; it cannot say whether an officer would approve your request.',
  'about.checked': 'Rules and their sources last checked on {date}.',
  'about.fees-checked': 'Fees last checked on {date}.',
  'about.as-of': 'Worked out for {date}, rules version {version}.',
} as const;

export type ResultsKey = keyof typeof results;
