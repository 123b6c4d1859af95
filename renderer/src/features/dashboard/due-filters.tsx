import { useState, type SubmitEvent } from 'react';
import {
  DUE_KIND_LABELS,
  DUE_KINDS,
  MAX_WITHIN_DAYS,
  WHO_ACTS_LABELS,
  WhoActs,
  type DueKind,
} from '../../../../shared/schemas/dashboard';
import { ErrorSummary } from '../../components/error-summary';
import { SelectField, TextField } from '../../components/fields';

export interface DueFilterValues {
  kind: DueKind | '';
  whoActs: WhoActs | '';
  withinDays: number;
}

const KIND_OPTIONS = DUE_KINDS.map((kind) => ({ value: kind, label: DUE_KIND_LABELS[kind] }));
const WHO_OPTIONS = WhoActs.options.map((who) => ({ value: who, label: WHO_ACTS_LABELS[who] }));

function daysError(text: string): string | null {
  if (!/^\d+$/.test(text.trim())) return 'Enter the number of days as a whole number, like 28';
  if (Number(text) > MAX_WITHIN_DAYS) return `Enter ${MAX_WITHIN_DAYS} days or fewer`;
  return null;
}

/** Typed here and applied together, so the address holds the filter that made the list. */
export function DueFilters({
  filter,
  showWhoActs,
  onApply,
}: {
  filter: DueFilterValues;
  /** Only the administrator sees other people's work, so only they choose whose. */
  showWhoActs: boolean;
  onApply: (filter: DueFilterValues) => void;
}) {
  const [kind, setKind] = useState<DueKind | ''>(filter.kind);
  const [whoActs, setWhoActs] = useState<WhoActs | ''>(filter.whoActs);
  const [days, setDays] = useState(String(filter.withinDays));
  const [error, setError] = useState<string | null>(null);

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const problem = daysError(days);
    setError(problem);
    if (!problem) onApply({ kind, whoActs, withinDays: Number(days) });
  };

  return (
    <>
      <ErrorSummary message={error} fieldErrors={error ? { withinDays: error } : {}} />
      <form className="filters" onSubmit={submit} noValidate aria-label="Filter what is due">
        <SelectField<DueKind>
          id="kind"
          label="Kind"
          placeholder="Every kind"
          options={KIND_OPTIONS}
          value={kind}
          onChange={setKind}
        />
        {showWhoActs ? (
          <SelectField<WhoActs>
            id="whoActs"
            label="Who must act"
            placeholder="Anyone"
            options={WHO_OPTIONS}
            value={whoActs}
            onChange={setWhoActs}
          />
        ) : null}
        <TextField
          id="withinDays"
          label="Due within (days)"
          hint="Overdue items always show."
          inputMode="numeric"
          width="short"
          value={days}
          error={error ?? undefined}
          onChange={setDays}
        />
        <div className="field">
          <button type="submit" className="button button--secondary">
            Apply filters
          </button>
        </div>
      </form>
    </>
  );
}
