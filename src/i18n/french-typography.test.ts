/**
 * One typographic convention in every French string, the Canadian one (Bureau de la traduction,
 * Le guide du rédacteur): a non-breaking space (U+00A0) before « : » and inside « », and no space
 * before ; ? !. A colon or a mark that is not punctuation (https://, ?consultant=1) is left alone:
 * only one followed by a space or the end of the message is checked.
 */
import { describe, expect, it } from 'vitest';
import { catalogue as fr } from './catalogue-fr';
import { consultant } from './consultant-fr';
import { cliProblems } from './fr/cli';
import { shell } from './shell';

const NBSP = '\u00a0';

const french: Record<string, string> = { ...shell.fr, ...fr, ...consultant, ...cliProblems };

/** The places in a message that break the convention, each named with a few characters around it. */
function faults(message: string): string[] {
  const found: string[] = [];
  const around = (i: number) => JSON.stringify(message.slice(Math.max(0, i - 12), i + 12));
  for (const m of message.matchAll(/:(?=\s|$)/g)) {
    if (message[m.index - 1] !== NBSP) found.push(`no NBSP before “:” in ${around(m.index)}`);
  }
  for (const m of message.matchAll(/«/g)) {
    if (message[m.index + 1] !== NBSP) found.push(`no NBSP after “«” in ${around(m.index)}`);
  }
  for (const m of message.matchAll(/»/g)) {
    if (message[m.index - 1] !== NBSP) found.push(`no NBSP before “»” in ${around(m.index)}`);
  }
  for (const m of message.matchAll(/\s[;?!](?=\s|$|»|\))/g)) {
    found.push(`a space before “${message[m.index + 1]}” in ${around(m.index)}`);
  }
  return found;
}

describe('the check itself', () => {
  it('accepts the convention and names each fault', () => {
    expect(faults('Choisissez «\u00a0Oui\u00a0»\u00a0: oui; non? https://x.ca ?consultant=1')).toEqual([]);
    expect(faults('« Oui » : oui ; non ?')).toHaveLength(5);
    expect(faults('Sources:')).toHaveLength(1);
    expect(faults('Sources\u202f:')).toHaveLength(1);
  });
});

describe('every French string of every catalogue', () => {
  it('follows the Canadian convention: NBSP before “:” and inside « », no space before ; ? !', () => {
    const wrong = Object.entries(french).flatMap(([key, message]) => faults(message).map((f) => `${key}: ${f}`));
    expect(wrong).toEqual([]);
  });
});
