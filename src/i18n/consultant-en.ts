/**
 * Consultant mode's words (English), loaded with its tools and never in a person's journey. Keys
 * `consultant.law.<field>` say in one plain line why a question matters in law; the rules'
 * citations follow them on screen. Legal numbers come from the engine's parameters through
 * placeholders, as in the results words.
 */
export const consultant = {
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
    'This what if needs one more answer before it can give a result: {question}. Choose it under \u201cAnswer to change\u201d.',
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
  'consultant.batch.no-date': 'No date',
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
