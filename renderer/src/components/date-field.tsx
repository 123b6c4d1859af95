import type { DateParts } from './date-parts';

/**
 * A date typed as day, month and year (the GOV.UK pattern): any date can be
 * typed, even an impossible one, and the backend says what is wrong with it.
 */
export function DateField(props: {
  id: string;
  legend: string;
  hint?: string;
  error?: string | undefined;
  value: DateParts;
  onChange: (value: DateParts) => void;
}) {
  const { id, legend, hint, error, value } = props;
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const part = (key: keyof DateParts, label: string, width: string) => (
    <div className="date-part">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        name={`${id}-${key}`}
        className={`input ${width}`}
        inputMode="numeric"
        autoComplete="off"
        value={value[key]}
        aria-invalid={error ? true : undefined}
        onChange={(event) => props.onChange({ ...value, [key]: event.target.value })}
      />
    </div>
  );
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <fieldset className="date-field" aria-describedby={described} id={id}>
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
        <div className="date-parts">
          {part('day', 'Day', 'input--2')}
          {part('month', 'Month', 'input--2')}
          {part('year', 'Year', 'input--4')}
        </div>
      </fieldset>
    </div>
  );
}
