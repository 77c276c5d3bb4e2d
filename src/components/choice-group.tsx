/**
 * A question answered by choosing: radio buttons (one answer) or checkboxes (several), in a
 * fieldset whose legend is the question. Options may carry a hint; exclusive checkboxes ("none of
 * these", "not sure") are set apart from the others by a divider, after them or before them.
 */
import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { FieldError, describedBy } from './field-parts';

export interface ChoiceOption {
  value: string;
  label: string;
  hint?: string | undefined;
  exclusive?: boolean;
}

interface Props {
  id: string;
  type: 'radio' | 'checkbox';
  legend: ReactNode;
  legendIsHeading?: boolean;
  hint?: ReactNode;
  error?: string | undefined;
  errorPrefix: string;
  orLabel?: string;
  options: ChoiceOption[];
  register: UseFormRegisterReturn;
  onExclusive?: (value: string, checked: boolean) => void;
}

export function ChoiceGroup({
  id,
  type,
  legend,
  legendIsHeading,
  hint,
  error,
  errorPrefix,
  orLabel,
  options,
  register,
  onExclusive,
}: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  // The divider stands where the exclusive options meet the others.
  const divider = options.findIndex((o, i) => i > 0 && Boolean(o.exclusive) !== Boolean(options[i - 1]?.exclusive));
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <fieldset className="fieldset" aria-describedby={describedBy(hintId, errorId)}>
        <legend className={legendIsHeading ? 'fieldset__legend fieldset__legend--heading' : 'fieldset__legend'}>
          {legend}
        </legend>
        {hint ? (
          <div id={hintId} className="hint">
            {hint}
          </div>
        ) : null}
        <FieldError id={`${id}-error`} message={error} label={errorPrefix} />
        <div className={type === 'radio' ? 'radios' : 'checkboxes'}>
          {options.map((option, index) => {
            const inputId = index === 0 ? id : `${id}-${option.value}`;
            const optionHintId = option.hint ? `${inputId}-hint` : undefined;
            return (
              <div key={option.value}>
                {index === divider && orLabel ? <p className="choice-divider">{orLabel}</p> : null}
                <div className="choice">
                  <input
                    className="choice__input"
                    id={inputId}
                    type={type}
                    value={option.value}
                    aria-describedby={optionHintId}
                    {...register}
                    onChange={(event) => {
                      void register.onChange(event);
                      if (type === 'checkbox') onExclusive?.(option.value, event.target.checked);
                    }}
                  />
                  <label className="choice__label" htmlFor={inputId}>
                    {option.label}
                  </label>
                  {option.hint ? (
                    <div id={optionHintId} className="hint choice__hint">
                      {option.hint}
                    </div>
                  ) : null}
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
