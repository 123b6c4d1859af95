/**
 * One choice under one question (GOV.UK radios), matching CheckboxGroup: the
 * legend asks it and one error for the group sits under the legend.
 */
export function RadioGroup<T extends string>(props: {
  id: string;
  legend: string;
  hint?: string;
  error?: string | undefined;
  options: readonly { value: T; label: string }[];
  value: T | '';
  onChange: (value: T) => void;
  inline?: boolean;
}) {
  const { id, legend, hint, error, options, value } = props;
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <fieldset className={`radio-group${props.inline ? ' radio-group--inline' : ''}`} aria-describedby={described}>
        <legend>{legend}</legend>
        {hint ? (
          <p id={`${id}-hint`} className="hint">
            {hint}
          </p>
        ) : null}
        {error ? (
          <p id={`${id}-error`} className="field-error">
            <span className="visually-hidden">Error: </span>
            {error}
          </p>
        ) : null}
        {options.map((option, index) => (
          <div key={option.value} className="field--checkbox checkbox-item">
            <input
              // The first radio carries the group's id, so an error summary link lands on the group.
              id={index === 0 ? id : `${id}-${option.value}`}
              name={id}
              type="radio"
              value={option.value}
              checked={value === option.value}
              onChange={() => props.onChange(option.value)}
            />
            <label htmlFor={index === 0 ? id : `${id}-${option.value}`}>{option.label}</label>
          </div>
        ))}
      </fieldset>
    </div>
  );
}
