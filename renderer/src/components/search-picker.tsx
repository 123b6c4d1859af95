import type { KeyboardEvent } from 'react';
import { SelectField, TextField } from './fields';

/**
 * A search box above a list of choices it narrows: for choosing one record
 * among thousands (a household, a sitting), where the list offers only the
 * first few matches the backend read. Enter in the search box goes to the
 * list, rather than submitting the form around it.
 */
export function SearchPicker(props: {
  id: string;
  label: string;
  hint?: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  search: { label: string; hint?: string; value: string; onChange: (value: string) => void; status: string };
  options: readonly { value: string; label: string }[];
}) {
  const { id, search } = props;
  const toList = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    document.getElementById(id)?.focus();
  };
  return (
    <div className="search-picker">
      <TextField
        id={`${id}-search`}
        label={search.label}
        {...(search.hint ? { hint: search.hint } : {})}
        type="search"
        width="medium"
        value={search.value}
        onChange={search.onChange}
        onKeyDown={toList}
        status={search.status}
      />
      <SelectField
        id={id}
        label={props.label}
        {...(props.hint ? { hint: props.hint } : {})}
        placeholder={props.placeholder}
        options={props.options}
        value={props.value}
        onChange={props.onChange}
        error={props.error}
      />
    </div>
  );
}
