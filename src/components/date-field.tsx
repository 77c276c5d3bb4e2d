/** A date as day / month / year boxes in a fieldset (GOV.UK's date input); the month box takes a name too. */
import type { ReactNode } from 'react';
import type { UseFormRegister, FieldValues } from 'react-hook-form';
import { FieldError, describedBy } from './field-parts';

interface Props {
  id: string;
  name: string;
  legend: ReactNode;
  legendIsHeading?: boolean;
  hint?: ReactNode;
  error?: string | undefined;
  errorPrefix: string;
  labels: { day: string; month: string; year: string };
  register: UseFormRegister<FieldValues>;
}

export function DateField({ id, name, legend, legendIsHeading, hint, error, errorPrefix, labels, register }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const part = (key: 'day' | 'month' | 'year', width: string) => (
    <div className="date-input__item">
      <label className="date-input__label" htmlFor={key === 'day' ? id : `${id}-${key}`}>
        {labels[key]}
      </label>
      <input
        className={`input input--${width}${error ? ' input--error' : ''}`}
        id={key === 'day' ? id : `${id}-${key}`}
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        maxLength={{ day: 2, month: 10, year: 4 }[key]}
        aria-invalid={error ? true : undefined}
        {...register(`${name}.${key}`)}
      />
    </div>
  );
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <fieldset className="fieldset" role="group" aria-describedby={describedBy(hintId, errorId)}>
        <legend className={legendIsHeading ? 'fieldset__legend fieldset__legend--heading' : 'fieldset__legend'}>
          {legend}
        </legend>
        {hint ? (
          <div id={hintId} className="hint">
            {hint}
          </div>
        ) : null}
        <FieldError id={`${id}-error`} message={error} label={errorPrefix} />
        <div className="date-input">
          {part('day', '2')}
          {part('month', '2')}
          {part('year', '4')}
        </div>
      </fieldset>
    </div>
  );
}
