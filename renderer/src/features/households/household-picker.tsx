import { useState } from 'react';
import { useRead } from '../../api/hooks';
import { SearchPicker } from '../../components/search-picker';

/** How many households the list offers at once; a large service has thousands. */
export const PICKER_LIMIT = 50;

/** How a household reads in a list of choices: "FC-2026-031 – Mr and Mrs Rowe". */
export function householdChoiceLabel(household: { reference: string; displayName: string }): string {
  return `${household.reference} – ${household.displayName}`;
}

/**
 * What the list offers, said once the search has an answer. `matching` is
 * what the read returned: it asks for one more than the list shows, so more
 * than PICKER_LIMIT means "and others", without reading them all to count.
 */
export function pickerStatus(term: string, matching: number): string {
  const count = matching.toLocaleString('en-GB');
  if (matching === 0) return term ? `No household matches “${term}”.` : 'There are no households to choose from.';
  if (matching > PICKER_LIMIT) {
    return `Showing the first ${PICKER_LIMIT} households. Type part of a reference or name to find others.`;
  }
  if (!term) return '';
  return matching === 1 ? `1 household matches “${term}”.` : `${count} households match “${term}”.`;
}

/**
 * Choose a household from a service's whole list: a search box narrows the
 * choices by reference or name, and the list offers at most PICKER_LIMIT of
 * them. The household already chosen stays offered whatever the search.
 */
export function HouseholdPicker(props: {
  id: string;
  label: string;
  hint?: string;
  placeholder: string;
  value: string;
  onChange: (householdId: string) => void;
  error?: string | undefined;
  /** Offer only households the service still works with. */
  current?: boolean;
}) {
  const { current, ...field } = props;
  const { value } = field;
  const [search, setSearch] = useState('');
  const term = search.trim();
  // One more than it shows, to know whether there are others.
  const matches = useRead('households:list', {
    search: term || undefined,
    current,
    limit: PICKER_LIMIT + 1,
  });
  const shown = (matches.data ?? []).slice(0, PICKER_LIMIT);
  const chosenIsShown = value === '' || shown.some((h) => h.id === value);
  const chosen = useRead('households:get', { id: value }, { enabled: !chosenIsShown });
  const options = shown.map((h) => ({ value: h.id, label: householdChoiceLabel(h) }));
  if (!chosenIsShown && chosen.data?.id === value) {
    options.unshift({ value, label: householdChoiceLabel(chosen.data) });
  }
  return (
    <SearchPicker
      {...field}
      search={{
        label: 'Find a household by reference or name',
        value: search,
        onChange: setSearch,
        status: matches.data ? pickerStatus(term, matches.data.length) : '',
      }}
      options={options}
    />
  );
}
