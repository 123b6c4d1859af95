/**
 * Several choices under one question (GOV.UK checkboxes): the legend asks it,
 * and one error for the whole group sits under the legend.
 */
export function CheckboxGroup<T extends string>(props: {
  id: string;
  legend: string;
  hint?: string;
  error?: string | undefined;
  options: readonly { value: T; label: string }[];
  value: readonly T[];
  onChange: (value: T[]) => void;
}) {
  const { id, legend, hint, error, options, value } = props;
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const toggle = (option: T, checked: boolean) =>
    // Kept in the options' order, so the saved list does not depend on the order of clicks.
    props.onChange(options.map((o) => o.value).filter((v) => (v === option ? checked : value.includes(v))));
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <fieldset className="checkbox-group" aria-describedby={described} id={id}>
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
        {options.map((option) => (
          <div key={option.value} className="field--checkbox checkbox-item">
            <input
              id={`${id}-${option.value}`}
              name={id}
              type="checkbox"
              value={option.value}
              checked={value.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
          </div>
        ))}
      </fieldset>
    </div>
  );
}
