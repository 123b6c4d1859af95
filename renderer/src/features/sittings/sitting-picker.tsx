import { useState } from 'react';
import type { SittingChoice } from '../../../../shared/schemas/sitting-views';
import { useRead } from '../../api/hooks';
import { SearchPicker } from '../../components/search-picker';
import { formatDate } from '../../format';

/** How many sittings the list offers at once; twenty years of a large service is about 600. */
export const SITTING_PICKER_LIMIT = 50;

/** How a sitting reads in a list of choices: "23 November 2026 (main)". */
export function sittingChoiceLabel(sitting: Pick<SittingChoice, 'date' | 'kind'>): string {
  return `${formatDate(sitting.date)} (${sitting.kind === 'main' ? 'main' : 'extra'})`;
}

/** What the list offers, said once the search has an answer; `matching` is one more than it shows at most. */
export function sittingPickerStatus(term: string, matching: number): string {
  if (matching === 0) {
    return term
      ? `No sitting matches “${term}”. Type a date, a month or a year, such as 23 November 2026, November 2026 or 2026.`
      : 'There are no sittings to choose from.';
  }
  if (matching > SITTING_PICKER_LIMIT) {
    return `Showing the latest ${SITTING_PICKER_LIMIT} sittings. Type a date, a month or a year to find others.`;
  }
  if (!term) return '';
  return matching === 1 ? `1 sitting matches “${term}”.` : `${matching} sittings match “${term}”.`;
}

/**
 * Choose a sitting from the whole history: newest first, at most
 * SITTING_PICKER_LIMIT offered, and a search by date (a day, a month or a
 * year) that the backend answers along its date index. The sitting already
 * chosen stays offered whatever the search.
 */
export function SittingPicker(props: {
  id: string;
  label: string;
  hint?: string;
  placeholder: string;
  value: string;
  onChange: (sittingId: string) => void;
  error?: string | undefined;
}) {
  const { value } = props;
  const [search, setSearch] = useState('');
  const term = search.trim();
  const matches = useRead('sittings:choices', { search: term || undefined, limit: SITTING_PICKER_LIMIT + 1 });
  const shown = (matches.data ?? []).slice(0, SITTING_PICKER_LIMIT);
  const chosenIsShown = value === '' || shown.some((s) => s.id === value);
  const chosen = useRead('sittings:choices', { id: value }, { enabled: !chosenIsShown });
  const options = shown.map((s) => ({ value: s.id, label: sittingChoiceLabel(s) }));
  const chosenSitting = chosen.data?.[0];
  if (!chosenIsShown && chosenSitting?.id === value) {
    options.unshift({ value, label: sittingChoiceLabel(chosenSitting) });
  }
  return (
    <SearchPicker
      {...props}
      search={{
        label: 'Find a sitting by its date',
        hint: 'A date, a month or a year, such as 23/11/2026, November 2026 or 2026.',
        value: search,
        onChange: setSearch,
        status: matches.data ? sittingPickerStatus(term, matches.data.length) : '',
      }}
      options={options}
    />
  );
}
