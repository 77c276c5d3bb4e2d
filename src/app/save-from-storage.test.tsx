import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CASE_FILE_FORMAT, CASE_FILE_VERSION, type Answers } from '../rules';
import { storedEntry } from '../wizard/store';
import { ErrorBoundary } from './error-boundary';
import { SaveFromStorageButton } from './save-from-storage';

function Broken(): never {
  throw new Error('boom');
}

afterEach(() => vi.restoreAllMocks());

/** Clicks the button and gives back the file it downloaded. */
async function saved(label: string): Promise<Record<string, unknown>> {
  const blobs: Blob[] = [];
  Object.assign(URL, {
    createObjectURL: (b: Blob) => {
      blobs.push(b);
      return 'blob:saved';
    },
    revokeObjectURL: () => {},
  });
  const clicks = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  fireEvent.click(screen.getByRole('button', { name: label }));
  expect(clicks).toHaveBeenCalledTimes(1);
  return JSON.parse(await (blobs[0] as Blob).text()) as Record<string, unknown>;
}

describe('the error page offers to save the case file', () => {
  it('downloads what the tab kept, as a case file of the version the engine writes, so nothing typed is lost', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const answers: Answers = {
      status: 'foreign-national',
      location: 'in-canada',
      inadmissibility: ['security'],
      inadmissibilityFound: false,
    };
    sessionStorage.setItem(
      'hc-navigator',
      storedEntry({ answers, seen: [], opened: null, notes: { results: 'call back Monday' } }),
    );
    render(
      <ErrorBoundary extra={<SaveFromStorageButton label="Save your answers as a case file" />}>
        <Broken />
      </ErrorBoundary>,
    );
    const file = await saved('Save your answers as a case file');
    expect(file).toMatchObject({
      format: CASE_FILE_FORMAT,
      version: CASE_FILE_VERSION,
      answers,
      notes: { results: 'call back Monday' },
    });
    expect(file.savedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('saves an entry kept before version 2 as the version-1 case file it holds', async () => {
    sessionStorage.setItem(
      'hc-navigator',
      JSON.stringify({ version: 1, answers: { status: 'foreign-national', location: 'in-canada' }, seen: [] }),
    );
    render(<SaveFromStorageButton label="Save" />);
    expect(await saved('Save')).toMatchObject({
      format: CASE_FILE_FORMAT,
      version: 1,
      answers: { status: 'foreign-national', location: 'in-canada' },
    });
  });

  it('still offers a file when what was kept is unreadable', async () => {
    sessionStorage.setItem('hc-navigator', '{broken');
    render(<SaveFromStorageButton label="Save" />);
    expect((await saved('Save')).answers).toEqual({});
  });
});
