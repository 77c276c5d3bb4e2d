/**
 * The few consultant-mode words a person's journey can show before the tools load: the heading and
 * the fold of the switch on "Save, open or forget your answers" (what the fold holds loads when it
 * is opened), "Hidden" for answers kept off a shared screen, and the notice about notes left out
 * of an opened file. The tools' own words load with them (`../consultant-en.ts`).
 */
export const consultant = {
  'consultant.switch.title': 'Consultant mode',
  'consultant.switch.summary': 'For consultants, lawyers and notaries',
  'consultant.hidden': 'Hidden',
  'consultant.notes-ignored.one':
    'The answers were opened, but {count} note in the file was left out. A note must be text of at most {max} characters, about a step of these questions.',
  'consultant.notes-ignored.other':
    'The answers were opened, but {count} notes in the file were left out. A note must be text of at most {max} characters, about a step of these questions.',
} as const;
