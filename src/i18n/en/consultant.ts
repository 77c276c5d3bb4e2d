/**
 * The few consultant-mode words a person's journey can show before the tools load: the switch on
 * "Save, open or forget your answers", "Hidden" for answers kept off a shared screen, and the
 * notice about notes left out of an opened file. The tools' own words load with them
 * (`../consultant-en.ts`).
 */
export const consultant = {
  'consultant.switch.title': 'Consultant mode',
  'consultant.switch.summary': 'For consultants, lawyers and notaries',
  'consultant.switch.body':
    'For immigration consultants, lawyers and notaries who go through the questions with a client on a shared screen. It shows the rules behind each question and behind the result, keeps notes with the case file, and lets you try a different answer without changing the client\u2019s answers.',
  'consultant.switch.label': 'Use consultant mode in this tab',
  'consultant.switch.hint':
    'It stays on until you turn it off or close this tab. You can also open any page of the questions with ?consultant=1 at the end of its address.',
  'consultant.switch.on': 'Consultant mode is on. Its tools are at the top of each page.',
  'consultant.switch.off': 'Consultant mode is off.',
  'consultant.hidden': 'Hidden',
  'consultant.notes-ignored.one':
    'The answers were opened, but {count} note in the file was left out. A note must be text of at most {max} characters, about a step of these questions.',
  'consultant.notes-ignored.other':
    'The answers were opened, but {count} notes in the file were left out. A note must be text of at most {max} characters, about a step of these questions.',
} as const;
