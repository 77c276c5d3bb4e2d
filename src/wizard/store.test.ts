import { describe, expect, it } from 'vitest';
import { CASE_FILE_FORMAT, CASE_FILE_VERSION, type Answers } from '../rules';
import { STORAGE_VERSION } from './storage-keys';
import { readStored, storedEntry } from './store';

const asOf = '2026-06-01';
const entry = (answers: unknown, seen: unknown[] = []) =>
  JSON.stringify({
    version: STORAGE_VERSION,
    caseFile: { format: CASE_FILE_FORMAT, version: CASE_FILE_VERSION, answers },
    seen,
  });
/** An entry as the tab kept it before the case-file contract's version 2 (format 1: bare answers of version 1). */
const formatOne = (answers: unknown, seen: unknown[] = []) => JSON.stringify({ version: 1, answers, seen });

describe('reading the answers kept in the tab', () => {
  it('takes a valid entry', () => {
    const text = entry({ status: 'foreign-national', location: 'in-canada' }, ['status']);
    expect(readStored(text, asOf)).toEqual({
      progress: { answers: { status: 'foreign-national', location: 'in-canada' }, seen: ['status'] },
      opened: null,
      damaged: false,
    });
  });

  it('writes the answers as a case file of the version the engine writes, and reads them back', () => {
    const answers: Answers = {
      status: 'foreign-national',
      location: 'in-canada',
      inadmissibility: ['security'],
      inadmissibilityFound: false,
    };
    const text = storedEntry({ answers, seen: ['status', 'location'], opened: null });
    expect(JSON.parse(text)).toMatchObject({
      version: STORAGE_VERSION,
      caseFile: { format: CASE_FILE_FORMAT, version: CASE_FILE_VERSION, answers },
    });
    expect(readStored(text, asOf).progress).toEqual({ answers, seen: ['status', 'location'] });
  });

  it('reads an entry kept before version 2 and keeps its answers and its place, asking what is new', () => {
    const answers: Answers = {
      status: 'foreign-national',
      location: 'outside-canada',
      inadmissibility: [],
      destination: 'ON',
      removal: 'none',
      refugeeClaim: 'none',
      designatedForeignNational: false,
      pendingHc: false,
      familySponsor: 'no',
      fearOfReturn: 'no',
      economicProfile: 'no',
      caregiverExperience: 'no',
      spouseIncluded: true,
      dependentChildren: 0,
    };
    const seen = [
      'status',
      'location',
      'inadmissibility',
      'destination',
      'removal',
      'refugee-claim',
      'designated-foreign-national',
      'pending-hc',
      'family-sponsor',
      'fear-of-return',
      'economic-profile',
      'caregiver-experience',
      'family',
    ];
    const read = readStored(formatOne(answers, seen), asOf);
    expect(read).toEqual({ progress: { answers, seen }, opened: null, damaged: false });
  });

  it('still checks an entry kept before version 2 as version 1', () => {
    expect(readStored(formatOne({ status: 'foreign-national', inadmissibility: ['cessation'] }), asOf).damaged).toBe(
      true,
    );
    expect(readStored(formatOne({ status: 'foreign-national', inadmissibilityFound: true }), asOf).damaged).toBe(true);
  });

  it.each([
    ['not JSON', '{oops'],
    ['another version', JSON.stringify({ version: 99, answers: {} })],
    ['a foreign shape', JSON.stringify(['a'])],
    [
      'an entry of the current format without its case file',
      JSON.stringify({ version: STORAGE_VERSION, answers: { status: 'citizen' } }),
    ],
    [
      'a case file of an unknown version',
      JSON.stringify({ version: STORAGE_VERSION, caseFile: { format: CASE_FILE_FORMAT, version: 9, answers: {} } }),
    ],
    ['an unknown answer', entry({ status: 'citizen', evil: '<script>' })],
    ['an unknown answer in the earlier format', formatOne({ status: 'citizen', evil: '<script>' })],
    [
      'a polluting key',
      `{"version":${STORAGE_VERSION},"caseFile":{"format":"hc-case","version":${CASE_FILE_VERSION},"answers":{"__proto__":{"status":"citizen"}}}}`,
    ],
    ['a polluting key in the earlier format', '{"version":1,"answers":{"__proto__":{"status":"citizen"}}}'],
    ['a wrong value', entry({ status: 'king' })],
    [
      'answers that contradict each other',
      entry({ status: 'foreign-national', spouseIncluded: false, dependentChildren: 1, biometricsExempt: 3 }),
    ],
  ])('discards %s, with a notice, and never throws', (_name, text) => {
    expect(readStored(text, asOf)).toEqual({ progress: { answers: {}, seen: [] }, opened: null, damaged: true });
  });

  it('drops answers that do not apply and seen marks that are not text', () => {
    expect(readStored(entry({ status: 'citizen', location: 'in-canada' }, ['status', 7]), asOf).progress).toEqual({
      answers: { status: 'citizen' },
      seen: ['status'],
    });
    expect(readStored(formatOne({ status: 'citizen', location: 'in-canada' }, ['status', 7]), asOf).progress).toEqual({
      answers: { status: 'citizen' },
      seen: ['status'],
    });
  });
});
