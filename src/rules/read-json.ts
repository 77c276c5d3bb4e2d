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

/** Whether a text is over the limit in UTF-8 bytes, as a file on disk or a browser's `File.size` counts it. */
function tooLarge(text: string): boolean {
  if (text.length > MAX_CASE_FILE_BYTES) return true; // a UTF-16 unit is at least one byte
  if (text.length * 3 <= MAX_CASE_FILE_BYTES) return false; // and at most three
  return new TextEncoder().encode(text).length > MAX_CASE_FILE_BYTES;
}

/**
 * A leading UTF-8 byte-order mark is dropped: a browser's `File.text()` drops it, Node's
 * `readFileSync(…, 'utf8')` keeps it, so both readers see the same file. The size is counted in bytes.
 */
export function parseCaseFileText(text: string): JsonRead {
  if (tooLarge(text)) return { ok: false, problem: 'too-large' };
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  if (depthOf(value) > MAX_CASE_FILE_DEPTH) return { ok: false, problem: 'too-deep' };
  return { ok: true, value };
}
