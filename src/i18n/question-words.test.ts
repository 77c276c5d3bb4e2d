/** The question catalogue's words: every question and every option has its text (parity.test.ts checks French against English). */
import { describe, expect, it } from 'vitest';
import { QUESTIONS } from '../questions/catalogue';
import { catalogue as en } from './catalogue-en';

describe('the question catalogue', () => {
  it('has a label, a hint, a reason and a short name for every question, and a label for every option', () => {
    const keys = QUESTIONS.flatMap((q) => [
      ...['label', 'hint', 'why', 'short'].map((k) => `q.${q.field}.${k}`),
      ...[...(q.options ?? []), ...(q.exclusiveOptions ?? [])].map((v) => `q.${q.field}.option.${v}`),
    ]);
    expect(keys.filter((k) => !Object.hasOwn(en, k))).toEqual([]);
  });
});
