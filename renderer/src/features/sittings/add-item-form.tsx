import type { SubmitEvent } from 'react';
import { ITEM_TYPE_INFO, ITEM_TYPES, type ItemType } from '../../../../shared/domain/sittings/item-types';
import type { SittingDetail } from '../../../../shared/schemas/sitting-views';
import { errorState } from '../../api/error-state';
import { useWrite } from '../../api/hooks';
import { DateField } from '../../components/date-field';
import { emptyDate, partsToIso, type DateParts } from '../../components/date-parts';
import { useDraft } from '../../components/drafts';
import { ErrorSummary } from '../../components/error-summary';
import { SelectField, TextField } from '../../components/fields';
import { HouseholdPicker } from '../households/household-picker';
import { minutesInput } from './item-values';
import { ReviewKindField } from './review-kind-field';
import type { ReviewKind } from '../../../../shared/domain/reviews/review-kinds';

const TYPE_OPTIONS = ITEM_TYPES.map((value) => ({ value, label: ITEM_TYPE_INFO[value].label }));

interface NewItemValues {
  itemType: ItemType | '';
  householdId: string;
  title: string;
  minutes: string;
  papersReceived: DateParts;
  reviewKind: ReviewKind | '';
}

const blank = (): NewItemValues => ({
  itemType: '',
  householdId: '',
  title: '',
  minutes: '30',
  papersReceived: emptyDate,
  reviewKind: '',
});

export function AddItemForm({ sitting, onSaved }: { sitting: SittingDetail; onSaved: (notice: string) => void }) {
  const [values, setValues, discard] = useDraft(`item:new:${sitting.id}`, blank);
  const add = useWrite('items:add');
  const { message, fieldErrors } = errorState(add.error);
  const set =
    <K extends keyof NewItemValues>(key: K) =>
    (value: NewItemValues[K]) =>
      setValues({ ...values, [key]: value });
  const isBusiness = values.itemType !== '' && !ITEM_TYPE_INFO[values.itemType].needsHousehold;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    add.mutate(
      {
        sittingId: sitting.id,
        itemType: values.itemType as ItemType,
        // A business item is about no household, even if one was chosen before the type changed.
        householdId: isBusiness ? null : values.householdId,
        title: values.title,
        durationMinutes: minutesInput(values.minutes),
        papersReceivedDate: partsToIso(values.papersReceived),
        ...(values.itemType === 'other_review' && values.reviewKind ? { reviewKind: values.reviewKind } : {}),
      },
      {
        onSuccess: () => {
          onSaved(`${ITEM_TYPE_INFO[values.itemType as ItemType].label} has been added to the agenda.`);
          setValues(blank());
          discard();
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate className="inline-form" aria-labelledby="add-item-heading">
      <h3 id="add-item-heading">Add an item</h3>
      <ErrorSummary
        message={message}
        fieldErrors={fieldErrors}
        fieldTargets={{
          itemType: 'newItemType',
          householdId: 'newItemHousehold',
          title: 'newItemTitle',
          durationMinutes: 'newItemMinutes',
          papersReceivedDate: 'newItemPapers-day',
          reviewKind: 'newItemReviewKind',
        }}
      />
      <SelectField
        id="newItemType"
        label="Type of item"
        placeholder="Choose a type"
        options={TYPE_OPTIONS}
        value={values.itemType}
        onChange={set('itemType')}
        error={fieldErrors.itemType}
      />
      {values.itemType === 'other_review' ? (
        <ReviewKindField
          id="newItemReviewKind"
          value={values.reviewKind}
          onChange={set('reviewKind')}
          error={fieldErrors.reviewKind}
        />
      ) : null}
      {isBusiness ? null : (
        // Panel business is about households the service still works with, not those whose approval or application ended.
        <HouseholdPicker
          id="newItemHousehold"
          label="Household"
          hint="Not needed for a quality assurance or business item"
          placeholder="Choose a household"
          current
          value={values.householdId}
          onChange={set('householdId')}
          error={fieldErrors.householdId}
        />
      )}
      <TextField
        id="newItemTitle"
        label={isBusiness ? 'Title' : 'Title (optional)'}
        hint="Needed for a business item, for example Annual report"
        value={values.title}
        onChange={set('title')}
        error={fieldErrors.title}
      />
      <TextField
        id="newItemMinutes"
        label="Time needed, in minutes"
        inputMode="numeric"
        width="short"
        value={values.minutes}
        onChange={set('minutes')}
        error={fieldErrors.durationMinutes}
      />
      <DateField
        id="newItemPapers"
        legend="Papers received (optional)"
        hint="When the report reached the panel administrator"
        value={values.papersReceived}
        onChange={set('papersReceived')}
        error={fieldErrors.papersReceivedDate}
      />
      <button type="submit" className="button button--secondary" disabled={add.isPending}>
        Add item
      </button>
    </form>
  );
}
