/** The question catalogue's words: every question and every option has its text (parity.test.ts checks French against English). */
import { describe, expect, it } from 'vitest';
import { QUESTIONS, STEPS } from '../questions/catalogue';
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

describe('the error of a question left empty, in each language', () => {
  it('is the question\u2019s own, and differs between the questions of a page (no two identical links in an error summary)', async () => {
    const { catalogue: fr } = await import('./catalogue-fr');
    for (const words of [en, fr] as Record<string, string>[]) {
      for (const step of STEPS) {
        const messages = step.questions.map((q) => words[`q.${q.field}.error`]);
        expect(messages.every(Boolean), step.id).toBe(true);
        expect(new Set(messages).size, step.id).toBe(messages.length);
      }
      const numbers = QUESTIONS.filter((q) => q.kind === 'integer' || q.kind === 'number');
      expect(numbers.filter((q) => !words[`q.${q.field}.error-negative`])).toEqual([]);
    }
  });
});

describe('the removal question in each language', () => {
  const quoted = { en: (s: string) => `"${s}"`, fr: (s: string) => `«\u00a0${s}\u00a0»` };

  it('tells a person removed in the past who is back in Canada to answer "No", or the removal order if a new one was made, and to see a lawyer', async () => {
    const { catalogue: fr } = await import('./catalogue-fr');
    for (const [lang, words, law, lawyer] of [
      ['en', en, 'IRPA s. 52(1)', 'lawyer'],
      ['fr', fr, 'LIPR, par. 52(1)', 'avocat'],
    ] as const) {
      const inset = words['q.removal.inset.in-canada'];
      expect(inset, lang).toContain(quoted[lang](words['q.removal.option.none']));
      // The order's choice is named by the start of its label, which ends with "and I am in Canada".
      const order = /^(.*?) (and I am|et je suis)/.exec(words['q.removal.option.order-in-canada'])?.[1] ?? '';
      expect(order, lang).not.toBe('');
      expect(inset, lang).toContain(quoted[lang](order));
      expect(inset, lang).toContain(law);
      expect(inset, lang).toContain(lawyer);
      expect(words['q.removal.inset.outside-canada'], lang).toBeTruthy();
      expect(words['q.removal.option-hint.none.in-canada'], lang).toBeTruthy();
    }
  });
});
