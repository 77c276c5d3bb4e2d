import { describe, expect, it } from 'vitest';
import { CASE_FILE_VERSION, type Answers } from '../rules';
import { caseFileOf, readCaseFile } from './case-file-io';
import { readStored } from './store';
import { MAX_NOTE_LENGTH, MAX_REFERENCE_LENGTH, readNotes, tidyNotes } from './notes';

const answers: Answers = { status: 'foreign-national', location: 'outside-canada' };
const today = '2026-06-01';
const open = (file: unknown) => {
  const text = JSON.stringify(file);
  return readCaseFile(text, text.length, today);
};

describe('reading notes', () => {
  it('keeps text notes about known steps, a client reference and a note on the result', () => {
    const notes = {
      clientReference: 'A-17',
      steps: { 'refugee-claim': 'Claim rejected by the RAD.' },
      results: 'Wait.',
    };
    expect(readNotes(notes)).toEqual({ notes, ignored: 0 });
  });

  it('is empty, with nothing left out, when the file has no notes', () => {
    expect(readNotes(undefined)).toEqual({ notes: undefined, ignored: 0 });
  });

  it.each([
    ['a string instead of an object', 'notes', 1],
    ['an array', ['a'], 1],
    ['null', null, 1],
    ['a number as the reference', { clientReference: 7 }, 1],
    ['a reference too long', { clientReference: 'x'.repeat(MAX_REFERENCE_LENGTH + 1) }, 1],
    ['a note too long', { results: 'x'.repeat(MAX_NOTE_LENGTH + 1) }, 1],
    ['an unknown key', { comments: 'x' }, 1],
    ['steps that are a list', { steps: ['x'] }, 1],
  ])('leaves out %s and counts it', (_name, value, ignored) => {
    expect(readNotes(value)).toEqual({ notes: undefined, ignored });
  });

  it('leaves out unknown steps, prototype keys and notes that are not text, one by one', () => {
    const value = JSON.parse(
      '{"steps":{"status":"ok","no-such-step":"x","__proto__":"y","constructor":"z","location":{"a":1},"removal":["b"]}}',
    );
    const read = readNotes(value);
    expect(read).toEqual({ notes: { steps: { status: 'ok' } }, ignored: 5 });
    expect(({} as Record<string, unknown>).y).toBeUndefined();
  });

  it('keeps markup as plain text: it is never read as markup', () => {
    expect(readNotes({ results: '<img src=x onerror=alert(1)>' }).notes?.results).toBe('<img src=x onerror=alert(1)>');
  });

  it('drops empty notes, and is undefined when none is left', () => {
    expect(tidyNotes({ clientReference: '', steps: { status: '', location: 'here' }, results: '' })).toEqual({
      steps: { location: 'here' },
    });
    expect(tidyNotes({ steps: { status: '' } })).toBeUndefined();
  });
});

describe('notes in the case file', () => {
  const notes = {
    clientReference: 'Dossier 12',
    steps: { location: 'Lives in Gatineau.' },
    results: 'Call back in March.',
  };

  it('are saved as the top-level notes, never inside the answers', () => {
    const file = caseFileOf(answers, today, notes);
    expect(file).toMatchObject({ format: 'hc-case', version: CASE_FILE_VERSION, answers, notes });
    expect(Object.keys(file.answers)).toEqual(['status', 'location']);
    expect(caseFileOf(answers, today)).not.toHaveProperty('notes');
  });

  it('come back exactly when the saved file is opened', () => {
    const result = open(caseFileOf(answers, today, notes));
    expect(
      result.ok && { answers: result.progress.answers, notes: result.notes, ignored: result.notesIgnored },
    ).toEqual({ answers, notes, ignored: 0 });
  });

  it('may be missing: the file opens without them', () => {
    const result = open({ format: 'hc-case', version: 1, answers });
    expect(result.ok && [result.notes, result.notesIgnored]).toEqual([undefined, 0]);
  });

  it('never stop valid answers from opening: bad notes are left out and counted', () => {
    const result = open({
      format: 'hc-case',
      version: 1,
      answers,
      notes: { steps: { status: 5, location: 'ok' }, results: 'x'.repeat(MAX_NOTE_LENGTH + 1), extra: true },
    });
    expect(result.ok && [result.progress.answers, result.notes, result.notesIgnored]).toEqual([
      answers,
      { steps: { location: 'ok' } },
      3,
    ]);
  });
});

describe('notes kept in the tab', () => {
  it('are read back with the answers, checked like a file', () => {
    const text = JSON.stringify({
      version: 1,
      answers,
      seen: ['status'],
      notes: { results: 'ok', steps: { nope: 'x' } },
    });
    expect(readStored(text).notes).toEqual({ results: 'ok' });
  });

  it('are absent when the entry has none', () => {
    expect(readStored(JSON.stringify({ version: 1, answers, seen: [] })).notes).toBeUndefined();
  });
});
