/**
 * The command-line assessor: `npm run --silent assess -- FILE... [--as-of YYYY-MM-DD]`.
 * With one file, prints only the assessment JSON on stdout and exits 0; on any problem prints one
 * English line per problem on stderr and exits 2, with nothing on stdout and never a stack trace.
 * With two or more, prints one compact line `{"file": …, "assessment": …}` per assessed file, in the
 * order given, and each problem as `<file>: <the one-file line>`; it exits 2 when any file failed,
 * after trying them all.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  EARLIEST_EVALUATION_DATE,
  MAX_CASE_FILE_BYTES,
  assess,
  checkCaseFile,
  isIsoDate,
  parseCaseFileText,
  shownValue,
  type Assessment,
  type Problem,
} from '../rules';
import { cliProblems, type CliProblemKey } from '../i18n/en/cli';
import { problems, type ProblemKey } from '../i18n/en/problems';
import { format } from '../i18n/format';
import { problemLine } from '../i18n/problem-text';
import { localToday } from '../lib/today';

/** The case file's problems, as the browser words them, and the assessor's own. */
const messages = { ...problems, ...cliProblems };

class UsageError extends Error {}

const LAST_DATE = '9999-12-31';

interface Args {
  files: string[];
  asOf?: string;
}

/** What a call prints: one of stdout or stderr, or both when several files were given. */
export type Printed = { stdout: string } | { stderr: string[] } | { stdout: string; stderr: string[] };

const OPTIONS = { 'as-of': { type: 'string' } } as const;

/** The files and the options of a call; anything else is a usage error, with the line that says why. */
function argsOf(args: string[]): Args {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, strict: true, options: OPTIONS });
  } catch (e) {
    throw new UsageError(refusal(e, args));
  }
  const files = parsed.positionals;
  if (files.length === 0) throw new UsageError(messages['problem.usage']);
  const asOf = parsed.values['as-of'];
  return asOf === undefined ? { files } : { files, asOf };
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

function line(where: string, key: ProblemKey | CliProblemKey, params: Record<string, string | number> = {}): string {
  return `${where}: ${format(messages[key], params)}`;
}

/** What is wrong with the evaluation date, if anything. */
function asOfProblems(asOf: string): string[] {
  if (!isIsoDate(asOf)) return [line('--as-of', 'problem.invalid-as-of', { value: shownValue(asOf) })];
  if (asOf < EARLIEST_EVALUATION_DATE)
    return [line('--as-of', 'problem.as-of-before-law', { value: asOf, date: EARLIEST_EVALUATION_DATE })];
  return [];
}

/** Room for one byte more than a case file may hold, shared by every file of a call. */
const buffer = Buffer.allocUnsafe(MAX_CASE_FILE_BYTES + 1);

/**
 * The file's text, reading at most one byte more than a case file may hold, so that a pipe or a
 * device that never ends (`/dev/zero`) is refused as soon as it is known to be too large. Only then
 * does a regular file's size name the figure; anything else is "more than" the limit.
 */
function readCaseFile(file: string): { text: string } | { problem: string } {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    let length = 0;
    while (length < buffer.length) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length <= MAX_CASE_FILE_BYTES) return { text: buffer.toString('utf8', 0, length) };
    const stat = fstatSync(fd);
    return {
      problem: stat.isFile()
        ? line(file, 'problem.too-large', { size: Math.max(stat.size, length), limit: MAX_CASE_FILE_BYTES })
        : line(file, 'problem.too-large-stream', { limit: MAX_CASE_FILE_BYTES }),
    };
  } catch (e) {
    return { problem: line(file, 'problem.unreadable-file', { reason: (e as NodeJS.ErrnoException).code ?? 'error' }) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * One file's assessment on `asOf`, or its problems. With no valid evaluation date (`asOf`
 * undefined), every problem of the file is still reported; only the future-date check waits.
 */
function assessFile(file: string, asOf: string | undefined): { assessment: Assessment } | { problems: string[] } {
  const read = readCaseFile(file);
  if ('problem' in read) return { problems: [read.problem] };
  const parsed = parseCaseFileText(read.text);
  if (!parsed.ok) return { problems: [line(file, `problem.${parsed.problem}`)] };
  const check = checkCaseFile(parsed.value, asOf ?? LAST_DATE, 'complete');
  if (!check.ok) return { problems: check.problems.map((p: Problem) => problemLine(p, messages)) };
  if (asOf === undefined) return { problems: [] };
  return { assessment: assess(check.caseFile, asOf) };
}

/** Returns the lines to print on stderr, or the assessment JSON, or both for several files. */
export function run(argv: string[]): Printed {
  let args: Args;
  try {
    args = argsOf(argv);
  } catch (e) {
    return { stderr: [(e as Error).message] };
  }
  const asOf = args.asOf ?? localToday();
  const dateProblems = asOfProblems(asOf);
  const [file, ...more] = args.files;
  if (file !== undefined && more.length === 0) return runOne(file, asOf, dateProblems);
  return dateProblems.length > 0 ? { stderr: dateProblems } : runMany(args.files, asOf);
}

function runOne(file: string, asOf: string, dateProblems: string[]): Printed {
  const result = assessFile(file, dateProblems.length > 0 ? undefined : asOf);
  if ('problems' in result) return { stderr: [...dateProblems, ...result.problems] };
  return { stdout: `${JSON.stringify(result.assessment, null, 2)}\n` };
}

function runMany(files: string[], asOf: string): Printed {
  const stdout: string[] = [];
  const stderr: string[] = [];
  for (const file of files) {
    const result = assessFile(file, asOf);
    if ('problems' in result) stderr.push(...result.problems.map((problem) => `${file}: ${problem}`));
    else stdout.push(`${JSON.stringify({ file, assessment: result.assessment })}\n`);
  }
  const printed = stdout.join('');
  if (stderr.length === 0) return { stdout: printed };
  return printed === '' ? { stderr } : { stdout: printed, stderr };
}
