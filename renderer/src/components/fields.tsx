import type { KeyboardEvent, ReactNode } from 'react';

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
}

function describedBy(id: string, hint?: string, error?: string, status?: string): string | undefined {
  const ids = [
    hint ? `${id}-hint` : null,
    status !== undefined ? `${id}-status` : null,
    error ? `${id}-error` : null,
  ].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function HintAndError({ id, hint, error }: { id: string; hint?: string | undefined; error?: string | undefined }) {
  return (
    <>
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
    </>
  );
}

export function TextField(
  props: FieldProps & {
    value: string;
    onChange: (value: string) => void;
    type?: 'text' | 'email' | 'tel' | 'search' | 'password';
    autoComplete?: string;
    inputMode?: 'decimal' | 'numeric' | 'text';
    width?: 'short' | 'medium' | 'full';
    /** The most characters the schema takes, so a search typed live is never refused mid-word. */
    maxLength?: number;
    /** Lets a dialog put focus here when it opens (see components/dialog.tsx). */
    initialFocus?: boolean;
    /**
     * What the field's input has just changed, for example how many records a
     * search matches: read out when it changes, so it is always in the page.
     */
    status?: string;
    onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
  },
) {
  const { id, label, hint, error, status } = props;
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <HintAndError id={id} hint={hint} error={error} />
      <input
        id={id}
        data-initial-focus={props.initialFocus ? true : undefined}
        name={id}
        className={`input input--${props.width ?? 'full'}`}
        type={props.type ?? 'text'}
        value={props.value}
        autoComplete={props.autoComplete ?? 'off'}
        inputMode={props.inputMode}
        maxLength={props.maxLength}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error, status)}
        onChange={(event) => props.onChange(event.target.value)}
        onKeyDown={props.onKeyDown}
      />
      {status !== undefined ? (
        <p id={`${id}-status`} className="hint" aria-live="polite">
          {status}
        </p>
      ) : null}
    </div>
  );
}

export function TextArea(props: FieldProps & { value: string; onChange: (value: string) => void; rows?: number }) {
  const { id, label, hint, error } = props;
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <HintAndError id={id} hint={hint} error={error} />
      <textarea
        id={id}
        name={id}
        className="input"
        rows={props.rows ?? 3}
        value={props.value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </div>
  );
}

export function SelectField<T extends string>(
  props: FieldProps & {
    value: T | '';
    options: readonly { value: T; label: string }[];
    onChange: (value: T | '') => void;
    placeholder?: string;
  },
) {
  const { id, label, hint, error } = props;
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <HintAndError id={id} hint={hint} error={error} />
      <select
        id={id}
        name={id}
        className="input input--medium"
        value={props.value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => props.onChange(event.target.value as T | '')}
      >
        {props.placeholder !== undefined ? <option value="">{props.placeholder}</option> : null}
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CheckboxField(props: FieldProps & { checked: boolean; onChange: (checked: boolean) => void }) {
  const { id, label, hint, error } = props;
  return (
    <div className={`field field--checkbox${error ? ' field--error' : ''}`}>
      <HintAndError id={id} hint={hint} error={error} />
      <input
        id={id}
        name={id}
        type="checkbox"
        checked={props.checked}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => props.onChange(event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

export function Fieldset({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="fieldset">
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}
