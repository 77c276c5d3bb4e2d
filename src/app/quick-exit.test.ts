import { describe, expect, it } from 'vitest';
import { shiftCounter } from './quick-exit';

/** Plays keys as a person types them: each entry is a key pressed and released at a time in ms. */
function play(keys: readonly [string, number][]): number {
  let exits = 0;
  const counter = shiftCounter(() => (exits += 1));
  for (const [key, at] of keys) {
    counter.keydown({ key, repeat: false });
    counter.keyup({ key, timeStamp: at });
  }
  return exits;
}

/** Types capitals: Shift held while the letter is pressed, as a keyboard sends it. */
function typeCapitals(word: string, start = 0): number {
  let exits = 0;
  const counter = shiftCounter(() => (exits += 1));
  [...word].forEach((letter, i) => {
    counter.keydown({ key: 'Shift', repeat: false });
    counter.keydown({ key: letter, repeat: false });
    counter.keyup({ key: letter, timeStamp: start + i * 100 });
    counter.keyup({ key: 'Shift', timeStamp: start + i * 100 + 10 });
  });
  return exits;
}

describe('quick exit counts Shift pressed on its own', () => {
  it('exits on the third press in a row', () => {
    expect(
      play([
        ['Shift', 0],
        ['Shift', 300],
        ['Shift', 600],
      ]),
    ).toBe(1);
  });

  it('does not exit when typing capitals such as "RAD" or "IRCC"', () => {
    expect(typeCapitals('RAD')).toBe(0);
    expect(typeCapitals('IRCC')).toBe(0);
  });

  it('starts counting again after any other key', () => {
    expect(
      play([
        ['Shift', 0],
        ['Shift', 200],
        ['a', 300],
        ['Shift', 400],
      ]),
    ).toBe(0);
  });

  it('starts counting again after a pause longer than a second and a half', () => {
    expect(
      play([
        ['Shift', 0],
        ['Shift', 200],
        ['Shift', 2000],
      ]),
    ).toBe(0);
    expect(
      play([
        ['Shift', 0],
        ['Shift', 200],
        ['Shift', 2000],
        ['Shift', 2300],
        ['Shift', 2600],
      ]),
    ).toBe(1);
  });

  it('ignores a held Shift that repeats', () => {
    let exits = 0;
    const counter = shiftCounter(() => (exits += 1));
    counter.keydown({ key: 'Shift', repeat: false });
    for (let i = 0; i < 5; i++) counter.keydown({ key: 'Shift', repeat: true });
    counter.keyup({ key: 'Shift', timeStamp: 0 });
    expect(exits).toBe(0);
  });
});
