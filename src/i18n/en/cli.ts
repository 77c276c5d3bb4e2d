/**
 * What only the command-line assessor says (English): problems with its arguments and with reading
 * a file from disk, a pipe or a device. Kept out of the browser's catalogues, which never show them;
 * the problems of a case file itself are in `problems.ts`, shared with the browser.
 */
export const cliProblems = {
  'problem.too-large-stream': 'is too large (more than {limit} bytes); a case file is at most {limit} bytes',
  'problem.unreadable-file': 'cannot be read ({reason})',
  'problem.invalid-as-of': 'must be a real date written YYYY-MM-DD (found {value})',
  'problem.usage': 'usage: npm run --silent assess -- FILE [--as-of YYYY-MM-DD]',
  'problem.unknown-option': 'is not an option; {usage}',
} as const;

export type CliProblemKey = keyof typeof cliProblems;
