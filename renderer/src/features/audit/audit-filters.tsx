import { useState, type SubmitEvent } from 'react';
import type { AuditFilter } from '../../../../shared/schemas/audit';
import { useRead } from '../../api/hooks';
import { DateField } from '../../components/date-field';
import { partsFromIso, partsToIso } from '../../components/date-parts';
import { SelectField } from '../../components/fields';
import { ENTITY_TYPES } from './audit-words';

type EntityType = (typeof ENTITY_TYPES)[number]['value'];

/**
 * The filters are typed here and applied together, so the address (and the
 * back button) holds the filter that produced the table.
 */
export function AuditFilters({
  filter,
  fieldErrors,
  onApply,
}: {
  filter: AuditFilter;
  fieldErrors: Record<string, string>;
  onApply: (filter: AuditFilter) => void;
}) {
  const users = useRead('users:list', {});
  const [from, setFrom] = useState(() => partsFromIso(filter.from ?? null));
  const [to, setTo] = useState(() => partsFromIso(filter.to ?? null));
  const [userId, setUserId] = useState(filter.userId ?? '');
  const [entityType, setEntityType] = useState<string>(filter.entityType ?? '');
  const userOptions = (users.data ?? []).map((user) => ({
    value: user.id,
    label: `${user.displayName} (${user.username})`,
  }));

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    onApply({
      from: partsToIso(from) || undefined,
      to: partsToIso(to) || undefined,
      userId: userId || undefined,
      entityType: entityType || undefined,
      // A record's history stays chosen only while its record type does.
      entityId: entityType === filter.entityType ? filter.entityId : undefined,
    });
  };

  return (
    <form className="filters" onSubmit={submit} noValidate aria-label="Filter the audit trail">
      <DateField id="from" legend="From (optional)" value={from} onChange={setFrom} error={fieldErrors.from} />
      <DateField id="to" legend="To (optional)" value={to} onChange={setTo} error={fieldErrors.to} />
      <SelectField
        id="userId"
        label="Who"
        placeholder="Anyone"
        options={userOptions}
        value={userId}
        onChange={setUserId}
      />
      <SelectField<EntityType>
        id="entityType"
        label="Record type"
        placeholder="Any record"
        options={ENTITY_TYPES}
        value={entityType as EntityType | ''}
        onChange={setEntityType}
      />
      <div className="field">
        <button type="submit" className="button button--secondary">
          Apply filters
        </button>
      </div>
    </form>
  );
}
