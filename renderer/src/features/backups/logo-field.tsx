import { useState, type ChangeEvent } from 'react';
import './logo-field.css';

const ACCEPTED = ['image/png', 'image/jpeg'];

/**
 * The letterhead logo: a PNG or JPEG read here as a data URL (nothing leaves
 * the window until the settings are saved), previewed, and removable.
 */
export function LogoField({
  id,
  value,
  error,
  onChange,
}: {
  id: string;
  value: string;
  error?: string | undefined;
  onChange: (dataUrl: string) => void;
}) {
  const [readError, setReadError] = useState<string | null>(null);
  const shown = readError ?? error;
  const described = [`${id}-hint`, shown ? `${id}-error` : null].filter(Boolean).join(' ');
  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const file = input.files?.[0];
    setReadError(null);
    if (!file) return;
    if (!ACCEPTED.includes(file.type)) {
      setReadError('The logo must be a PNG or JPEG image');
      input.value = '';
      return;
    }
    const reader = new FileReader();
    reader.onload = () => {
      if (typeof reader.result === 'string') onChange(reader.result);
    };
    reader.onerror = () => setReadError('The file could not be read. Try again.');
    reader.readAsDataURL(file);
    // Cleared so choosing the same file again (after removing it) still reads it.
    input.value = '';
  };
  return (
    <div className={`field${shown ? ' field--error' : ''}`}>
      <label htmlFor={id}>Logo (optional)</label>
      <p id={`${id}-hint`} className="hint">
        A PNG or JPEG image smaller than 300 KB, printed at the top of letters.
      </p>
      {shown ? (
        <p id={`${id}-error`} className="field-error">
          <span className="visually-hidden">Error: </span>
          {shown}
        </p>
      ) : null}
      {value ? (
        <div className="logo-preview">
          <img src={value} alt="The logo as letters will show it" />
          <button type="button" className="button button--secondary" onClick={() => onChange('')}>
            Remove the logo
          </button>
        </div>
      ) : null}
      <input
        id={id}
        name={id}
        type="file"
        accept={ACCEPTED.join(',')}
        aria-invalid={shown ? true : undefined}
        aria-describedby={described}
        onChange={choose}
      />
    </div>
  );
}
