/**
 * The words of the wizard's questions (English): for each case-file field, the question, a hint,
 * why we ask it, a short label for "Check your answers", and its options. Keys follow the question
 * catalogue (`q.<field>.*`, `step.<id>.*`); the French catalogue has the same keys.
 */
export const questions = {
  // status
  'q.status.label': 'What is your status in Canada today?',
  'q.status.hint': 'Choose the status you have now, not one you have applied for.',
  'q.status.why':
    'Only foreign nationals can make an H&C request. Citizens and permanent residents cannot, and protected persons apply for permanent residence as protected persons instead.',
  'q.status.short': 'Status',
  'q.status.error': 'Select your status in Canada today',
  'q.status.option.citizen': 'Canadian citizen',
  'q.status.option.permanent-resident': 'Permanent resident of Canada',
  'q.status.option.protected-person': 'Protected person',
  'q.status.option.foreign-national': 'Foreign national: a visitor, worker, student or refugee claimant, or no status',
  'q.status.option-hint.citizen': 'You have Canadian citizenship.',
  'q.status.option-hint.permanent-resident':
    'You have permanent resident status now. Only a final decision (for example on the residency obligation, the time you must spend in Canada), a removal order taking effect, or giving it up ends it. An expired PR card or a long time abroad does not end it.',
  'q.status.option-hint.protected-person':
    'Canada granted you refugee protection, or gave you protection after a pre-removal risk assessment (PRRA). A positive PRRA that only stopped your removal does not make you a protected person.',
  'q.status.option-hint.foreign-national':
    'Anyone else. For example, a visitor, worker, student or refugee claimant, a person without status, a former permanent resident, or someone who has never been to Canada.',

  // location
  'q.location.label': 'Where are you now?',
  'q.location.hint': 'If you are in Canada, choose In Canada, even if you have no status or you have a removal order.',
  'q.location.why':
    'The rules depend on where you are. In Canada, the request goes with an application for permanent residence made from inside Canada. Outside Canada, it must go with an application for a permanent resident visa in a family, economic or refugee class.',
  'q.location.short': 'Where you are now',
  'q.location.error': 'Select where you are now',
  'q.location.option.in-canada': 'In Canada',
  'q.location.option.outside-canada': 'Outside Canada',

  // inadmissibility
  'q.inadmissibility.label': 'Have you been found inadmissible to Canada, or could you be, for any of these reasons?',
  'q.inadmissibility.hint':
    'Inadmissible means that the law allows Canada to refuse you entry or stay for that reason. Choose all that apply.',
  'q.inadmissibility.why':
    'An H&C request cannot overcome inadmissibility for security, human or international rights violations, sanctions or organized crime, once it has been decided. For the other reasons, you can ask to be exempted, but IRCC decides.',
  'q.inadmissibility.short': 'Inadmissibility',
  'q.inadmissibility.error': 'Select each reason that applies, or "{option}"',
  'q.inadmissibility.option.security': 'Security',
  'q.inadmissibility.option.human-rights': 'Human or international rights violations',
  'q.inadmissibility.option.sanctions': 'Sanctions',
  'q.inadmissibility.option.organized-crime': 'Organized crime',
  'q.inadmissibility.option.criminality': 'Criminality',
  'q.inadmissibility.option.health': 'Health',
  'q.inadmissibility.option.financial': 'Financial reasons',
  'q.inadmissibility.option.misrepresentation': 'Misrepresentation',
  'q.inadmissibility.option.non-compliance': 'Not complying with immigration law',
  'q.inadmissibility.option.family-member': 'Inadmissible family member',
  'q.inadmissibility.option.cessation': 'Refugee protection ended (cessation)',
  'q.inadmissibility.option.none': 'None of these, as far as I know',
  'q.inadmissibility.option.unsure': "I'm not sure",
  'q.inadmissibility.option-hint.security':
    'For example spying, terrorism, violence that puts lives in danger, or being a member of a group that does these things.',
  'q.inadmissibility.option-hint.human-rights':
    'For example war crimes or crimes against humanity, trafficking in human organs, or having been a senior official of a government that committed such crimes.',
  'q.inadmissibility.option-hint.sanctions':
    'Canada has placed sanctions on you personally, under a law that stops you from entering Canada.',
  'q.inadmissibility.option-hint.organized-crime':
    'Being a member of a criminal organization, or taking part in people smuggling, trafficking in persons or money laundering.',
  'q.inadmissibility.option-hint.criminality':
    'A criminal conviction in Canada or in another country, or a crime committed outside Canada.',
  'q.inadmissibility.option-hint.health':
    'A health condition that could put public health or safety in danger, or cause too much demand on health or social services.',
  'q.inadmissibility.option-hint.financial':
    'You cannot or will not support yourself and the people who depend on you without social assistance.',
  'q.inadmissibility.option-hint.misrepresentation':
    'Giving false information or documents, or hiding important facts, in an immigration application or to an officer.',
  'q.inadmissibility.option-hint.non-compliance':
    'Breaking a rule of immigration law, for example working or studying without a permit, or staying after your status ended.',
  'q.inadmissibility.option-hint.family-member':
    'A family member who comes with you is inadmissible (in some cases, even one who does not come with you).',
  'q.inadmissibility.option-hint.cessation':
    'A final decision ended your refugee protection, for example because you went back to live in your country. An H&C request can exempt you from this.',

  // inadmissibility already decided
  'q.inadmissibilityFound.label':
    'Has an officer, the Immigration Division, the Immigration Appeal Division or a court already decided that you are inadmissible on one of these grounds?',
  'q.inadmissibilityFound.hint':
    'The grounds: security, human or international rights violations, sanctions, organized crime. Answer No if you only may be inadmissible: you will see a warning and the questions go on. Get legal advice before you apply.',
  'q.inadmissibilityFound.why':
    'An H&C request cannot overcome these grounds once decided. If an officer decides it only after you apply, your request cannot be examined and the fee is not refunded.',
  'q.inadmissibilityFound.short': 'Inadmissibility decided',
  'q.inadmissibilityFound.error':
    'Select yes if an officer, a tribunal or a court has already decided that you are inadmissible',

  // classes in Canada (one page, two questions)
  'step.classes-in-canada.title': 'Two classes to check first',
  'step.classes-in-canada.intro':
    'If one of these fits your situation, you should apply for permanent residence in that class instead of making an H&C request.',

  'q.spouseOrPartnerInCanada.label':
    'Do you live in Canada with a spouse or common-law partner who is a Canadian citizen or permanent resident, and who is willing and able to sponsor you?',
  'q.spouseOrPartnerInCanada.hint':
    'A common-law partner is someone you have lived with in a marriage-like relationship for at least {commonLawMonths} months. This applies even if you have no status in Canada.',
  'q.spouseOrPartnerInCanada.why':
    'If so, IRCC asks you to apply in the spouse or common-law partner in Canada class, not to make an H&C request. A public policy lets people without status use it, but it does not excuse criminality or other inadmissibility.',
  'q.spouseOrPartnerInCanada.short': 'Spouse/partner in Canada',
  'q.spouseOrPartnerInCanada.error':
    'Select yes if you live in Canada with a spouse or common-law partner who can sponsor you',
  'q.spouseOrPartnerInCanada.option.yes': 'Yes',
  'q.spouseOrPartnerInCanada.option.no': 'No',
  'q.spouseOrPartnerInCanada.option.unsure': "I'm not sure",

  'q.permitHolderEligible.label':
    'Have you held a temporary resident permit without a break for at least {permitHealthYears} years (if you are inadmissible for health reasons) or {permitYears} years (for most other reasons)?',
  'q.permitHolderEligible.hint':
    'A temporary resident permit (TRP) is a special permit for people who are inadmissible. A visitor record, work permit or study permit is not a TRP.',
  'q.permitHolderEligible.why':
    'If so, you should apply in the permit holder class, not make an H&C request. That class comes first.',
  'q.permitHolderEligible.short': 'Temporary resident permit',
  'q.permitHolderEligible.error':
    'Select yes if you have held a temporary resident permit without a break for long enough',
  'q.permitHolderEligible.option.yes': 'Yes',
  'q.permitHolderEligible.option.no': 'No',
  'q.permitHolderEligible.option.unsure': "I'm not sure",

  // destination
  'q.destination.label': 'In which province or territory do you live, or plan to live?',
  'q.destination.hint': 'If you plan to move, choose where you plan to live as a permanent resident.',
  'q.destination.why':
    'Quebec selects its own immigrants. If you plan to live in Quebec, Quebec must also select you after a first approval by Canada, and the process takes longer.',
  'q.destination.short': 'Province or territory',
  'q.destination.error': 'Select the province or territory where you live, or plan to live',
  'q.destination.option.AB': 'Alberta',
  'q.destination.option.BC': 'British Columbia',
  'q.destination.option.MB': 'Manitoba',
  'q.destination.option.NB': 'New Brunswick',
  'q.destination.option.NL': 'Newfoundland and Labrador',
  'q.destination.option.NS': 'Nova Scotia',
  'q.destination.option.NT': 'Northwest Territories',
  'q.destination.option.NU': 'Nunavut',
  'q.destination.option.ON': 'Ontario',
  'q.destination.option.PE': 'Prince Edward Island',
  'q.destination.option.QC': 'Quebec',
  'q.destination.option.SK': 'Saskatchewan',
  'q.destination.option.YT': 'Yukon',
  'q.destination.option.undecided': 'I have not decided',

  // removal
  'q.removal.label': 'Do you have a removal order, or were you removed from Canada?',
  'q.removal.hint':
    'A removal order is a written decision that you must leave Canada: a departure, exclusion or deportation order. Everyone who makes a refugee claim receives a conditional one. It is probably in force if the claim was refused, abandoned, withdrawn or found ineligible: check your papers.',
  'q.removal.why':
    'You can make an H&C request while you have a removal order, but the request does not stop your removal. If you were already removed, you can only make the request from outside Canada, and you may need written permission to come back.',
  'q.removal.short': 'Removal',
  'q.removal.error': 'Select whether you have a removal order, or were removed from Canada',
  'q.removal.option.none': 'No',
  'q.removal.option.order-in-canada': 'Yes, I have a removal order and I am in Canada',
  'q.removal.option.removed': 'I was removed from Canada and I am now outside Canada',
  'q.removal.option-hint.none': 'You have no removal order, and none was ever enforced against you.',
  'q.removal.option-hint.order-in-canada':
    'This includes a conditional order, such as the one given to people who make a refugee claim, even if it cannot be enforced yet.',
  'q.removal.option-hint.removed':
    'Canada enforced a removal order against you (you were removed or deported), and you are now outside Canada.',

  // removal, as its words follow where the person is (a person removed in the past may be back in Canada)
  'q.removal.option-hint.none.in-canada':
    'You have no removal order now. Choose this also if you were removed in the past and came back, and no new order was made.',
  'q.removal.inset.in-canada':
    'You said you are in Canada. If you were removed or deported in the past and came back, that is the right answer. Here, choose "No", or "Yes, I have a removal order" if a new order was made after you came back. Coming back without written authorization (IRPA s. 52(1)) can have serious consequences: talk to a lawyer about it before you apply.',
  'q.removal.inset.outside-canada':
    'You said you are outside Canada. If you are in Canada now, even after being removed in the past, change that answer first.',

  // removal order type
  'q.removalOrderType.label': 'What kind of removal order did you receive?',
  'q.removalOrderType.hint': 'The type of order is written on the order itself.',
  'q.removalOrderType.why':
    'Each type has its own rules about leaving Canada and coming back, including whether you need written permission to return.',
  'q.removalOrderType.short': 'Type of removal order',
  'q.removalOrderType.error': 'Select the kind of removal order you received',
  'q.removalOrderType.option.departure': 'Departure order',
  'q.removalOrderType.option.exclusion': 'Exclusion order',
  'q.removalOrderType.option.deportation': 'Deportation order',
  'q.removalOrderType.option.unknown': "I don't know",
  'q.removalOrderType.option-hint.departure':
    'You must leave Canada and confirm your departure with the Canada Border Services Agency (CBSA) within {departureDays} days after the order becomes enforceable. If you do not, it becomes a deportation order.',
  'q.removalOrderType.option-hint.exclusion':
    'After you leave, you need written permission to come back for {exclusionYears} year ({misrepresentationYears} years if the order was for misrepresentation).',
  'q.removalOrderType.option-hint.deportation':
    'You can never come back to Canada without written permission (an authorization to return to Canada).',

  // refugee claim
  'q.refugeeClaim.label': 'Did you make a refugee claim in Canada, and what happened to it?',
  'q.refugeeClaim.hint':
    'A refugee claim is a request for protection made in Canada, at the border or inside the country. If you made more than one, answer for the last one.',
  'q.refugeeClaim.why':
    'A claim that is waiting for a decision stops you from making an H&C request. After a negative decision, there is usually a {months}-month wait. Your answer tells us which rules apply.',
  'q.refugeeClaim.short': 'Refugee claim',
  'q.refugeeClaim.error': 'Select what happened to your refugee claim, or that you never made one',
  'q.refugeeClaim.option.none': 'No, I have never made a refugee claim in Canada',
  'q.refugeeClaim.option.pending': 'Yes, and it is waiting for a decision',
  'q.refugeeClaim.option.rejected': 'Yes, and it was rejected',
  'q.refugeeClaim.option.abandoned': 'Yes, and it was declared abandoned',
  'q.refugeeClaim.option.withdrawn': 'Yes, and I withdrew it',
  'q.refugeeClaim.option.ineligible': 'Yes, but it was found ineligible',
  'q.refugeeClaim.option-hint.none': 'A request for resettlement made from outside Canada does not count.',
  'q.refugeeClaim.option-hint.pending':
    'The Refugee Protection Division (RPD) has not decided yet, or you appealed to the Refugee Appeal Division (RAD) and it has not decided yet. Choose this too if the Federal Court sent your claim back to the RPD or RAD.',
  'q.refugeeClaim.option-hint.rejected':
    'The RPD, or the RAD after an appeal, decided that you are not a refugee or a person in need of protection.',
  'q.refugeeClaim.option-hint.abandoned':
    'The RPD or the RAD decided that your claim was abandoned, for example because you missed a hearing or a deadline.',
  'q.refugeeClaim.option-hint.withdrawn': 'You told the RPD that you no longer want to go on with your claim.',
  'q.refugeeClaim.option-hint.ineligible':
    'An officer decided that your claim could not be sent (referred) to the RPD, for example because you had made a refugee claim before.',

  // withdrawn after evidence
  'q.withdrawnAfterEvidence.label': 'Did you withdraw your claim after the RPD had started to hear evidence on it?',
  'q.withdrawnAfterEvidence.hint':
    'This means your hearing had started and the RPD had begun to hear evidence on the claim itself, such as your testimony. If you withdrew before that, answer No.',
  'q.withdrawnAfterEvidence.why':
    'A claim withdrawn after evidence was heard counts like a rejected claim: there is usually a {months}-month wait before an H&C request. A claim withdrawn before that does not start this wait.',
  'q.withdrawnAfterEvidence.short': 'Withdrawn after evidence',
  'q.withdrawnAfterEvidence.error': 'Select yes if you withdrew your claim after the RPD had started to hear evidence',

  // last decision date
  'q.lastDecisionDate.label': 'What is the date of the last decision on your refugee claim?',
  'q.lastDecisionDate.hint':
    'Use the latest of these dates: the RPD decision, the RAD decision, or the Federal Court refusing leave or dismissing your judicial review. The date is on the decision letter. If your case at the Federal Court is not decided yet, the wait will start again from its decision.',
  'q.lastDecisionDate.why':
    'The {months}-month wait is counted from this date. We use it to find the first day you could make an H&C request.',
  'q.lastDecisionDate.short': 'Last decision date',
  'q.lastDecisionDate.error': 'Enter the date of the last decision on your refugee claim',

  // designated foreign national
  'q.designatedForeignNational.label': 'Have you received a written notice that you are a designated foreign national?',
  'q.designatedForeignNational.hint':
    'Designation is a formal decision of the Minister of Public Safety about the arrival of a group, and it is given in writing. Crossing the border without permission does not, on its own, make you a designated foreign national.',
  'q.designatedForeignNational.why':
    'Designated foreign nationals usually have to wait {years} years before making an H&C request. The wait is counted from the designation, or from the final decision on their refugee claim or PRRA.',
  'q.designatedForeignNational.short': 'Designated foreign national',
  'q.designatedForeignNational.error':
    'Select yes if you received a written notice that you are a designated foreign national',

  // designation date
  'q.designationDate.label': 'What is the date of your designation?',
  'q.designationDate.hint': 'The date of designation is on your written notice.',
  'q.designationDate.why':
    'If there is no final decision on a refugee claim or PRRA, the {years}-year wait is counted from this date.',
  'q.designationDate.short': 'Date of designation',
  'q.designationDate.error': 'Enter the date of your designation',

  // final decision date (designated foreign nationals)
  'q.dfnFinalDecisionDate.label': 'What is the date of the final decision on your refugee claim or your PRRA?',
  'q.dfnFinalDecisionDate.hint':
    'If you had a PRRA, use the date of its final decision; if not, use the final decision on your claim. The date is on the decision letter. Leave it empty if there has been no final decision on a claim or PRRA.',
  'q.dfnFinalDecisionDate.why':
    'For a designated foreign national, the {years}-year wait is counted from this final decision when there is one.',
  'q.dfnFinalDecisionDate.short': 'Final decision date',
  'q.dfnFinalDecisionDate.error': 'Enter the date of the final decision on your refugee claim or your PRRA',

  // PRRA pending
  'q.prraPending.label': 'Are you waiting for a decision on a pre-removal risk assessment (PRRA)?',
  'q.prraPending.hint':
    'A PRRA asks Canada to assess the risks you would face if removed. Answer Yes only if you have applied and have no decision yet.',
  'q.prraPending.why':
    'After a claim found ineligible, you cannot make an H&C request while a PRRA is waiting. For a designated foreign national, the {years}-year wait will count from the final PRRA decision, so its end is not known yet.',
  'q.prraPending.short': 'PRRA waiting',
  'q.prraPending.error': 'Select yes if you are waiting for a decision on a pre-removal risk assessment',

  // other H&C request
  'q.pendingHc.label': 'Do you already have another H&C request waiting for a decision?',
  'q.pendingHc.hint': 'Count a request made on its own or inside another application for permanent residence.',
  'q.pendingHc.why':
    'The law allows only one H&C request at a time. You cannot make a new one while another is waiting.',
  'q.pendingHc.short': 'Other H&C request',
  'q.pendingHc.error': 'Select yes if you already have another H&C request waiting for a decision',

  // family sponsor
  'q.familySponsor.label':
    'Do you have a family member who is a Canadian citizen or permanent resident and who could sponsor you?',
  'q.familySponsor.hint':
    'This means your spouse or common-law partner, or your parent if you are their dependent child. It can also be your child or grandchild, if you are their parent or grandparent.',
  'q.familySponsor.why':
    'Family sponsorship may be a better way to become a permanent resident, so check it first. It does not stop you from making an H&C request.',
  'q.familySponsor.short': 'Family sponsor',
  'q.familySponsor.error': 'Select yes if a family member who is a citizen or permanent resident could sponsor you',
  'q.familySponsor.option.yes': 'Yes',
  'q.familySponsor.option.no': 'No',
  'q.familySponsor.option.unsure': "I'm not sure",

  // fear of return
  'q.fearOfReturn.label':
    'Do you fear persecution, torture, a risk to your life, or cruel and unusual treatment or punishment if you go back to your country?',
  'q.fearOfReturn.hint':
    'For example, harm because of your religion, ethnic group or political opinion, or a threat to your life. General poverty or hard living conditions come later.',
  'q.fearOfReturn.why':
    'This kind of risk is usually dealt with through a refugee claim or a PRRA, not an H&C request. In Canada, the officer does not weigh refugee-type risk in an H&C request, but the same facts can count as hardship.',
  'q.fearOfReturn.short': 'Fear of return',
  'q.fearOfReturn.error': 'Select yes if you fear for your safety or your life if you go back to your country',
  'q.fearOfReturn.option.yes': 'Yes',
  'q.fearOfReturn.option.no': 'No',

  // entry date
  'q.entryDate.label': 'If you have entered Canada since {entriesAfter}, on what date did you first enter?',
  'q.entryDate.hint':
    'If you entered more than once, use the first entry after that day. Your passport stamp or a document from the border may show it. Leave it empty if you have not entered Canada since then.',
  'q.entryDate.why':
    'Under a recent change in the law, a refugee claim made more than {oneYear} months after this entry may be ineligible. We use the date to tell you if this may apply.',
  'q.entryDate.short': 'Entry into Canada',
  'q.entryDate.error': 'Enter the date of your first entry into Canada',

  // economic profile
  'q.economicProfile.label':
    'Do you have work experience, a job offer or studies that might qualify you for an economic immigration program?',
  'q.economicProfile.hint':
    'For example, skilled work experience, a job offer from a Canadian employer, or studies in Canada.',
  'q.economicProfile.why':
    'An economic program, such as Express Entry or a provincial program, may be another way to become a permanent resident. Check it, but it does not stop you from making an H&C request.',
  'q.economicProfile.short': 'Work and studies',
  'q.economicProfile.error':
    'Select yes if your work, a job offer or your studies might qualify you for an economic program',
  'q.economicProfile.option.yes': 'Yes',
  'q.economicProfile.option.no': 'No',
  'q.economicProfile.option.unsure': "I'm not sure",

  // caregiver experience
  'q.caregiverExperience.label': 'Have you worked as a home child care provider or a home support worker?',
  'q.caregiverExperience.hint':
    'This means caring for children, or for older people or people with disabilities, in a private home.',
  'q.caregiverExperience.why':
    'Canada has caregiver programs that can lead to permanent residence. Check which ones are open now; this does not stop you from making an H&C request.',
  'q.caregiverExperience.short': 'Caregiving work',
  'q.caregiverExperience.error': 'Select yes if you have worked as a home child care provider or a home support worker',
  'q.caregiverExperience.option.yes': 'Yes',
  'q.caregiverExperience.option.no': 'No',
  'q.caregiverExperience.option.unsure': "I'm not sure",

  // family (one page, two questions)
  'step.family.title': 'Your family in the application',
  'step.family.intro':
    'You must declare every family member (your spouse or partner and your dependent children), even one who will not come with you. Family members are normally examined too, and must not be inadmissible. A family member left out, or not examined, can never be sponsored later as a family member. Each person included adds fees.',

  'q.spouseIncluded.label': 'Will your spouse or common-law partner be included in your application?',
  'q.spouseIncluded.hint':
    'Answer No if you have no spouse or common-law partner, or if they will not be part of your application. You must still declare them. A spouse or partner who is a Canadian citizen or permanent resident is not included: answer No.',
  'q.spouseIncluded.why':
    'Each person included in the application adds fees. We use this answer to estimate what you would pay.',
  'q.spouseIncluded.short': 'Spouse or partner included',
  'q.spouseIncluded.error': 'Select yes if your spouse or common-law partner will be included in your application',

  'q.dependentChildren.label': 'How many dependent children will be included in your application?',
  'q.dependentChildren.hint':
    'Count only the children included in your application, but declare all of them. A dependent child is usually under {childAge} and has no spouse or common-law partner. Do not count children who are Canadian citizens or permanent residents. Enter 0 if there are none.',
  'q.dependentChildren.why':
    'Each dependent child included adds a processing fee. We use this number to estimate what you would pay.',
  'q.dependentChildren.short': 'Dependent children',
  'q.dependentChildren.error': 'Enter how many dependent children will be included in your application, or 0',
  'q.dependentChildren.error-negative': 'The number of dependent children must be 0 or more',

  'q.familyMemberPendingClaim.label':
    'Does a family member to be included have a refugee claim waiting for a decision at the RPD or the RAD?',
  'q.familyMemberPendingClaim.hint': 'Think of your spouse or partner and the children you include.',
  'q.familyMemberPendingClaim.why':
    'While their claim waits for a decision, that person cannot be part of your H&C request. Get advice on the order of steps.',
  'q.familyMemberPendingClaim.short': 'Family member\u2019s pending claim',
  'q.familyMemberPendingClaim.error':
    'Select yes if a family member to be included has a refugee claim waiting for a decision',
  'q.familyMemberPendingClaim.option.yes': 'Yes',
  'q.familyMemberPendingClaim.option.no': 'No',
  'q.familyMemberPendingClaim.option.unsure': "I'm not sure",

  // biometrics (in Canada)
  'q.biometricsExempt.label': 'How many of the people in your application are under {youngest} or over {oldest}?',
  'q.biometricsExempt.hint':
    'Count yourself, your spouse or partner if included, and your dependent children. People of these ages give no biometrics (fingerprints and photo). Every family member must still be declared.',
  'q.biometricsExempt.why': 'We use it only to estimate the biometrics fee.',
  'q.biometricsExempt.short': 'People exempt from biometrics',
  'q.biometricsExempt.error': 'Enter how many of the people in your application are in these age groups, or 0',
  'q.biometricsExempt.error-negative': 'The number of people must be 0 or more',

  // children affected
  'q.childrenAffected.label': 'Would the decision on your request directly affect any child?',
  'q.childrenAffected.hint':
    'The child does not have to be yours. They can be in Canada or in another country, for example a child you care for.',
  'q.childrenAffected.why':
    'The officer must take into account the best interests of any child directly affected. These interests carry special weight, so explain them with evidence.',
  'q.childrenAffected.short': 'Children affected',
  'q.childrenAffected.error': 'Select yes if the decision on your request would directly affect any child',

  // harm to a child
  'q.childHarm.label': 'Would a refusal harm the safety, health or well-being of such a child?',
  'q.childHarm.hint':
    'For example, if a child would be separated from a parent, lose medical care or have to leave school.',
  'q.childHarm.why':
    'Harm to a child weighs heavily in the decision. It may also lift the wait after a refused refugee claim, if IRCC finds that removal would hurt the child\u2019s best interests.',
  'q.childHarm.short': 'Harm to a child',
  'q.childHarm.error': 'Select yes if a refusal would harm the safety, health or well-being of such a child',
  'q.childHarm.option.yes': 'Yes',
  'q.childHarm.option.no': 'No',

  // risk to life for lack of medical care
  'q.lifeRiskNoMedicalCare.label':
    'Would leaving Canada put your life at risk because no country of your citizenship (or, if you have none, where you used to live) can give you adequate health or medical care?',
  'q.lifeRiskNoMedicalCare.hint':
    'Answer Yes only if your life would be at risk, not only if care would be harder to get or cost more.',
  'q.lifeRiskNoMedicalCare.why':
    'If so, the wait after a refused refugee claim may not apply, but IRCC decides on your evidence. Your health is also part of the H&C assessment.',
  'q.lifeRiskNoMedicalCare.short': 'Medical risk to life',
  'q.lifeRiskNoMedicalCare.error':
    'Select yes if leaving Canada would put your life at risk for lack of adequate medical care',

  // hardships
  'q.hardships.label': 'What would happen to you or your family if your request were refused?',
  'q.hardships.hint': 'Choose all that apply. You will need evidence for each one.',
  'q.hardships.why':
    'The officer weighs all your hardships together, not one at a time. The usual cost and trouble of leaving Canada is not enough on its own.',
  'q.hardships.short': 'Hardships',
  'q.hardships.error': 'Select what would happen to you or your family, or "{option}"',
  'q.hardships.option.safety': 'Danger to my safety',
  'q.hardships.option.health-care': 'No access to the health care I need',
  'q.hardships.option.family-separation': 'Separation from my family',
  'q.hardships.option.family-violence': 'Family violence',
  'q.hardships.option.country-conditions': 'Hard conditions in my country',
  'q.hardships.option.discrimination': 'Discrimination',
  'q.hardships.option.establishment': 'Losing the life I have built in Canada',
  'q.hardships.option.costs-of-return': 'The cost and trouble of leaving Canada',
  'q.hardships.option.other': 'Something else',
  'q.hardships.option.none': 'None of these',
  'q.hardships.option-hint.safety': 'For example, threats or violence you would face.',
  'q.hardships.option-hint.health-care':
    'Treatment, medicine or care that you or a family member need would not be available.',
  'q.hardships.option-hint.family-separation':
    'Being apart from your spouse or partner, children, parents or other relatives.',
  'q.hardships.option-hint.family-violence':
    'Abuse by a partner or a family member, that you ran away from or would face.',
  'q.hardships.option-hint.country-conditions':
    'For example war, a natural disaster, or a lack of housing, food or work where you would have to live.',
  'q.hardships.option-hint.discrimination':
    'Unfair treatment because of who you are, for example your ethnic group, religion, sex, sexual orientation or a disability.',
  'q.hardships.option-hint.establishment': 'Your work, home, studies, friends and ties to your community in Canada.',
  'q.hardships.option-hint.costs-of-return':
    'Travel and moving costs, and the disruption of leaving. On their own, they are not enough.',
  'q.hardships.option-hint.other': 'Another serious consequence that is not in this list.',

  // severity
  'q.severity.label': 'How serious would the consequences of a refusal be for you and your family?',
  'q.severity.hint': 'Think about everything that would happen, and give your honest view.',
  'q.severity.why':
    'The officer weighs how serious the consequences of a refusal would be for you and your family, together with everything else. Be ready to show this with evidence.',
  'q.severity.short': 'Seriousness',
  'q.severity.error': 'Select how serious the consequences of a refusal would be',
  'q.severity.option.severe': 'Very serious',
  'q.severity.option.serious': 'Serious',
  'q.severity.option.moderate': 'Moderate',
  'q.severity.option.minor': 'Minor',

  // help in the home country
  'q.homeCountryHelp.label': 'Did you ask the authorities in your home country for help with your situation?',
  'q.homeCountryHelp.hint': 'For example, the police, a court or a government office.',
  'q.homeCountryHelp.why':
    'The law does not require this. If your hardship involves violence or threats, say in your request whether the authorities at home could really help you, with evidence if you can.',
  'q.homeCountryHelp.short': 'Help from home country',
  'q.homeCountryHelp.error': 'Select whether you asked the authorities in your home country for help',
  'q.homeCountryHelp.option.sought-with-proof': 'Yes, and I have proof',
  'q.homeCountryHelp.option.sought-no-proof': 'Yes, but I have no proof',
  'q.homeCountryHelp.option.not-sought-with-reason': 'No, and I can explain why',
  'q.homeCountryHelp.option.not-sought': 'No',
  'q.homeCountryHelp.option-hint.sought-with-proof': 'For example, a police report, letters or court papers.',
  'q.homeCountryHelp.option-hint.sought-no-proof': 'You asked for help, but you have no documents that show it.',
  'q.homeCountryHelp.option-hint.not-sought-with-reason':
    'For example, asking would have been dangerous, or the authorities were part of the problem.',
  'q.homeCountryHelp.option-hint.not-sought':
    'You did not ask for help and cannot explain why yet. If your hardship involves violence or threats, explain it in your request.',

  // years in Canada
  'q.yearsInCanada.label': 'How many years have you lived in Canada?',
  'q.yearsInCanada.hint':
    'Count all the time you have lived in Canada. You can use part years, for example 2.5 for two and a half years.',
  'q.yearsInCanada.why':
    'Time in Canada is part of your establishment here. The officer weighs it together with your work, studies and ties to your community.',
  'q.yearsInCanada.short': 'Years in Canada',
  'q.yearsInCanada.error': 'Enter how many years you have lived in Canada',
  'q.yearsInCanada.error-negative': 'Years in Canada must be 0 or more',
} as const;

export type QuestionKey = keyof typeof questions;
