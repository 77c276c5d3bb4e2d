/**
 * Consultant mode's words (English), loaded with its tools and never in a person's journey. Keys
 * `consultant.law.<field>` say in one plain line why a question matters in law; the rules'
 * citations follow them on screen. Legal numbers come from the engine's parameters through
 * placeholders, as in the results words.
 */
export const consultant = {
  // The switch on "Save, open or forget your answers", loaded when its fold is opened.
  'consultant.switch.body':
    'For immigration consultants, lawyers and notaries who go through the questions with a client on a shared screen. It shows the rules behind each question and behind the result, keeps notes with the case file, and lets you try a different answer without changing the client\u2019s answers.',
  'consultant.switch.label': 'Use consultant mode in this tab',
  'consultant.switch.hint':
    'It stays on until you turn it off or close this tab. You can also open any page of the questions with {parameter} at the end of its address.',
  'consultant.switch.on': 'Consultant mode is on. Its tools are at the top of each page.',
  'consultant.switch.off': 'Consultant mode is off.',

  // After a case file is opened in consultant mode: its notes that were left out.
  'consultant.notes-ignored.one':
    'The answers were opened, but {count} note in the file was left out. A note must be text of at most {max} characters, about a step of these questions.',
  'consultant.notes-ignored.other':
    'The answers were opened, but {count} notes in the file were left out. A note must be text of at most {max} characters, about a step of these questions.',

  'consultant.bar.title': 'Consultant mode',
  'consultant.bar.screen': 'Shared screen',
  'consultant.bar.large': 'Larger type',
  'consultant.bar.hide': 'Hide answers',
  'consultant.bar.hide-hint':
    'Answers show as \u201cHidden\u201d on screen and on paper. Ticked choices, the evidence list, the explanations on the result and the notes are hidden too.',
  'consultant.bar.side': 'Result in English and French, side by side',
  'consultant.bar.reference': 'Client reference',
  'consultant.bar.reference-hint': 'Printed with the notes and put in the saved case file\u2019s name.',
  'consultant.bar.off': 'Turn off consultant mode',
  'consultant.bar.large-on': 'Larger type is on.',
  'consultant.bar.large-off': 'Larger type is off.',
  'consultant.bar.hide-on': 'Answers are hidden.',
  'consultant.bar.hide-off': 'Answers are shown.',
  'consultant.bar.side-on': 'The result will show in English and French.',
  'consultant.bar.side-off': 'The result will show in one language.',

  'consultant.effect.exclude': 'exclude: not eligible',
  'consultant.effect.redirect': 'redirect: another class first',
  'consultant.effect.bar': 'bar: not yet',
  'consultant.effect.lift': 'lift: a waiting period may not apply',
  'consultant.effect.suggest': 'suggest',
  'consultant.effect.warn': 'warn',
  'consultant.effect.inform': 'inform',

  'consultant.question.title': 'For the consultant',
  'consultant.question.field': 'Field',
  'consultant.question.rules': 'Rules this answer feeds',
  'consultant.question.no-rules': 'No rule reads this answer.',
  'consultant.question.law': 'Why it matters in law',

  'consultant.note.step': 'Consultant\u2019s note on this step',
  'consultant.note.results': 'Consultant\u2019s note on the result',
  'consultant.note.hint':
    'Kept with the answers in this tab and saved in the case file. Quick exit erases it. At most {max} characters.',

  'consultant.results.title': 'For the consultant',
  'consultant.trace.title': 'Rules trace',
  'consultant.trace.intro':
    'Every rule that fired, in the engine\u2019s order, assessed on {date} under rules version {version}.',
  'consultant.trace.effect': 'Effect',
  'consultant.trace.sources': 'Sources',
  'consultant.trace.checked': 'Wording last checked',
  'consultant.trace.in-force': 'In force from',
  'consultant.trace.enacted-by': 'Enacted by',
  'consultant.trace.until': 'Bar ends on',
  'consultant.trace.no-end': 'No known end',
  'consultant.trace.lift-until': 'Bar would end on',
  'consultant.trace.answers': 'Answers that made it fire',
  'consultant.trace.answer': '{question}: {answer}',
  'consultant.trace.no-answers': 'None: it always applies',

  'consultant.notes.title': 'Consultant\u2019s notes',
  'consultant.notes.reference': 'Client reference',
  'consultant.notes.results': 'On the result',
  'consultant.notes.none': 'No notes.',

  'consultant.whatif.title': 'What if',
  'consultant.whatif.intro':
    'Try a different answer to see how the outcome, the earliest date and the fees would change. The client\u2019s answers and the case file stay as they are.',
  'consultant.whatif.choose': 'Answer to change',
  'consultant.whatif.choose-none': 'Choose an answer',
  'consultant.whatif.apply': 'Try this answer',
  'consultant.whatif.reset': 'Put the original answers back',
  'consultant.whatif.reset-done': 'The original answers are back.',
  'consultant.whatif.changes': 'Answers changed in this what if',
  'consultant.whatif.was': 'Original answer:',
  'consultant.whatif.now': 'In this what if:',
  'consultant.whatif.dropped': 'No longer asked',
  'consultant.whatif.needs':
    'This what if needs more answers before it can give a result: {question}. Give them under \u201cAnswer to change\u201d, where the first is now chosen.',
  'consultant.whatif.contradiction': 'This what if contradicts another answer: {questions}. Change that answer too.',
  'consultant.whatif.compare': 'The original answers and this what if',
  'consultant.whatif.col.item': 'Result',
  'consultant.whatif.col.original': 'Original',
  'consultant.whatif.col.whatif': 'What if',
  'consultant.whatif.col.difference': 'Difference',
  'consultant.whatif.row.outcome': 'Outcome',
  'consultant.whatif.row.earliest': 'Earliest date to apply',
  'consultant.whatif.row.fees': 'Fees in total',
  'consultant.whatif.none': 'None',
  'consultant.earliest.now': 'Now',
  'consultant.earliest.unknown': 'Not known yet',
  'consultant.earliest.none': 'Does not apply',
  'consultant.whatif.fees-unknown': 'Not confirmed (people in the application: {people})',
  'consultant.whatif.changed': 'Changed',
  'consultant.whatif.same': 'Same',
  'consultant.whatif.rules-added': 'Rules that would fire',
  'consultant.whatif.rules-removed': 'Rules that would no longer fire',
  'consultant.whatif.status-same':
    'This what if gives the same outcome, earliest date and fees as the original answers.',
  'consultant.whatif.status-changed':
    'This what if differs from the original answers in {count} of {total}: outcome, earliest date, fees.',
  'consultant.whatif.status-needs': 'This what if needs one more answer.',
  'consultant.whatif.status-contradiction': 'This what if contradicts another answer.',

  'consultant.law.status':
    'Only a foreign national can ask for H&C relief: a citizen or permanent resident does not need it, and a protected person applies for permanent residence in that class instead.',
  'consultant.law.location':
    'Where the person is sets the pathway: in Canada, the in-Canada classes come first, refugee-type risk is not weighed and the request goes through two stages; from abroad, it is attached to a permanent residence application in another class.',
  'consultant.law.inadmissibility':
    'H&C relief cannot overcome inadmissibility for security, human or international rights violations, sanctions or organized criminality once found; other grounds, cessation of refugee protection included, can be exempted, and in Canada a temporary resident permit is another route.',
  'consultant.law.inadmissibilityFound':
    'Only a ground already found (by an officer, the Immigration Division, the Immigration Appeal Division or a court) excludes; a possible one is a warning: if the officer finds it made out, the request cannot be examined and the fee is not refunded.',
  'consultant.law.spouseOrPartnerInCanada':
    'A person who fits the spouse or common-law partner in Canada class applies in that class first.',
  'consultant.law.permitHolderEligible':
    'A person who has held a temporary resident permit long enough for the permit holder class applies in that class first.',
  'consultant.law.destination':
    'Quebec selects: after approval in principle, Quebec (MIFI) must issue a selection certificate (CSQ) before permanent residence, and Quebec-bound files take longer.',
  'consultant.law.removal':
    'An H&C request does not stay removal; a person already removed needs written authorization to return and applies from abroad; a person under a removal order cannot make a refugee claim.',
  'consultant.law.removalOrderType':
    'The kind of order (departure, exclusion, deportation) decides whether the person needs written authorization to return; an unknown kind makes the result conditional on a professional\u2019s review.',
  'consultant.law.refugeeClaim':
    'A pending claim bars an H&C request; a rejected or abandoned claim, or one withdrawn after substantive evidence was heard, starts the {months}-month bar; an ineligible claim bars it while a PRRA is pending. The French text of the provision attaches “after substantive evidence was heard” to abandonment, not withdrawal: under the shared-meaning rule (R. v. Daoust) an abandonment before any testimony arguably does not start the bar. The engine follows the English reading; this is an argument, not settled law.',
  'consultant.law.withdrawnAfterEvidence':
    'A claim withdrawn after the RPD began hearing substantive evidence starts the {months}-month bar; withdrawn before, it does not. Any withdrawal brings the conditional removal order into force the day it is noted, bars a PRRA and a TRP for {months} months, and makes a later claim ineligible; an H&C request does not stay removal.',
  'consultant.law.lastDecisionDate':
    'The {months}-month bar runs from the latest of the last RPD, RAD and Federal Court decisions; the request can be made from the day after it ends.',
  'consultant.law.designatedForeignNational':
    'A designated foreign national cannot make an H&C request for {years} years; designation is a written notice, not unlawful entry alone.',
  'consultant.law.designationDate':
    'Without a final decision on a claim or PRRA, the {years}-year bar runs from the designation.',
  'consultant.law.dfnFinalDecisionDate':
    'When given, the {years}-year bar runs from the final decision on the claim or PRRA instead of the designation.',
  'consultant.law.prraPending':
    'A pending PRRA bars an H&C request after a claim found ineligible, and leaves a designated foreign national\u2019s bar with no known end.',
  'consultant.law.pendingHc': 'Only one H&C request at a time: another one pending bars a new one.',
  'consultant.law.familySponsor': 'Sponsorship is a route to check first; it never bars an H&C request.',
  'consultant.law.fearOfReturn':
    'Risk belongs in a refugee claim or a PRRA: in Canada, refugee-type risk is not weighed in an H&C request.',
  'consultant.law.entryDate':
    'A refugee claim made more than {oneYear} months after an entry after {entriesAfter} may be ineligible (claims from {claimsFrom}), leaving a PRRA as the risk route.',
  'consultant.law.economicProfile': 'An economic program is a route to check; it never bars an H&C request.',
  'consultant.law.caregiverExperience': 'A caregiver pathway is a route to check; it never bars an H&C request.',
  'consultant.law.spouseIncluded':
    'No rule reads it: it sets the processing and right of permanent residence fees for a spouse or partner, and the biometrics count.',
  'consultant.law.familyMemberPendingClaim':
    'A family member whose refugee claim is pending before the RPD or RAD cannot be included in the H&C request while it is pending; the order of steps needs advice.',
  'consultant.law.biometricsExempt':
    'No rule reads it: people under {biometricsYoungestAge} or over {biometricsOldestAge} give no biometrics, so the biometrics fee counts only the others; it may not exceed the people in the application.',
  'consultant.law.dependentChildren':
    'No rule reads it: it sets the processing fee for each dependent child and the biometrics count. A dependent child included as a family member pays no right of permanent residence fee; a child who is the principal applicant pays it, unless applying in Canada as the dependent child of a permanent resident or citizen.',
  'consultant.law.childrenAffected':
    'The best interests of a child directly affected must be weighed, with evidence; harm to such a child may lift the {months}-month bar.',
  'consultant.law.childHarm':
    'The {months}-month bar may be lifted when removal would adversely affect the best interests of a child directly affected; this question is broader, and IRCC decides on the evidence. If the exception is not made out, the bar\u2019s date governs; other bars still apply.',
  'consultant.law.lifeRiskNoMedicalCare':
    'The {months}-month bar may be lifted when removal would put life at risk for lack of adequate health or medical care in every country of nationality (for a stateless person, of former habitual residence); IRCC decides on the evidence, and other bars still apply.',
  'consultant.law.hardships':
    'Hardship is weighed globally: the ordinary cost of leaving is not enough on its own, and in Canada fear for safety is not weighed as refugee-type risk.',
  'consultant.law.severity':
    'No rule reads it: an officer weighs the consequences of a refusal globally; it guides the evidence to gather.',
  'consultant.law.homeCountryHelp':
    'Not a legal condition, and its IRCC guide source is unverified: where the hardship involves violence or threats, the request says whether help from the home authorities is really available, with evidence. In Canada, state protection as such belongs to the risk analysis that an H&C request leaves out; the facts can still count as hardship.',
  'consultant.law.yearsInCanada':
    'No rule reads it: establishment in Canada is one of the factors an officer weighs globally.',
  // Then and now of a reopened file, and the rules changelog (decision 0015)
  'consultant.then-now.title': 'Then and now',
  'consultant.then-now.intro':
    'This file remembers the result its answers gave when it was saved. Today\u2019s result comes from the answers as they are now, on today\u2019s date, under today\u2019s rules.',
  'consultant.then-now.caption': 'The result when the file was saved, and today',
  'consultant.then-now.col.then': 'When saved',
  'consultant.then-now.col.now': 'Today',
  'consultant.then-now.row.date': 'Date worked out',
  'consultant.then-now.row.version': 'Rules version',
  'consultant.then-now.fees-none': 'None, or not known',
  'consultant.then-now.rules-added': 'Rules that fire today and did not then',
  'consultant.then-now.rules-removed': 'Rules that fired then and do not today',
  'consultant.then-now.no-change-named':
    'No change in the rules changelog concerns it: the difference comes from the date or from the answers.',
  'consultant.then-now.why': 'What changed in the rules, and why',
  'consultant.then-now.same-rules':
    'The rules are those the file was saved under. Any difference comes from the date (a period that began or ended) or from answers changed since.',
  'consultant.then-now.since':
    'The rules changelog records these changes since version {version}, the one the file was saved under. A rule can also start or stop firing because of the date or of changed answers.',
  'consultant.then-now.unknown-version':
    'The rules changelog has no entry for version {version}, the one the file was saved under, so every change it records is listed; some may be older than the file.',
  'consultant.then-now.entry': 'Version {version}, published on {date}',
  'consultant.then-now.change-rules': 'Rules concerned',
  'consultant.then-now.change-figures': 'Figures concerned',
  'consultant.then-now.change-answers': 'Answers added',
  'consultant.changelog.decided-ground':
    'A ground H&C cannot overcome (security, human or international rights violations, sanctions, organized criminality) now excludes only once an officer, a tribunal or a court has decided it (a new answer); a ground that may apply but is undecided gives a warning instead, since the person may never be found inadmissible on it.',
  'consultant.changelog.cessation':
    'Cessation of refugee protection became an inadmissibility answer of its own: H&C can exempt from it, and in Canada it counts as a named ground for the permit suggestion.',
  'consultant.changelog.in-force':
    'Each rule now applies only from the day its provision came into force, instead of applying today\u2019s Act to every evaluation date; an evaluation date before IRPA came into force is refused.',
  'consultant.changelog.fees-unknown':
    'The processing fees of the fee set in force since the latest indexation are no longer given: the new amounts are not confirmed, so the fees total is not known for an evaluation date in that set.',
  'consultant.changelog.biometrics-exempt':
    'A new answer counts the people in the application exempt from biometrics because of their age; the biometrics fee counts only the others.',
  'consultant.changelog.family-member-claim':
    'A new answer asks whether a family member to be included has a refugee claim pending; yes or unsure lists a warning, since such a member cannot be included while the claim is pending.',
  'consultant.changelog.new-listed-rules':
    'New listed rules: declare every family member; from abroad with a possible sponsor, the sponsor\u2019s appeal to the Immigration Appeal Division; in Canada under a removal order with a fear of return, the pre-removal risk assessment.',
  'consultant.changelog.routes-closed':
    'The sponsorship, economic and caregiver suggestions are no longer listed while the designated foreign national bar holds, since it closes those routes; the permit suggestion is no longer listed while the Act forbids requesting a permit (within the wait after a negative refugee decision, while a PRRA is pending after an ineligible claim, or while that bar holds).',
  'consultant.changelog.pending-amendment':
    'The rules register now lists an enacted amendment not yet in force that extends the pending-claim bar to claims found eligible to be referred to the RPD; the engine does not apply it until an order brings it into force.',
  'consultant.changelog.citations': 'Citations were added to these rules; their conditions and effects are unchanged.',
  'consultant.changelog.facts':
    'IRCC\u2019s published processing times and a reported temporary reopening of the Quebec Experience Program became dated figures; they change words on the result, never an outcome.',
  'consultant.changelog.legal-review':
    'After a legal review, figures the explanations quote became dated parameters, and the rules register records the reading chosen where the English and French texts of the wait after a negative refugee decision differ; no outcome changes.',
  // Why not: the rules that did not fire, with their condition and the answers each reads
  'consultant.whynot.title': 'Rules that did not fire',
  'consultant.whynot.intro':
    'Every other rule, in the engine\u2019s order, with its condition on {date} and the answers it reads.',
  'consultant.whynot.col.rule': 'Rule',
  'consultant.whynot.col.condition': 'Condition',
  'consultant.whynot.col.answers': 'Answers it reads',
  'consultant.whynot.not-in-force': 'Not in force on {date}: in force from {from}.',
  'consultant.whynot.not-weighed': 'Not weighed: listed only when the person can apply or is barred.',
  'consultant.whynot.not-asked': 'Not asked: {questions}',
  'consultant.whynot.none-read': 'None',
  'consultant.condition.exclude.citizen-or-pr': 'The person is a Canadian citizen or a permanent resident.',
  'consultant.condition.redirect.protected-person': 'The person is a protected person.',
  'consultant.condition.exclude.non-exemptible-inadmissibility':
    'A foreign national whose inadmissibility on grounds of security, human or international rights violations, sanctions or organized criminality has already been found (in a file of the first version, naming the ground is enough).',
  'consultant.condition.warn.possible-non-exemptible-inadmissibility':
    'A foreign national to whom one of those grounds (security, human or international rights violations, sanctions, organized criminality) may apply, but no one has found it yet.',
  'consultant.condition.redirect.spouse-in-canada-class':
    'A foreign national in Canada who fits the spouse or common-law partner in Canada class (answer yes).',
  'consultant.condition.redirect.permit-holder-class':
    'A foreign national in Canada who is eligible for the permit holder class (answer yes).',
  'consultant.condition.bar.pending-hc': 'A foreign national with another H&C request pending.',
  'consultant.condition.bar.pending-refugee-claim':
    'A foreign national with a refugee claim pending before the RPD or the RAD.',
  'consultant.condition.bar.pending-prra':
    'A foreign national whose refugee claim was found ineligible, with a PRRA pending.',
  'consultant.condition.bar.twelve-month':
    'A foreign national whose refugee claim was rejected, abandoned, or withdrawn after substantive evidence was heard, while the {twelveMonthBar} months after the last decision run, unless removal would put life at risk for lack of medical care or would harm a child directly affected.',
  'consultant.condition.lift.twelve-month':
    'The {twelveMonthBar}-month bar would apply, and removal would put life at risk for lack of medical care, or would harm a child directly affected; IRCC decides whether the exception is made out.',
  'consultant.condition.bar.designated-foreign-national':
    'A designated foreign national, while a refugee claim or a PRRA is pending, or while the {designatedForeignNationalBar} months after the final decision on it run (without a final decision, after the designation).',
  'consultant.condition.suggest.family-sponsorship':
    'A relative could sponsor the person (yes or not sure), and the designated foreign national bar does not hold.',
  'consultant.condition.suggest.refugee-claim':
    'A foreign national in Canada who fears return, has made no refugee claim and is under no removal order.',
  'consultant.condition.warn.refugee-claim-one-year':
    'As for suggesting a refugee claim, with an entry date given, and the evaluation date after the end of the {refugeeClaimOneYear} months after that entry.',
  'consultant.condition.suggest.economic-program':
    'The person may fit an economic program (yes or not sure), and the designated foreign national bar does not hold.',
  'consultant.condition.suggest.caregiver-program':
    'The person has caregiving experience (yes or not sure), and the designated foreign national bar does not hold.',
  'consultant.condition.suggest.temporary-resident-permit':
    'A foreign national in Canada with an inadmissibility ground named (not \u201cnot sure\u201d) who may request a TRP now: not within the {temporaryResidentPermitWait} months after a negative refugee decision, not while a PRRA is pending after an ineligible claim, not while the designated foreign national bar holds.',
  'consultant.condition.warn.costs-not-sufficient': 'The only hardship named is the cost of returning.',
  'consultant.condition.warn.risk-not-weighed': 'A foreign national in Canada who names safety as a hardship.',
  'consultant.condition.warn.no-stay-of-removal': 'A foreign national in Canada under a removal order.',
  'consultant.condition.warn.authorization-to-return': 'The person has already been removed or deported.',
  'consultant.condition.warn.withdrawal-consequences': 'The refugee claim is pending or was withdrawn.',
  'consultant.condition.warn.explain-no-home-help': 'The person never asked the home authorities for help.',
  'consultant.condition.warn.declare-family-members': 'Always, when the person can apply or is barred.',
  'consultant.condition.warn.family-member-pending-claim':
    'A family member to be included has a refugee claim pending, or may have one (not sure), and a spouse or common-law partner or dependent children are included.',
  'consultant.condition.warn.professional-review':
    'An answer is \u201cnot sure\u201d: inadmissibility; sponsor, economic program or caregiving; in Canada, the spouse or partner class or the permit holder class; or the kind of removal order is unknown.',
  'consultant.condition.inform.quebec-selection': 'The person\u2019s destination is Quebec.',
  'consultant.condition.inform.quebec-support': 'A foreign national in Canada whose destination is Quebec.',
  'consultant.condition.inform.best-interests-of-child': 'A child would be directly affected.',
  'consultant.condition.inform.judicial-review':
    'Always, when the person can apply or is barred ({judicialReviewInCanada} days to seek leave for a decision on a request made in Canada, {judicialReviewOutsideCanada} days for one made outside).',
  'consultant.condition.inform.sponsor-appeal':
    'A foreign national outside Canada whom a relative could sponsor (yes or not sure), and the designated foreign national bar does not hold.',
  'consultant.condition.inform.prra':
    'A foreign national in Canada under a removal order who fears return, with no refugee claim pending.',
  'consultant.condition.inform.two-stage-process': 'A foreign national in Canada.',

  // Compare two case files, keep a what if, the client copy and the file copy (issue 14, parts 4 and 5).
  'consultant.print.hint':
    'The client copy has the result in plain words under the practice\u2019s name, licence number and contact details, when the practice settings give them, and leaves out the rules trace, rule ids and notes. The file copy has everything: the trace, rule ids and notes.',
  'consultant.print.client': 'Print client copy',
  'consultant.print.file': 'Print file copy',
  'consultant.print.client-heading': 'Copy for the client',
  'consultant.print.file-heading': 'Copy for the file: with the rules trace, rule ids and notes',
  'consultant.whatif.keep-hint':
    'The saved file holds the answers of this what if and the client reference, not the notes. Its name says it is a what if.',
  'consultant.whatif.print': 'Print this what if',
  'consultant.whatif.save': 'Save this what if as a case file',
  'consultant.whatif.saved': 'This what if was saved as {file}.',
  'consultant.whatif.paper-title': 'What if: hypothetical answers, not the client\u2019s',
  'consultant.whatif.paper-intro':
    'The answers below were changed to try another situation. They are not the answers the client gave, and the result below is not the client\u2019s result.',
  'consultant.compare.title': 'Compare two case files',
  'consultant.compare.intro':
    'Choose two case files, or one to compare with the answers on this page. Each file is checked as \u201cOpen case file\u201d checks it, and both are assessed on the date of this result. The answers on this page do not change.',
  'consultant.compare.first': 'First case file (.json)',
  'consultant.compare.first-hint': 'Leave it empty to compare with the answers on this page.',
  'consultant.compare.second': 'Second case file (.json)',
  'consultant.compare.none-chosen': 'Choose the second case file first',
  'consultant.compare.button': 'Compare',
  'consultant.compare.done': 'The comparison is below.',
  'consultant.compare.rejected': 'The file {file} was not opened. The comparison has not changed.',
  'consultant.compare.this-page': 'The answers on this page',
  'consultant.compare.first-named': 'First file: {file}',
  'consultant.compare.second-named': 'Second file: {file}',
  'consultant.compare.answers': 'Answers that differ',
  'consultant.compare.question': 'Question',
  'consultant.compare.same-answers': 'The two give the same answers.',
  'consultant.compare.results': 'Both results, worked out on {date}',
  'consultant.compare.rules-second': 'Rules that fire only for the second',
  'consultant.compare.rules-first': 'Rules that fire only for the first',
  'consultant.compare.unfinished': '{file}: no result yet, the file needs an answer to {questions}.',
  'consultant.compare.contradiction': '{file}: no result, the answers to {questions} contradict each other.',

  // Issue 14, parts 6 and 8: dates for a calendar; saving from the bar, unsaved changes, the notes on the result.
  'consultant.bar.save': 'Save case file',
  'consultant.bar.saved': 'Case file {name} saved.',
  'consultant.unsaved.title': 'Unsaved changes',
  'consultant.unsaved.open':
    'The answers or notes have changed since the case file was last saved or opened. Opening a file replaces them.',
  'consultant.unsaved.forget':
    'The answers or notes have changed since the case file was last saved or opened. Forgetting deletes them.',
  'consultant.unsaved.open-anyway': 'Open anyway',
  'consultant.unsaved.forget-anyway': 'Forget anyway',
  'consultant.unsaved.cancel': 'Cancel',
  'consultant.unsaved.cancelled': 'Nothing was replaced.',
  'consultant.deadlines.title': 'Dates for a calendar',
  'consultant.deadlines.intro':
    'The dates of this case, to download as a calendar file (.ics) made on this device: nothing is sent.',
  'consultant.deadlines.earliest': 'Earliest date to make the H&C request',
  'consultant.deadlines.none': 'No date yet: enter the date the decision was received.',
  'consultant.deadlines.received': 'Date the decision was received',
  'consultant.deadlines.received-hint':
    'The day the decision was received or the person otherwise learned of it. The period runs from the next day.',
  'consultant.deadlines.show': 'Work out the deadline',
  'consultant.deadlines.error.missing': 'Enter the date the decision was received, as day, month and year',
  'consultant.deadlines.error.future': 'The date the decision was received must be today or in the past',
  'consultant.deadlines.error.too-early': 'The date the decision was received must be on or after {date}',
  'consultant.deadlines.error.prefix': 'Error:',
  'consultant.deadlines.kind.judicial-review-in-canada': 'Last day to apply for leave and for judicial review',
  'consultant.deadlines.kind.judicial-review-outside-canada': 'Last day to apply for leave and for judicial review',
  'consultant.deadlines.kind.sponsor-appeal':
    'Last day for the sponsor\u2019s appeal to the Immigration Appeal Division',
  'consultant.deadlines.about.judicial-review-in-canada':
    'Serve and file the application for leave and for judicial review in the Federal Court within {days} days after the day the decision was received ({received}), the matter having arisen in Canada ({citations}).',
  'consultant.deadlines.about.judicial-review-outside-canada':
    'Serve and file the application for leave and for judicial review in the Federal Court within {days} days after the day the decision was received ({received}), the matter having arisen outside Canada ({citations}).',
  'consultant.deadlines.about.sponsor-appeal':
    'The sponsor files the notice of appeal with the Immigration Appeal Division within {days} days after the day the refusal was received ({received}) ({citations}). Judicial review is available only once the appeal is exhausted.',
  'consultant.deadlines.about.earliest':
    'The earliest date on which the H&C request can be made, as worked out on {asOf} under rules version {version}. Check it again before applying: the rules and the facts may change.',
  'consultant.deadlines.counting':
    'Counted as the Interpretation Act counts: the day received is excluded and the last day included; a last day that falls on a Saturday, a Sunday or a holiday moves to the next working day ({citations}).',
  'consultant.deadlines.moved':
    'The period ends on {counted}, which is not a working day ({why}); the deadline moves to {due}.',
  'consultant.deadlines.passed': 'This date has passed.',
  'consultant.deadlines.check': 'Check this date before relying on it.',
  'consultant.deadlines.summary': '{event} ({reference})',
  'consultant.deadlines.download': 'Download the calendar file (.ics)',
  'consultant.deadlines.downloaded': 'Calendar file {name} downloaded.',
  'consultant.deadlines.holidays':
    'Holidays the tool knows: a last day that falls on one moves to the next working day.',
  'consultant.deadlines.not-counted':
    'Not taken into account: the holidays of a province or a city, Saint-Jean-Baptiste Day (a holiday in Quebec) included, since the tool does not know where the application is filed, so a deadline in Quebec may be a day later than shown; Boxing Day, which is not a holiday under the Interpretation Act; the Christmas recess under the Federal Courts Rules, which may leave days out of a period; and the date on which the decision was actually communicated, if it differs from the date entered. Check every date against the applicable rules before relying on it.',
  'consultant.day.saturday': 'Saturday',
  'consultant.day.sunday': 'Sunday',
  'consultant.holiday.new-year': 'New Year\u2019s Day',
  'consultant.holiday.good-friday': 'Good Friday',
  'consultant.holiday.easter-monday': 'Easter Monday',
  'consultant.holiday.victoria-day': 'Victoria Day',
  'consultant.holiday.saint-jean-baptiste': 'Saint-Jean-Baptiste Day',
  'consultant.holiday.canada-day': 'Canada Day',
  'consultant.holiday.labour-day': 'Labour Day',
  'consultant.holiday.truth-and-reconciliation': 'National Day for Truth and Reconciliation',
  'consultant.holiday.thanksgiving': 'Thanksgiving Day',
  'consultant.holiday.remembrance-day': 'Remembrance Day',
  'consultant.holiday.christmas': 'Christmas Day',
  'consultant.holiday.sunday-holiday-monday': 'Monday after a holiday that falls on a Sunday',
  'consultant.holiday.known.canada-day': 'Canada Day, or the next day when it falls on a Sunday',
  'consultant.holiday.known.truth-and-reconciliation': 'National Day for Truth and Reconciliation, from {year}',
  'consultant.holiday.known.sunday-holiday-monday':
    'the Monday after New Year\u2019s Day or Remembrance Day when either falls on a Sunday',
  // Re-check many case files (issue 14, part 2)
  'consultant.batch.door': 'Re-check many case files',
  'consultant.batch.title': 'Re-check many case files',
  'consultant.batch.intro':
    'Each file is read and assessed on this device with the rules and fees in force today, then compared with the result it was saved with. Nothing is sent anywhere, and the files are not changed.',
  'consultant.batch.close': 'Close',
  'consultant.batch.choose': 'Case files (.json)',
  'consultant.batch.choose-hint': 'Choose any number of files, or drop them on this box.',
  'consultant.batch.started.one': 'Checking {count} file\u2026',
  'consultant.batch.started.other': 'Checking {count} files\u2026',
  'consultant.batch.progress': 'Checked {done} of {total} files.',
  'consultant.batch.done.one': '{count} file checked.',
  'consultant.batch.done.other': '{count} files checked.',
  'consultant.batch.changed-count.one': '{count} result changed.',
  'consultant.batch.changed-count.other': '{count} results changed.',
  'consultant.batch.refused-count.one': '{count} file could not be assessed.',
  'consultant.batch.refused-count.other': '{count} files could not be assessed.',
  'consultant.batch.caption': 'Case files assessed on {date}, compared with the result each was saved with',
  'consultant.batch.col.file': 'File',
  'consultant.batch.col.reference': 'Client reference',
  'consultant.batch.col.saved': 'Saved on',
  'consultant.batch.col.outcome': 'Result',
  'consultant.batch.col.earliest': 'Earliest date to apply',
  'consultant.batch.col.fees': 'Fees total',
  'consultant.batch.col.changed': 'Changed',
  'consultant.batch.col.open': 'Open',
  'consultant.batch.col.outcome-then': 'Result then',
  'consultant.batch.col.outcome-now': 'Result now',
  'consultant.batch.col.earliest-then': 'Earliest date then',
  'consultant.batch.col.earliest-now': 'Earliest date now',
  'consultant.batch.col.fees-then': 'Fees total then',
  'consultant.batch.col.fees-now': 'Fees total now',
  'consultant.batch.col.problem': 'Why it was not assessed',
  'consultant.batch.was': 'When saved:',
  'consultant.batch.now': 'Today:',
  'consultant.batch.changed': 'Changed',
  'consultant.batch.same': 'Same',
  'consultant.batch.no-earlier': 'No earlier result',
  'consultant.batch.not-assessed': 'Not assessed',
  'consultant.batch.unfinished-tag': 'Unfinished',
  'consultant.batch.no-reference': 'None given',
  'consultant.batch.no-total': 'No total',
  'consultant.batch.unknown': 'Unknown',
  'consultant.batch.unfinished.one':
    'Unfinished: {count} answer is missing, \u201c{question}\u201d. Open the file to give it.',
  'consultant.batch.unfinished.other':
    'Unfinished: {count} answers are missing, the first being \u201c{question}\u201d. Open the file to give them.',
  'consultant.batch.new-questions.one':
    'Saved before {count} question was added, \u201c{question}\u201d, which applies to this client. Open the file to answer it.',
  'consultant.batch.new-questions.other':
    'Saved before {count} questions were added that apply to this client, the first being \u201c{question}\u201d. Open the file to answer them.',
  'consultant.batch.problem': '{where}: {problem}',
  'consultant.batch.more.one': 'And {count} more problem.',
  'consultant.batch.more.other': 'And {count} more problems.',
  'consultant.batch.open': 'Open',
  'consultant.batch.open-file': 'Open {file}',
  'consultant.batch.changed-only': 'Show only the files whose result changed',
  'consultant.batch.none-changed': 'No result changed.',
  'consultant.batch.export': 'Export the table (CSV)',
  'consultant.batch.exported': 'The table was saved as {file}.',
} as const;

export type ConsultantKey = keyof typeof consultant;
