// Types of ./compare.mjs for the TypeScript tests that import it.

export interface AssessorRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export const EXAMPLE_KEYS: readonly string[];

export function exampleRuleIds(expect: Record<string, unknown>): string[];

export function compareExample(run: AssessorRun, expect: Record<string, unknown>): string[];
