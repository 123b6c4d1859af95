import { useState, type SubmitEvent } from 'react';
import type { SittingDetail } from '../../../../shared/schemas/sitting-views';
import { errorState } from '../../api/error-state';
import { useWrite } from '../../api/hooks';
import { ErrorSummary } from '../../components/error-summary';
import { SelectField, TextField } from '../../components/fields';
import { isOnAgenda, itemName, PERSON_KIND_LABELS, type PersonKind } from './sitting-words';

const KIND_OPTIONS = (Object.keys(PERSON_KIND_LABELS) as PersonKind[]).map((value) => ({
  value,
  label: PERSON_KIND_LABELS[value],
}));

export function AddPersonForm({ sitting, onSaved }: { sitting: SittingDetail; onSaved: (notice: string) => void }) {
  const [kind, setKind] = useState<PersonKind | ''>('');
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [itemId, setItemId] = useState('');
  const add = useWrite('sittings:addPerson');
  const { message, fieldErrors } = errorState(add.error);
  const items = sitting.items
    .map((item, index) => ({ item, label: itemName(item, index) }))
    .filter(({ item }) => isOnAgenda(item))
    .map(({ item, label }) => ({ value: item.id, label }));
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    add.mutate(
      { sittingId: sitting.id, kind: kind as PersonKind, name, description, itemId },
      {
        onSuccess: () => {
          onSaved(`${name.trim()} has been added to the sitting.`);
          setKind('');
          setName('');
          setDescription('');
          setItemId('');
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate className="inline-form" aria-labelledby="add-person-heading">
      <h3 id="add-person-heading">Add someone who is not a member</h3>
      <ErrorSummary
        message={message}
        fieldErrors={fieldErrors}
        fieldTargets={{
          kind: 'personKind',
          name: 'personName',
          description: 'personDescription',
          itemId: 'personItem',
        }}
      />
      <SelectField
        id="personKind"
        label="Who they are"
        placeholder="Choose one"
        options={KIND_OPTIONS}
        value={kind}
        onChange={setKind}
        error={fieldErrors.kind}
      />
      <TextField id="personName" label="Name" value={name} onChange={setName} error={fieldErrors.name} />
      <TextField
        id="personDescription"
        label="Description (optional)"
        hint="For example supervising social worker, or student social worker"
        value={description}
        onChange={setDescription}
        error={fieldErrors.description}
      />
      <SelectField
        id="personItem"
        label="For which item (optional)"
        placeholder="The whole sitting"
        options={items}
        value={itemId}
        onChange={setItemId}
        error={fieldErrors.itemId}
      />
      <button type="submit" className="button button--secondary" disabled={add.isPending}>
        Add person
      </button>
    </form>
  );
}
