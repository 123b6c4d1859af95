import { ChoiceGroup } from '../../components/choice-group';
import type { SubmitEvent } from 'react';
import type { FeedbackFrom } from '../../../../shared/schemas/complaints';
import { errorState } from '../../api/error-state';
import { useRead, useToday, useWrite } from '../../api/hooks';
import { partsFromIso, partsToIso, type DateParts } from '../../components/date-parts';
import { Dialog } from '../../components/dialog';
import { useDraft } from '../../components/drafts';
import { ErrorSummary } from '../../components/error-summary';
import { SelectField, TextArea } from '../../components/fields';
import { formatDate } from '../../format';
import { SittingPicker } from '../sittings/sitting-picker';
import { FROM_OPTIONS, RATING_OPTIONS } from './choices';
import { DraftDialogButtons, ReceivedOnField } from './form-parts';

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
    label: `Item ${item.position}: ${item.typeLabel}${item.household ? `, ${item.household.reference}` : ''}`,
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
  const [values, setValues, discard] = useDraft<Values>('feedback:new', () => ({
    receivedOn: partsFromIso(today),
    fromKind: '',
    sittingId: '',
    itemId: '',
    rating: '',
    comment: '',
  }));
  const create = useWrite('feedback:create');
  const { message, fieldErrors } = errorState(create.error);
  const set =
    <K extends keyof Values>(key: K) =>
    (value: Values[K]) =>
      setValues({ ...values, [key]: value });

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    create.mutate(
      {
        receivedOn: partsToIso(values.receivedOn),
        fromKind: values.fromKind as FeedbackFrom,
        sittingId: values.sittingId,
        itemId: values.itemId,
        // Blank is sent as 0, which the backend refuses with "Choose a rating from 1 to 5".
        rating: Number(values.rating || 0),
        comment: values.comment,
      },
      {
        onSuccess: (saved) => {
          discard();
          onSaved(`The feedback form on the sitting of ${formatDate(saved.sitting.date)} has been added.`);
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary message={message} fieldErrors={fieldErrors} fieldTargets={{ receivedOn: 'receivedOn-day' }} />
      <SittingPicker
        id="sittingId"
        label="Sitting"
        placeholder="Choose a sitting"
        value={values.sittingId}
        onChange={(sittingId) => setValues({ ...values, sittingId, itemId: '' })}
        error={fieldErrors.sittingId}
      />
      {values.sittingId ? (
        <ItemSelect
          sittingId={values.sittingId}
          value={values.itemId}
          onChange={set('itemId')}
          error={fieldErrors.itemId}
        />
      ) : null}
      <SelectField
        id="fromKind"
        label="From"
        placeholder="Choose who"
        options={FROM_OPTIONS}
        value={values.fromKind}
        onChange={set('fromKind')}
        error={fieldErrors.fromKind}
      />
      <ReceivedOnField value={values.receivedOn} onChange={set('receivedOn')} error={fieldErrors.receivedOn} />
      <ChoiceGroup
        type="radio"
        id="rating"
        legend="Rating"
        hint="How the person rated their experience of panel, from 1 (poor) to 5 (excellent)."
        options={RATING_OPTIONS}
        value={values.rating}
        onChange={set('rating')}
        error={fieldErrors.rating}
        inline
      />
      <TextArea
        id="comment"
        label="Comments (optional)"
        value={values.comment}
        onChange={set('comment')}
        error={fieldErrors.comment}
      />
      <DraftDialogButtons
        submitLabel="Add feedback form"
        pending={create.isPending}
        discard={discard}
        onClose={onClose}
      />
    </form>
  );
}
