/**
 * The few consultant-mode words a person's journey can show before the tools load: the heading and
 * the fold of the switch on "Save, open or forget your answers" (what the fold holds loads when it
 * is opened) and "Hidden" for answers kept off a shared screen. The tools' own words load with
 * them (`../consultant-en.ts`).
 */
export const consultant = {
  'consultant.switch.title': 'Consultant mode',
  'consultant.switch.summary': 'For consultants, lawyers and notaries',
  'consultant.hidden': 'Hidden',
} as const;
