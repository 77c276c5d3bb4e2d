/**
 * The command-line assessor: `npm run --silent assess -- FILE [--as-of YYYY-MM-DD]`.
 * Prints only the assessment JSON on stdout and exits 0; on any problem prints one English line per
 * problem on stderr and exits 2, with nothing on stdout and never a stack trace.
 */
import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  EARLIEST_EVALUATION_DATE,
  MAX_CASE_FILE_BYTES,
  assess,
  checkCaseFile,
  isIsoDate,
  parseCaseFileText,
  shownValue,
  type Problem,
} from '../rules';
import { problems as messages, type ProblemKey } from '../i18n/en/problems';
import { format } from '../i18n/format';
import { problemLine } from '../i18n/problem-text';
import { localToday } from '../lib/today';

class UsageError extends Error {}

const LAST_DATE = '9999-12-31';

interface Args {
  file: string;
  asOf?: string;
}

const OPTIONS = { 'as-of': { type: 'string' } } as const;

/** The file and the options of a call; anything else is a usage error, with the line that says why. */
function argsOf(args: string[]): Args {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, strict: true, options: OPTIONS });
  } catch (e) {
    throw new UsageError(refusal(e, args));
  }
  const [file, ...more] = parsed.positionals;
  if (file === undefined || more.length > 0) throw new UsageError(messages['problem.usage']);
  const asOf = parsed.values['as-of'];
  return asOf === undefined ? { file } : { file, asOf };
}

/**
 * Why `parseArgs` refused the arguments, in the catalogue's words. It names an unknown option only
 * in its own English message, so the arguments' tokens name it; anything else (`--as-of` without a
 * date) is the usage line.
 */
function refusal(error: unknown, args: string[]): string {
  const unknownOption = error instanceof Error && 'code' in error && error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION';
  if (!unknownOption) return messages['problem.usage'];
  const { tokens } = parseArgs({ args, allowPositionals: true, strict: false, tokens: true, options: OPTIONS });
  const [name] = tokens.flatMap((token) =>
    token.kind === 'option' && !Object.hasOwn(OPTIONS, token.name) ? [token.rawName] : [],
  );
  return `${name}: ${format(messages['problem.unknown-option'], { usage: messages['problem.usage'] })}`;
}

function line(where: string, key: ProblemKey, params: Record<string, string | number> = {}): string {
  return `${where}: ${format(messages[key], params)}`;
}

/** Returns the lines to print on stderr, or the assessment JSON. */
export function run(argv: string[]): { stdout: string } | { stderr: string[] } {
  let args: Args;
  try {
    args = argsOf(argv);
  } catch (e) {
    return { stderr: [(e as Error).message] };
  }
  const errors: string[] = [];
  const asOf = args.asOf ?? localToday();
  if (!isIsoDate(asOf)) errors.push(line('--as-of', 'problem.invalid-as-of', { value: shownValue(asOf) }));
  else if (asOf < EARLIEST_EVALUATION_DATE)
    errors.push(line('--as-of', 'problem.as-of-before-law', { value: asOf, date: EARLIEST_EVALUATION_DATE }));
  let text: string | undefined;
  try {
    const size = statSync(args.file).size;
    if (size > MAX_CASE_FILE_BYTES)
      errors.push(line(args.file, 'problem.too-large', { size, limit: MAX_CASE_FILE_BYTES }));
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
