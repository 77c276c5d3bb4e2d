/** A number typed in a text box (inputmode numeric: no spinner, no scroll-wheel changes). */
import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { FieldError, describedBy } from './field-parts';

interface Props {
  id: string;
  label: ReactNode;
  labelIsHeading?: boolean;
  hint?: ReactNode;
  error?: string | undefined;
  errorPrefix: string;
  decimals?: boolean;
  register: UseFormRegisterReturn;
}

export function NumberField({ id, label, labelIsHeading, hint, error, errorPrefix, decimals, register }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const labelElement = (
    <label className="field-label" htmlFor={id}>
      {label}
    </label>
  );
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      {labelIsHeading ? <h1 className="heading-l field-heading">{labelElement}</h1> : labelElement}
      {hint ? (
        <div id={hintId} className="hint">
          {hint}
        </div>
      ) : null}
      <FieldError id={`${id}-error`} message={error} label={errorPrefix} />
      <input
        className={`input input--4${error ? ' input--error' : ''}`}
        id={id}
        type="text"
        inputMode={decimals ? 'decimal' : 'numeric'}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={describedBy(hintId, errorId)}
        aria-invalid={error ? true : undefined}
        {...register}
      />
    </div>
  );
}
