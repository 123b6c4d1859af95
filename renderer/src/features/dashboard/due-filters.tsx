import {
  DEFAULT_WITHIN_DAYS,
  DUE_KIND_LABELS,
  DUE_KINDS,
  WHO_ACTS_LABELS,
  WhoActs,
  type DueKind,
} from '../../../../shared/schemas/dashboard';
import { SelectField, TextField } from '../../components/fields';
import { FormFrame } from '../../forms/form-frame';
import { useFilterForm } from '../../forms/use-filter-form';
import { toDueFilter, type TypedValues } from './due-filter-input';

export interface DueFilterValues {
  kind: DueKind | '';
  whoActs: WhoActs | '';
  withinDays: number;
}

const KIND_OPTIONS = DUE_KINDS.map((kind) => ({ value: kind, label: DUE_KIND_LABELS[kind] }));
const WHO_OPTIONS = WhoActs.options.map((who) => ({ value: who, label: WHO_ACTS_LABELS[who] }));

/**
 * Typed here and applied together, so the address holds the filter that made
 * the list; `dashboard:due`'s own schema judges it first (forms/use-filter-form.ts).
 */
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
  const form = useFilterForm({
    channel: 'dashboard:due',
    initial: (): TypedValues => ({ ...filter, withinDays: String(filter.withinDays) }),
    toInput: toDueFilter,
    onApply: (input) =>
      onApply({
        kind: input.kinds?.[0] ?? '',
        whoActs: input.whoActs ?? '',
        withinDays: input.withinDays ?? DEFAULT_WITHIN_DAYS,
      }),
  });

  return (
    <FormFrame
      form={form}
      className="filters"
      label="Filter what is due"
      submitLabel="Apply filters"
      submitClassName="button button--secondary"
    >
      <SelectField<DueKind>
        id="kind"
        label="Kind"
        placeholder="Every kind"
        options={KIND_OPTIONS}
        {...form.bind('kind')}
      />
      {showWhoActs ? (
        <SelectField<WhoActs>
          id="whoActs"
          label="Who must act"
          placeholder="Anyone"
          options={WHO_OPTIONS}
          {...form.bind('whoActs')}
        />
      ) : null}
      <TextField
        id="withinDays"
        label="Due within (days)"
        hint="Overdue items always show."
        inputMode="numeric"
        width="short"
        {...form.bind('withinDays')}
      />
    </FormFrame>
  );
}
