/**
 * The command-line assessor: `npm run --silent assess -- FILE [--as-of YYYY-MM-DD]`.
 * Prints only the assessment JSON on stdout and exits 0; on any problem prints one English line per
 * problem on stderr and exits 2, with nothing on stdout and never a stack trace.
 */
import { readFileSync, statSync } from 'node:fs';
import {
  EARLIEST_EVALUATION_DATE, MAX_CASE_FILE_BYTES, assess, checkCaseFile, isIsoDate, parseCaseFileText, shownValue, type Problem,
} from '../rules';
import { problems as messages, type ProblemKey } from '../i18n/en/problems';
import { format } from '../i18n/format';
import { problemLine } from '../i18n/problem-text';


class UsageError extends Error {}

const LAST_DATE = '9999-12-31';

interface Args { file: string; asOf?: string }

function parseArgs(argv: string[]): Args {
  let file: string | undefined;
  let asOf: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--as-of') {
      asOf = argv[++i] ?? '';
    } else if (arg.startsWith('--as-of=')) {
      asOf = arg.slice('--as-of='.length);
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`${arg}: ${format(messages['problem.unknown-option'], { usage: messages['problem.usage'] })}`);
    } else if (file === undefined) {
      file = arg;
    } else {
      throw new UsageError(messages['problem.usage']);
    }
  }
  if (file === undefined) throw new UsageError(messages['problem.usage']);
  return asOf === undefined ? { file } : { file, asOf };
}

/** Today's date where the tool runs (local time, not UTC). */
function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function line(where: string, key: ProblemKey, params: Record<string, string | number> = {}): string {
  return `${where}: ${format(messages[key], params)}`;
}

/** Returns the lines to print on stderr, or the assessment JSON. */
export function run(argv: string[]): { stdout: string } | { stderr: string[] } {
  let args: Args;
  try { args = parseArgs(argv); } catch (e) { return { stderr: [(e as Error).message] }; }
  const errors: string[] = [];
  const asOf = args.asOf ?? localToday();
  if (!isIsoDate(asOf)) errors.push(line('--as-of', 'problem.invalid-as-of', { value: shownValue(asOf) }));
  else if (asOf < EARLIEST_EVALUATION_DATE) errors.push(line('--as-of', 'problem.as-of-before-law', { value: asOf, date: EARLIEST_EVALUATION_DATE }));
  let text: string | undefined;
  try {
    const size = statSync(args.file).size;
    if (size > MAX_CASE_FILE_BYTES) errors.push(line(args.file, 'problem.too-large', { size, limit: MAX_CASE_FILE_BYTES }));
    else text = readFileSync(args.file, 'utf8');
  } catch (e) {
    errors.push(line(args.file, 'problem.unreadable-file', { reason: (e as NodeJS.ErrnoException).code ?? 'error' }));
  }
  if (text === undefined) return { stderr: errors };
  const parsed = parseCaseFileText(text);
  if (!parsed.ok) return { stderr: [...errors, line(args.file, `problem.${parsed.problem}`)] };
  // With no valid evaluation date, every other problem is still reported; only the future-date check waits.
  const check = checkCaseFile(parsed.value, errors.length > 0 ? LAST_DATE : asOf, 'complete');
  if (!check.ok) errors.push(...check.problems.map((p: Problem) => problemLine(p, messages)));
  if (!check.ok || errors.length > 0) return { stderr: errors };
  return { stdout: `${JSON.stringify(assess(check.caseFile, asOf), null, 2)}\n` };
}
