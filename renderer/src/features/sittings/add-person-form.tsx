import type { SittingDetail } from '../../../../shared/schemas/sitting-views';
import { SelectField, TextField } from '../../components/fields';
import { FormFrame, SubmitButton } from '../../forms/form-frame';
import { useChannelForm } from '../../forms/use-channel-form';
import { isOnAgenda, itemName, PERSON_KIND_LABELS, type PersonKind } from './sitting-words';

const KIND_OPTIONS = (Object.keys(PERSON_KIND_LABELS) as PersonKind[]).map((value) => ({
  value,
  label: PERSON_KIND_LABELS[value],
}));

export function AddPersonForm({ sitting, onSaved }: { sitting: SittingDetail; onSaved: (notice: string) => void }) {
  const form = useChannelForm({
    channel: 'sittings:addPerson',
    initial: () => ({ kind: '', name: '', description: '', itemId: '' }),
    toInput: (values) => ({ sittingId: sitting.id, ...values, kind: values.kind as PersonKind }),
    fieldTargets: { kind: 'personKind', name: 'personName', description: 'personDescription', itemId: 'personItem' },
    onSaved: (_, values) => {
      onSaved(`${values.name.trim()} has been added to the sitting.`);
      form.discard();
    },
  });
  const { bind } = form;
  const items = sitting.items
    .map((item) => ({ item, label: itemName(item) }))
    .filter(({ item }) => isOnAgenda(item))
    .map(({ item, label }) => ({ value: item.id, label }));
  return (
    <FormFrame
      form={form}
      className="inline-form"
      labelledBy="add-person-heading"
      header={<h3 id="add-person-heading">Add someone who is not a member</h3>}
      footer={<SubmitButton form={form} label="Add person" savingLabel={null} className="button button--secondary" />}
    >
      <SelectField
        id="personKind"
        label="Who they are"
        placeholder="Choose one"
        options={KIND_OPTIONS}
        {...bind('kind')}
      />
      <TextField id="personName" label="Name" {...bind('name')} />
      <TextField
        id="personDescription"
        label="Description (optional)"
        hint="For example supervising social worker, or student social worker"
        {...bind('description')}
      />
      <SelectField
        id="personItem"
        label="For which item (optional)"
        placeholder="The whole sitting"
        options={items}
        {...bind('itemId')}
      />
    </FormFrame>
  );
}
