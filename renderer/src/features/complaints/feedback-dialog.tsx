import { ChoiceGroup } from '../../components/choice-group';
import type { FeedbackFrom } from '../../../../shared/schemas/complaints';
import { useRead, useToday } from '../../api/hooks';
import { partsFromIso, partsToIso, type DateParts } from '../../components/date-parts';
import { Dialog } from '../../components/dialog';
import { SelectField, TextArea } from '../../components/fields';
import { FormFrame } from '../../forms/form-frame';
import { useChannelForm } from '../../forms/use-channel-form';
import { formatDate } from '../../format';
import { SittingPicker } from '../sittings/sitting-picker';
import { FROM_OPTIONS, RATING_OPTIONS } from './choices';
import { ReceivedOnField } from './form-parts';

interface Values {
  receivedOn: DateParts;
  fromKind: FeedbackFrom | '';
  sittingId: string;
  itemId: string;
  rating: string;
  comment: string;
}

export function FeedbackDialog(props: { open: boolean; onClose: () => void; onSaved: (notice: string) => void }) {
  return (
    <Dialog open={props.open} title="Add a feedback form" onClose={props.onClose}>
      <FeedbackFormFields {...props} />
    </Dialog>
  );
}

/** The items on one sitting's agenda, once a sitting is chosen. */
function ItemSelect({
  sittingId,
  value,
  onChange,
  error,
}: {
  sittingId: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}) {
  const sitting = useRead('sittings:get', { id: sittingId });
  const options = (sitting.data?.items ?? []).map((item) => ({
    value: item.id,
    label: `Item ${item.number}: ${item.typeLabel}${item.household ? `, ${item.household.reference}` : ''}`,
  }));
  return (
    <SelectField
      id="itemId"
      label="Item it is about (optional)"
      placeholder="The sitting as a whole"
      options={options}
      value={value}
      onChange={onChange}
      error={error}
    />
  );
}

function FeedbackFormFields({ onClose, onSaved }: { onClose: () => void; onSaved: (notice: string) => void }) {
  const today = useToday();
  const form = useChannelForm({
    channel: 'feedback:create',
    draftKey: 'feedback:new',
    initial: (): Values => ({
      receivedOn: partsFromIso(today),
      fromKind: '',
      sittingId: '',
      itemId: '',
      rating: '',
      comment: '',
    }),
    toInput: (values) => ({
      receivedOn: partsToIso(values.receivedOn),
      fromKind: values.fromKind as FeedbackFrom,
      sittingId: values.sittingId,
      itemId: values.itemId,
      // Blank is sent as 0, which the schema refuses with "Choose a rating from 1 to 5".
      rating: Number(values.rating || 0),
      comment: values.comment,
    }),
    fieldTargets: { receivedOn: 'receivedOn-day' },
    onSaved: (saved) =>
      onSaved(`The feedback form on the sitting of ${formatDate(saved.sitting.date)} has been added.`),
  });
  const { values, bind } = form;
  return (
    <FormFrame
      form={form}
      submitLabel="Add feedback form"
      cancelLabel="Cancel and discard"
      onCancel={() => {
        form.discard();
        onClose();
      }}
    >
      <SittingPicker
        id="sittingId"
        label="Sitting"
        placeholder="Choose a sitting"
        {...bind('sittingId')}
        // Another sitting has other items: the item chosen goes.
        onChange={(sittingId) => form.setValues({ ...values, sittingId, itemId: '' })}
      />
      {values.sittingId ? <ItemSelect sittingId={values.sittingId} {...bind('itemId')} /> : null}
      <SelectField id="fromKind" label="From" placeholder="Choose who" options={FROM_OPTIONS} {...bind('fromKind')} />
      <ReceivedOnField {...bind('receivedOn')} />
      <ChoiceGroup
        type="radio"
        id="rating"
        legend="Rating"
        hint="How the person rated their experience of panel, from 1 (poor) to 5 (excellent)."
        options={RATING_OPTIONS}
        {...bind('rating')}
        inline
      />
      <TextArea id="comment" label="Comments (optional)" {...bind('comment')} />
    </FormFrame>
  );
}
