import { describe, expect, it } from 'vitest';
import { catalogue as en } from './catalogue-en';
import { catalogue as fr } from './catalogue-fr';
import { PLURAL_FORMS, placeholders } from './format';
import { shell } from './shell';
import { problems as enProblems } from './en/problems';
import { problems as frProblems } from './fr/problems';
import { cliProblems as enCli } from './en/cli';
import { cliProblems as frCli } from './fr/cli';
import { consultant as enConsultant } from './consultant-en';
import { consultant as frConsultant } from './consultant-fr';

/** Plural groups (`x.one` beside `x.other`) that lack one of the forms the formatter picks from. */
function incompletePlurals(words: Record<string, string>): string[] {
  const bases = Object.keys(words)
    .filter((k) => k.endsWith('.one'))
    .map((k) => k.slice(0, -'.one'.length));
  return bases.filter((base) => PLURAL_FORMS.some((form) => !Object.hasOwn(words, `${base}.${form}`)));
}

function compare(name: string, a: Record<string, string>, b: Record<string, string>) {
  describe(name, () => {
    it('has the same keys in English and French', () => {
      expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    });
    it('uses the same placeholders in both languages, key by key', () => {
      const differ = Object.keys(a).filter(
        (k) => b[k] !== undefined && placeholders(a[k] as string).join() !== placeholders(b[k] as string).join(),
      );
      expect(differ).toEqual([]);
    });
    it('has no empty message', () => {
      expect(
        Object.entries({ ...a, ...b })
          .filter(([, v]) => v.trim() === '')
          .map(([k]) => k),
      ).toEqual([]);
    });
    it('has a `.one` and an `.other` form for every plural group, in both languages', () => {
      expect([...incompletePlurals(a), ...incompletePlurals(b)]).toEqual([]);
    });
  });
}

compare('the full catalogues', en, fr);
compare('the shell strings', shell.en, shell.fr);
compare('the problem messages', enProblems, frProblems);
compare('the consultant tools (loaded on their own)', enConsultant, frConsultant);
compare('the command-line assessor\u2019s own messages', enCli, frCli);

describe('the parity check itself', () => {
  it('notices a missing key and a changed placeholder', () => {
    expect(placeholders('from {min} to {max}')).toEqual(['max', 'min']);
    expect(placeholders('de {min} à {maximum}')).not.toEqual(placeholders('from {min} to {max}'));
  });

  it('notices a plural group without its `.other` form, and takes a lone `.other` for an ordinary key', () => {
    expect(incompletePlurals({ 'x.one': '{count} answer', 'q.hardships.option.other': 'Something else' })).toEqual([
      'x',
    ]);
    expect(incompletePlurals({ 'x.one': '{count} answer', 'x.other': '{count} answers' })).toEqual([]);
  });
});
