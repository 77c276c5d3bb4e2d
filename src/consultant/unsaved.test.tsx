import { beforeEach, describe, expect, it } from 'vitest';
import { WIPE_EVENT } from '../wizard/storage-keys';
import { fingerprint, hasUnsavedChanges, markFiled } from './unsaved';

const answers = { status: 'foreign-national', location: 'in-canada' } as const;

describe('unsaved changes', () => {
  beforeEach(() => window.dispatchEvent(new Event(WIPE_EVENT)));

  it('has none with nothing held, and counts anything held before a save as unsaved', () => {
    expect(hasUnsavedChanges({}, undefined)).toBe(false);
    expect(hasUnsavedChanges({}, { results: '' })).toBe(false);
    expect(hasUnsavedChanges(answers, undefined)).toBe(true);
    expect(hasUnsavedChanges({}, { clientReference: 'A-17' })).toBe(true);
  });

  it('has none right after saving or opening, and some once an answer or a note changes', () => {
    markFiled(answers, { steps: { status: 'Works in Toronto.' } });
    expect(
      hasUnsavedChanges(
        { location: 'in-canada', status: 'foreign-national' },
        { steps: { status: 'Works in Toronto.' } },
      ),
    ).toBe(false);
    expect(
      hasUnsavedChanges({ ...answers, location: 'outside-canada' }, { steps: { status: 'Works in Toronto.' } }),
    ).toBe(true);
    expect(hasUnsavedChanges(answers, { steps: { status: 'Works in Montreal.' } })).toBe(true);
    expect(hasUnsavedChanges(answers, undefined)).toBe(true);
  });

  it('forgets what was on file when everything is wiped', () => {
    markFiled(answers, undefined);
    window.dispatchEvent(new Event(WIPE_EVENT));
    expect(hasUnsavedChanges(answers, undefined)).toBe(true);
    expect(hasUnsavedChanges({}, undefined)).toBe(false);
  });

  it('writes the same fingerprint whatever the order of keys', () => {
    expect(fingerprint({ hardships: ['a', 'b'] as never, status: 'citizen' as never }, undefined)).toBe(
      fingerprint({ status: 'citizen' as never, hardships: ['a', 'b'] as never }, undefined),
    );
  });
});
