import { describe, expect, it } from 'vitest';
import { readStored } from './store';

describe('reading the answers kept in the tab', () => {
  it('takes a valid entry', () => {
    const text = JSON.stringify({ version: 1, answers: { status: 'foreign-national', location: 'in-canada' }, seen: ['status'] });
    expect(readStored(text)).toEqual({ progress: { answers: { status: 'foreign-national', location: 'in-canada' }, seen: ['status'] }, opened: null, damaged: false });
  });

  it.each([
    ['not JSON', '{oops'],
    ['another version', JSON.stringify({ version: 99, answers: {} })],
    ['a foreign shape', JSON.stringify(['a'])],
    ['an unknown answer', JSON.stringify({ version: 1, answers: { status: 'citizen', evil: '<script>' } })],
    ['a polluting key', '{"version":1,"answers":{"__proto__":{"status":"citizen"}}}'],
    ['a wrong value', JSON.stringify({ version: 1, answers: { status: 'king' } })],
  ])('discards %s, with a notice, and never throws', (_name, text) => {
    expect(readStored(text)).toEqual({ progress: { answers: {}, seen: [] }, opened: null, damaged: true });
  });

  it('drops answers that do not apply and seen marks that are not text', () => {
    const text = JSON.stringify({ version: 1, answers: { status: 'citizen', location: 'in-canada' }, seen: ['status', 7] });
    expect(readStored(text).progress).toEqual({ answers: { status: 'citizen' }, seen: ['status'] });
  });
});
