/**
 * Consultant mode's tools, one chunk loaded on demand (`consultant-tools`): the toolbar, each
 * question's rules and law, the step and result notes, and the result's trace, "what if", the
 * comparison of two case files, the choice of printed copies and both languages. Nothing here is
 * in a person's journey unless the mode is on.
 */
export { ConsultantBar } from './consultant-bar';
export { QuestionPanel } from './question-panel';
export { StepNote } from './note-field';
export { ConsultantResults } from './consultant-results';
export { PrintChoice } from './print-choice';
