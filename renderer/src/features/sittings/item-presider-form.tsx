import { LIST_ROLE_LABELS } from '../../../../shared/schemas/member';
import type { ItemView, SittingDetail } from '../../../../shared/schemas/sitting-views';
import { SelectField } from '../../components/fields';
import { FormFrame, SubmitButton } from '../../forms/form-frame';
import { useChannelForm } from '../../forms/use-channel-form';

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
  const form = useChannelForm({
    channel: 'items:setPresider',
    initial: () => ({ presiderId: item.presiding.itemPresiderId ?? '' }),
    toInput: (values) => ({ id: item.id, version: item.version, presiderId: values.presiderId }),
    fieldTargets: { presiderId: 'itemPresiderId' },
    onSaved: (_, values) =>
      onSaved(
        values.presiderId ? 'Who presides this item has been saved.' : 'The sitting’s presider presides this item.',
      ),
  });
  const presiderId = form.values.presiderId;
  const withdrawn = new Set(item.declarations.map((d) => d.memberId));
  // The chair and vice chairs at the sitting with no interest declared in this item; the backend checks the rest.
  const options = sitting.attendance
    .filter((a) => a.listRole !== 'member' && (a.status === 'present' || a.status === 'invited'))
    .filter((a) => !withdrawn.has(a.memberId) || a.memberId === presiderId)
    .map((a) => ({ value: a.memberId, label: `${a.name} (${LIST_ROLE_LABELS[a.listRole]})` }));
  return (
    <FormFrame
      form={form}
      className="inline-form"
      labelledBy="item-presider-form-heading"
      header={<h3 id="item-presider-form-heading">Record who presides this item</h3>}
      footer={
        <SubmitButton form={form} label="Save who presides" savingLabel={null} className="button button--secondary" />
      }
    >
      <SelectField
        id="itemPresiderId"
        label="Presiding this item"
        hint="The chair or a vice chair who is present for this item and has declared no interest in it"
        placeholder="The sitting’s presider"
        options={options}
        {...form.bind('presiderId')}
      />
    </FormFrame>
  );
}
