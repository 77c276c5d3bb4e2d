import { describe, expect, it, vi } from 'vitest';
import { MAX_CASE_FILE_BYTES } from '../rules';
import { withAnswers } from '../testing/answers';
import { runBatch } from './batch-run';

const today = '2026-06-01';
const good = JSON.stringify({ format: 'hc-case', version: 2, answers: withAnswers({}) });
const file = (name: string, text: string) => new File([text], name, { type: 'application/json' });

describe('a batch run', () => {
  it('gives one row per file in the order given, a bad file its own row, and reads no file over the limit', async () => {
    const huge = file('huge.json', 'x'.repeat(MAX_CASE_FILE_BYTES + 1));
    const read = vi.spyOn(huge, 'text');
    const files = [file('a.json', good), file('b.json', 'not json'), huge, file('c.json', good)];
    const progress: number[] = [];
    const rows = await runBatch(files, { today, onProgress: (done) => progress.push(done) });
    expect(rows?.map((row) => [row.fileName, row.kind])).toEqual([
      ['a.json', 'assessed'],
      ['b.json', 'refused'],
      ['huge.json', 'refused'],
      ['c.json', 'assessed'],
    ]);
    expect(read).not.toHaveBeenCalled();
    expect(progress.at(-1)).toBe(4);
  });

  it('says so when a file cannot be read, and goes on', async () => {
    const gone = file('gone.json', good);
    vi.spyOn(gone, 'text').mockRejectedValue(new DOMException('gone', 'NotReadableError'));
    const rows = await runBatch([gone, file('a.json', good)], { today });
    expect(rows?.[0]).toMatchObject({ kind: 'refused', problems: [{ code: 'unreadable-file' }] });
    expect(rows?.[1]?.kind).toBe('assessed');
  });

  it('stops when asked', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await runBatch([file('a.json', good)], { today, signal: controller.signal })).toBeNull();
  });
});
