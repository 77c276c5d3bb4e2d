/**
 * Plain language: no sentence a person reads is longer than 35 words, in English or in French. A
 * sentence ends at . ? ! (before a space or the end of the message) or at a line break; each message
 * is read on its own, so a list item is its own sentence; words are split on spaces, and a lone mark
 * (« » : –) is not a word. Consultant mode's own words (consultant-en.ts, consultant-fr.ts) are
 * exempt: they are written for professionals. `SENTENCE_STATS=1` prints each language's average and
 * longest sentence.
 */
import { describe, expect, it } from 'vitest';
import { catalogue as en } from './catalogue-en';
import { catalogue as fr } from './catalogue-fr';
import { shell, type Lang } from './shell';

const MAX_WORDS = 35;

function sentencesOf(message: string): string[] {
  return message
    .split(/(?<=[.?!])\s+|\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function wordCount(sentence: string): number {
  return sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}{]/u.test(w)).length;
}

const messages: Record<Lang, Record<string, string>> = {
  en: { ...shell.en, ...en },
  fr: { ...shell.fr, ...fr },
};

function measured(lang: Lang) {
  return Object.entries(messages[lang]).flatMap(([key, message]) =>
    sentencesOf(message).map((sentence) => ({ key, sentence, words: wordCount(sentence) })),
  );
}

describe('the counting itself', () => {
  it('ends a sentence at . ? ! before a space, and at a line break, but not inside canada.ca or 2.5', () => {
    expect(sentencesOf('One two. Three? Four!\nFive on canada.ca, 2.5 years')).toEqual([
      'One two.',
      'Three?',
      'Four!',
      'Five on canada.ca, 2.5 years',
    ]);
  });

  it('counts words split on spaces, a placeholder as one, a lone mark as none', () => {
    expect(wordCount('Choisissez «\u00a0{option}\u00a0» seul\u00a0: d\u2019abord – ici')).toBe(5);
  });
});

describe.each(['en', 'fr'] as const)('in %s, every sentence a person reads', (lang) => {
  it(`has at most ${MAX_WORDS} words`, () => {
    const sentences = measured(lang);
    if (process.env.SENTENCE_STATS) {
      const longest = sentences.reduce((a, b) => (b.words > a.words ? b : a));
      const average = sentences.reduce((sum, s) => sum + s.words, 0) / sentences.length;
      console.info(
        `${lang}: ${sentences.length} sentences, average ${average.toFixed(1)} words, longest ${longest.words} (${longest.key})`,
      );
    }
    expect(sentences.filter((s) => s.words > MAX_WORDS).map((s) => `${s.key} (${s.words})`)).toEqual([]);
  });
});
