import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './error-boundary';

function Broken(): never {
  throw new Error('boom');
}

describe('the error boundary', () => {
  it('shows a message in both languages and a way back to the answers, never a blank page', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Something went wrong' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Un problème est survenu' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go back to your answers' })).toHaveAttribute(
      'href',
      '/en/check-your-answers',
    );
    expect(screen.queryByText('boom')).not.toBeInTheDocument();
    quiet.mockRestore();
  });

  it('clears the error when the person moves to another page', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { rerender } = render(
      <ErrorBoundary resetKey="/en/results">
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('heading', { name: 'Something went wrong' })).toBeInTheDocument();
    rerender(
      <ErrorBoundary resetKey="/en/results">
        <p>fine</p>
      </ErrorBoundary>,
    );
    expect(screen.queryByText('fine')).not.toBeInTheDocument();
    rerender(
      <ErrorBoundary resetKey="/en/check-your-answers">
        <p>fine</p>
      </ErrorBoundary>,
    );
    expect(screen.getByText('fine')).toBeInTheDocument();
    quiet.mockRestore();
  });
});
