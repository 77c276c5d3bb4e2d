import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadCatalogue, loadedCatalogue } from './catalogue';
import { pluralForm } from './format';
import { translator, wordsTranslator, type Translate } from './i18n';
import type { Lang } from './shell';
import { consultant as consultantEn } from './consultant-en';
import { consultant as consultantFr } from './consultant-fr';

let t: Record<Lang, Translate>;
beforeAll(async () => {
  await Promise.all([loadCatalogue('en'), loadCatalogue('fr')]);
  t = { en: translator('en', loadedCatalogue('en')), fr: translator('fr', loadedCatalogue('fr')) };
});

describe('plural messages', () => {
  it('are asked for by their own key with a count, and the language’s rule picks the form', () => {
    expect(t.en('wizard.dropped-notice', { count: 1 })).toContain('we removed 1 answer that no longer applies');
    expect(t.en('wizard.dropped-notice', { count: 2 })).toContain('we removed 2 answers that no longer apply');
    expect(t.en('wizard.dropped-notice', { count: 0 })).toContain('we removed 0 answers');
    expect(t.fr('wizard.dropped-notice', { count: 1 })).toContain(
      'nous avons retiré 1 réponse qui ne s\u2019applique plus',
    );
    expect(t.fr('wizard.dropped-notice', { count: 3 })).toContain(
      'nous avons retiré 3 réponses qui ne s\u2019appliquent plus',
    );
  });

  it('follow each language’s rule: French counts 0 as one, and its “many” reads the other form', () => {
    expect([0, 1, 2].map((n) => pluralForm('en', n))).toEqual(['other', 'one', 'other']);
    expect([0, 1, 2, 1_000_000].map((n) => pluralForm('fr', n))).toEqual(['one', 'one', 'other', 'other']);
  });

  it('are read the same way from any words given (consultant mode reads its own so)', () => {
    const read = wordsTranslator('fr', [{ 'x.one': '{count} note', 'x.other': '{count} notes' }]);
    expect([0, 1, 2].map((count) => read('x', { count }))).toEqual(['0 note', '1 note', '2 notes']);
  });

  it('let the notice about notes left out of a file count them in a sentence (consultant mode\u2019s words)', () => {
    const en = wordsTranslator('en', [consultantEn], '');
    const fr = wordsTranslator('fr', [consultantFr], '');
    expect(en('consultant.notes-ignored', { count: 1, max: 2000 })).toContain('but 1 note in the file was left out');
    expect(en('consultant.notes-ignored', { count: 5, max: 2000 })).toContain('but 5 notes in the file were left out');
    expect(fr('consultant.notes-ignored', { count: 5, max: 2000 })).toContain(
      'mais 5 notes du fichier ont été laissées de côté',
    );
  });
});

describe('a missing message', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('throws in tests, naming the key and the language', () => {
    expect(() => t.en('q.status.option.tourist')).toThrow('no en message "q.status.option.tourist"');
    // A plural group needs its count to pick a form.
    expect(() => t.fr('wizard.dropped-notice')).toThrow('no fr message "wizard.dropped-notice"');
  });

  it('shows its key in production, as before', async () => {
    vi.stubEnv('DEV', false);
    vi.stubEnv('MODE', 'production');
    vi.resetModules();
    const fresh = await import('./i18n');
    expect(fresh.translator('en', loadedCatalogue('en'))('q.status.option.tourist')).toBe('q.status.option.tourist');
  });
});
