/**
 * The list of problems at the top of a form (GOV.UK pattern): takes focus when shown, and links
 * each problem to its field.
 */
import { useEffect, useRef } from 'react';

export interface SummaryError {
  fieldId: string;
  message: string;
}

export function ErrorSummary({ title, errors, focusKey }: { title: string; errors: SummaryError[]; focusKey: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
    // focusKey changes on every failed submit, so a second failed attempt moves focus again
  }, [focusKey, errors.length]);
  if (errors.length === 0) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={ref}>
      <h2 id="error-summary-title" className="error-summary__title">
        {title}
      </h2>
      <ul className="error-summary__list">
        {errors.map((e) => (
          <li key={e.fieldId}>
            <a
              href={`#${e.fieldId}`}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(e.fieldId)?.focus();
              }}
            >
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
