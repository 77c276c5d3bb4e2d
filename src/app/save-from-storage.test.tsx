import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './error-boundary';
import { SaveFromStorageButton } from './save-from-storage';

function Broken(): never {
  throw new Error('boom');
}

afterEach(() => vi.restoreAllMocks());

describe('the error page offers to save the case file', () => {
  it('downloads what the tab kept, so nothing typed is lost', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    sessionStorage.setItem('hc-navigator', JSON.stringify({ version: 1, answers: { status: 'foreign-national', location: 'in-canada' }, seen: [], notes: { results: 'call back Monday' } }));
    const blobs: Blob[] = [];
    Object.assign(URL, { createObjectURL: (b: Blob) => { blobs.push(b); return 'blob:saved'; }, revokeObjectURL: () => {} });
    const clicks = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    render(<ErrorBoundary extra={<SaveFromStorageButton label="Save your answers as a case file" />}><Broken /></ErrorBoundary>);
    fireEvent.click(screen.getByRole('button', { name: 'Save your answers as a case file' }));
    expect(clicks).toHaveBeenCalledTimes(1);
    const saved = JSON.parse(await (blobs[0] as Blob).text());
    expect(saved).toMatchObject({ format: 'hc-case', version: 1, answers: { status: 'foreign-national', location: 'in-canada' }, notes: { results: 'call back Monday' } });
  });

  it('still offers a file when what was kept is unreadable', async () => {
    sessionStorage.setItem('hc-navigator', '{broken');
    const blobs: Blob[] = [];
    Object.assign(URL, { createObjectURL: (b: Blob) => { blobs.push(b); return 'blob:saved'; }, revokeObjectURL: () => {} });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    render(<SaveFromStorageButton label="Save" />);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(JSON.parse(await (blobs[0] as Blob).text()).answers).toEqual({});
  });
});
