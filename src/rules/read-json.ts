/**
 * Reads the text of a case file as JSON, defensively: a size limit, and a nesting limit checked
 * without recursion, so a hostile file is refused before anything walks it.
 */
export const MAX_CASE_FILE_BYTES = 256 * 1024;
export const MAX_CASE_FILE_DEPTH = 12;

export type JsonRead = { ok: true; value: unknown } | { ok: false; problem: 'too-large' | 'not-json' | 'too-deep' };

function depthOf(value: unknown): number {
  let deepest = 0;
  const stack: { node: unknown; depth: number }[] = [{ node: value, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: unknown; depth: number };
    deepest = Math.max(deepest, depth);
    if (deepest > MAX_CASE_FILE_DEPTH) return deepest;
    if (typeof node === 'object' && node !== null) {
      for (const child of Object.values(node)) stack.push({ node: child, depth: depth + 1 });
    }
  }
  return deepest;
}

export function parseCaseFileText(text: string): JsonRead {
  if (text.length > MAX_CASE_FILE_BYTES) return { ok: false, problem: 'too-large' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  if (depthOf(value) > MAX_CASE_FILE_DEPTH) return { ok: false, problem: 'too-deep' };
  return { ok: true, value };
}
