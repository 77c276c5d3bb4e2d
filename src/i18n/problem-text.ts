/**
 * Turns an engine problem into a sentence from a catalogue: where it is and what is wrong.
 */
import type { Problem } from '../rules';
import { format } from './format';
import type { ProblemKey } from './en/problems';

export type ProblemCatalogue = Record<ProblemKey, string>;

/** The message for a problem, without its location. */
export function problemMessage(problem: Problem, catalogue: ProblemCatalogue): string {
  const params = { ...problem.params };
  if (problem.code === 'wrong-type' && typeof params.expected === 'string') {
    params.expected = catalogue[`problem.type.${params.expected}` as ProblemKey] ?? params.expected;
  }
  return format(catalogue[`problem.${problem.code}`], params);
}

/** Where the problem is, as written in the file: every field of a contradiction. */
export function problemLocation(problem: Problem): string {
  if (problem.fields.length > 1) return problem.fields.map((f) => `answers.${f}`).join(', ');
  return problem.path || '(file)';
}

/** One plain line: `answers.location: is missing; …`. */
export function problemLine(problem: Problem, catalogue: ProblemCatalogue): string {
  return `${problemLocation(problem)}: ${problemMessage(problem, catalogue)}`;
}
