import { useState, type SubmitEvent } from 'react';
import { LIST_ROLE_LABELS } from '../../../../shared/schemas/member';
import type { ItemView, SittingDetail } from '../../../../shared/schemas/sitting-views';
import { errorState } from '../../api/error-state';
import { useWrite } from '../../api/hooks';
import { ErrorSummary } from '../../components/error-summary';
import { SelectField } from '../../components/fields';

/**
 * Who presides this item (domain.md, Quorum rule 2). The sitting's presider
 * unless they withdrew from it, had not arrived or had left: then the
 * administrator records the chair or a vice chair who took the chair for it.
 */
export function ItemPresiderSection({
  sitting,
  item,
  canEdit,
  onSaved,
}: {
  sitting: SittingDetail;
  item: ItemView;
  canEdit: boolean;
  onSaved: (notice: string) => void;
}) {
  const { presiding } = item;
  const words =
    presiding.note ?? (presiding.presiderName ? `${presiding.presiderName}, presiding at this sitting.` : null);
  // The form is offered when the sitting's presider cannot preside this item, or a stand-in is already recorded.
  const needed = presiding.problem !== null || presiding.itemPresiderId !== null;
  return (
    <section className="section" aria-labelledby="item-presider-heading">
      <h2 id="item-presider-heading">Presiding this item</h2>
      <p>{presiding.problem ?? words ?? 'No one is recorded as presiding yet.'}</p>
      {canEdit && needed ? <ItemPresiderForm sitting={sitting} item={item} onSaved={onSaved} /> : null}
    </section>
  );
}

function ItemPresiderForm({
  sitting,
  item,
  onSaved,
}: {
  sitting: SittingDetail;
  item: ItemView;
  onSaved: (notice: string) => void;
}) {
  const [presiderId, setPresiderId] = useState(item.presiding.itemPresiderId ?? '');
  const save = useWrite('items:setPresider');
  const { message, fieldErrors } = errorState(save.error);
  const withdrawn = new Set(item.declarations.map((d) => d.memberId));
  // The chair and vice chairs at the sitting with no interest declared in this item; the backend checks the rest.
  const options = sitting.attendance
    .filter((a) => a.listRole !== 'member' && (a.status === 'present' || a.status === 'invited'))
    .filter((a) => !withdrawn.has(a.memberId) || a.memberId === presiderId)
    .map((a) => ({ value: a.memberId, label: `${a.name} (${LIST_ROLE_LABELS[a.listRole]})` }));
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    save.mutate(
      { id: item.id, version: item.version, presiderId },
      {
        onSuccess: () =>
          onSaved(presiderId ? 'Who presides this item has been saved.' : 'The sitting’s presider presides this item.'),
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate className="inline-form" aria-labelledby="item-presider-form-heading">
      <h3 id="item-presider-form-heading">Record who presides this item</h3>
      <ErrorSummary message={message} fieldErrors={fieldErrors} fieldTargets={{ presiderId: 'itemPresiderId' }} />
      <SelectField
        id="itemPresiderId"
        label="Presiding this item"
        hint="The chair or a vice chair who is present for this item and has declared no interest in it"
        placeholder="The sitting’s presider"
        options={options}
        value={presiderId}
        onChange={setPresiderId}
        error={fieldErrors.presiderId}
      />
      <button type="submit" className="button button--secondary" disabled={save.isPending}>
        Save who presides
      </button>
    </form>
  );
}
