import { describe, expect, it } from 'vitest';
import { renderIn } from '../testing/render';
import { loadConsultantWords, useCt, type ConsultantKey, type ConsultantTranslate } from './consultant-i18n';

/** The consultant's translator in `lang`, taken from a component that reads it. */
async function ctIn(lang: 'en' | 'fr'): Promise<ConsultantTranslate> {
  let ct: ConsultantTranslate | undefined;
  function Reader() {
    ct = useCt();
    return null;
  }
  await renderIn(lang, <Reader />, { load: loadConsultantWords });
  if (!ct) throw new Error('the consultant words did not load');
  return ct;
}

describe('consultant mode’s words', () => {
  it('are read as `t` reads its own, placeholders filled', async () => {
    const ct = await ctIn('en');
    expect(ct('consultant.whatif.status-changed', { count: 2, total: 3 })).toContain(
      'differs from the original answers in 2 of 3',
    );
  });

  it('throw on a missing message in tests, naming the key, the language and the words searched', async () => {
    const ct = await ctIn('fr');
    expect(() => ct('consultant.no-such-message' as ConsultantKey)).toThrow(
      'no fr message "consultant.no-such-message" in consultant mode\'s words',
    );
  });
});
