/** Small pieces every question shares: its inline error, and "Why we ask this". */
import type { ReactNode } from 'react';

export function FieldError({ id, message, label }: { id: string; message: string | undefined; label: string }) {
  if (!message) return null;
  return (
    <p id={id} className="field-error">
      <span className="visually-hidden">{label} </span>
      {message}
    </p>
  );
}

export function WhyWeAsk({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="why">
      <summary>{summary}</summary>
      <div className="why__body">{children}</div>
    </details>
  );
}

/** ids of the hint and error that describe a field, for aria-describedby */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}
