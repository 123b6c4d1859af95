import { RECORD_TYPES, type RecordType } from '../../../../shared/domain/audit/record-types';
import { formatDate } from '../../../../shared/domain/dates';
import type { AuditFilter } from '../../../../shared/schemas/audit';
import { useRead } from '../../api/hooks';
import { DateField } from '../../components/date-field';
import { partsFromIso, partsToIso, type DateParts } from '../../components/date-parts';
import { SelectField } from '../../components/fields';
import { FormFrame } from '../../forms/form-frame';
import { useFilterForm } from '../../forms/use-filter-form';
import { HouseholdPicker } from '../households/household-picker';

interface FilterValues {
  from: DateParts;
  to: DateParts;
  userId: string;
  entityType: RecordType | '';
  householdId: string;
  sittingId: string;
}

/**
 * The filters, on the forms scaffold: the contract's own schema judges them
 * (a date that does not exist, "to" before "from") before the address, and
 * so the back button, takes the filter that produced the table.
 */
export function AuditFilters({ filter, onApply }: { filter: AuditFilter; onApply: (filter: AuditFilter) => void }) {
  const users = useRead('users:list', {});
  const sittings = useRead('sittings:choices', {});
  const form = useFilterForm({
    channel: 'audit:list',
    onApply,
    initial: (): FilterValues => ({
      from: partsFromIso(filter.from ?? null),
      to: partsFromIso(filter.to ?? null),
      userId: filter.userId ?? '',
      entityType: (filter.entityType ?? '') as RecordType | '',
      householdId: filter.householdId ?? '',
      sittingId: filter.sittingId ?? '',
    }),
    toInput: (values): AuditFilter => ({
      from: partsToIso(values.from) || undefined,
      to: partsToIso(values.to) || undefined,
      userId: values.userId || undefined,
      entityType: values.entityType || undefined,
      householdId: values.householdId || undefined,
      sittingId: values.sittingId || undefined,
      // A record's own history stays chosen only while its record type does.
      entityId: values.entityType === (filter.entityType ?? '') ? filter.entityId : undefined,
    }),
    fieldTargets: { from: 'from-day', to: 'to-day' },
  });
  const userOptions = (users.data ?? []).map((user) => ({
    value: user.id,
    label: `${user.displayName} (${user.username})`,
  }));
  const sittingOptions = (sittings.data ?? []).map((sitting) => ({
    value: sitting.id,
    label: `${formatDate(sitting.date)}${sitting.kind === 'extra' ? ' (extra)' : ''}`,
  }));

  return (
    <FormFrame
      form={form}
      className="filters"
      label="Filter the audit trail"
      submitLabel="Apply filters"
      submitClassName="button button--secondary"
    >
      <DateField id="from" legend="From (optional)" {...form.bind('from')} />
      <DateField id="to" legend="To (optional)" {...form.bind('to')} />
      <SelectField id="userId" label="Who" placeholder="Anyone" options={userOptions} {...form.bind('userId')} />
      <SelectField<RecordType>
        id="entityType"
        label="Record type"
        placeholder="Any record"
        options={RECORD_TYPES}
        {...form.bind('entityType')}
      />
      <HouseholdPicker id="householdId" label="Household" placeholder="Any household" {...form.bind('householdId')} />
      <SelectField
        id="sittingId"
        label="Sitting"
        placeholder="Any sitting"
        options={sittingOptions}
        {...form.bind('sittingId')}
      />
    </FormFrame>
  );
}
