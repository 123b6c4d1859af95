import { useState, type ChangeEvent } from 'react';

/** A chosen file, read in the window only to be sent: the backend reads and judges it. */
export interface ChosenFile {
  name: string;
  size: number;
  base64: string;
}

/** A CSV or .xlsx file, read as base64 when chosen. */
export function ImportFileField({
  id,
  value,
  error,
  onChange,
}: {
  id: string;
  value: ChosenFile | null;
  error?: string | undefined;
  onChange: (file: ChosenFile | null) => void;
}) {
  const [readError, setReadError] = useState<string | null>(null);
  const shown = readError ?? error;
  const described = [`${id}-hint`, shown ? `${id}-error` : null].filter(Boolean).join(' ');
  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setReadError(null);
    if (!file) {
      onChange(null);
      return;
    }
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      onChange({ name: file.name, size: file.size, base64: url.slice(url.indexOf(',') + 1) });
    };
    reader.onerror = () => setReadError('The file could not be read. Try again.');
    reader.readAsDataURL(file);
  };
  return (
    <div className={`field${shown ? ' field--error' : ''}`}>
      <label htmlFor={id}>Spreadsheet</label>
      <p id={`${id}-hint`} className="hint">
        A CSV file or an Excel workbook (.xlsx) laid out as the template, at most 2 MB. Only its first sheet is read.
        {value ? ` Chosen: ${value.name}.` : ''}
      </p>
      {shown ? (
        <p id={`${id}-error`} className="field-error">
          <span className="visually-hidden">Error: </span>
          {shown}
        </p>
      ) : null}
      <input
        id={id}
        name={id}
        type="file"
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-invalid={shown ? true : undefined}
        aria-describedby={described}
        onChange={choose}
      />
    </div>
  );
}
