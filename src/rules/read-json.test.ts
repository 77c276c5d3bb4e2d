import { describe, expect, it } from 'vitest';
import { checkCaseFile } from './case-file';
import { MAX_CASE_FILE_BYTES, MAX_CASE_FILE_DEPTH, parseCaseFileText } from './read-json';

/** JSON whose deepest value sits `depth` levels below the top. */
const nested = (depth: number) => `${'['.repeat(depth)}0${']'.repeat(depth)}`;

describe('parseCaseFileText', () => {
  it('reads JSON', () => {
    expect(parseCaseFileText('{"format":"hc-case","version":1,"answers":{}}')).toEqual({
      ok: true,
      value: { format: 'hc-case', version: 1, answers: {} },
    });
  });

  it.each(['', '{', '{"a":1,}', "{'a':1}", 'hc-case', '{"a":1} trailing', 'NaN'])('refuses %j as not JSON', (text) => {
    expect(parseCaseFileText(text)).toEqual({ ok: false, problem: 'not-json' });
  });

  it('refuses a text over the size limit before parsing it, and accepts one at the limit', () => {
    const body = '{"a":1}';
    expect(parseCaseFileText(body + ' '.repeat(MAX_CASE_FILE_BYTES - body.length))).toMatchObject({ ok: true });
    expect(parseCaseFileText(body + ' '.repeat(MAX_CASE_FILE_BYTES - body.length + 1))).toEqual({
      ok: false,
      problem: 'too-large',
    });
  });

  it('counts the limit in UTF-8 bytes, as the file on disk and the browser do', () => {
    const body = '{"a":"é"}'; // é is two bytes
    const pad = ' '.repeat(MAX_CASE_FILE_BYTES - body.length - 1);
    expect(parseCaseFileText(body + pad)).toMatchObject({ ok: true });
    expect(parseCaseFileText(body + pad + ' ')).toEqual({ ok: false, problem: 'too-large' });
  });

  it('reads a file that starts with a UTF-8 byte-order mark, as a browser does', () => {
    expect(parseCaseFileText('\ufeff{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  it('accepts nesting up to the limit and refuses one level more', () => {
    expect(parseCaseFileText(nested(MAX_CASE_FILE_DEPTH))).toMatchObject({ ok: true });
    expect(parseCaseFileText(nested(MAX_CASE_FILE_DEPTH + 1))).toEqual({ ok: false, problem: 'too-deep' });
    expect(parseCaseFileText(`{"a":${nested(MAX_CASE_FILE_DEPTH)}}`)).toEqual({ ok: false, problem: 'too-deep' });
  });

  it('refuses a hostile, very deep file without overflowing the stack', () => {
    expect(parseCaseFileText(nested(100_000))).toEqual({ ok: false, problem: 'too-deep' });
  });
});

describe('keys that name object internals', () => {
  const text =
    '{"format":"hc-case","version":1,"__proto__":{"polluted":true},"answers":{"status":"citizen","__proto__":{"status":"x"},"constructor":1,"toString":"x"}}';

  it('are ordinary keys after parsing: nothing reaches a prototype', () => {
    const read = parseCaseFileText(text);
    if (!read.ok) return expect.fail(read.problem);
    const answers = (read.value as { answers: object }).answers;
    expect(Object.getPrototypeOf(answers)).toBe(Object.prototype);
    expect(Object.keys(answers)).toContain('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('are rejected as unknown fields inside answers, and ignored at the top level', () => {
    const read = parseCaseFileText(text);
    if (!read.ok) return expect.fail(read.problem);
    const check = checkCaseFile(read.value, '2025-10-01');
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problems.map((p) => `${p.code} ${p.path}`).sort()).toEqual([
      'unknown-field answers.__proto__',
      'unknown-field answers.constructor',
      'unknown-field answers.toString',
    ]);
  });
});
