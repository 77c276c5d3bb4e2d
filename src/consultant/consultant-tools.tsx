/**
 * Consultant mode's tools, one chunk loaded on demand (`consultant-tools`): the toolbar, each
 * question's rules and law, the step and result notes, the result's trace, "what if", the
 * comparison of two case files, the choice of printed copies, dates for a calendar, both languages,
 * and the warning before unsaved work is replaced. Nothing here is in a person's journey unless the
 * mode is on.
 */
export { ConsultantBar } from './consultant-bar';
export { QuestionPanel } from './question-panel';
export { StepNote } from './note-field';
export { ConsultantResults } from './consultant-results';
export { PrintChoice } from './print-choice';
export { ReplaceWarning } from './replace-warning';
export { markFiled } from './unsaved';
