/**
 * Choices under one question (GOV.UK radios and checkboxes): the legend asks
 * it and one error for the whole group sits under the legend. Radios take one
 * choice; checkboxes several, kept in the options' order.
 */
export function ChoiceGroup<T extends string>(
  props: {
    id: string;
    legend: string;
    hint?: string;
    error?: string | undefined;
    options: readonly { value: T; label: string }[];
  } & (
    | { type: 'radio'; value: T | ''; onChange: (value: T) => void; inline?: boolean }
    | { type: 'checkbox'; value: readonly T[]; onChange: (value: T[]) => void }
  ),
) {
  const { id, legend, hint, error, options } = props;
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const radio = props.type === 'radio';
  const checked = (option: T) => (props.type === 'radio' ? props.value === option : props.value.includes(option));
  const change = (option: T, on: boolean) => {
    if (props.type === 'radio') props.onChange(option);
    // Kept in the options' order, so the saved list does not depend on the order of clicks.
    else props.onChange(options.map((o) => o.value).filter((v) => (v === option ? on : props.value.includes(v))));
  };
  // A radio group's first radio carries the group's id, so an error summary link lands on a control;
  // a checkbox group's fieldset carries it.
  const inputId = (index: number, value: T) => (radio && index === 0 ? id : `${id}-${value}`);
  const groupClass = radio
    ? `radio-group${props.type === 'radio' && props.inline ? ' radio-group--inline' : ''}`
    : 'checkbox-group';
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <fieldset className={groupClass} aria-describedby={described} id={radio ? undefined : id}>
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
              id={inputId(index, option.value)}
              name={id}
              type={props.type}
              value={option.value}
              checked={checked(option.value)}
              onChange={(event) => change(option.value, event.target.checked)}
            />
            <label htmlFor={inputId(index, option.value)}>{option.label}</label>
          </div>
        ))}
      </fieldset>
    </div>
  );
}
