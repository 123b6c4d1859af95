import { ITEM_TYPE_INFO, ITEM_TYPES, type ItemType } from '../../../../shared/domain/sittings/item-types';
import type { SittingDetail } from '../../../../shared/schemas/sitting-views';
import { DateField } from '../../components/date-field';
import { emptyDate, partsToIso, type DateParts } from '../../components/date-parts';
import { SelectField, TextField } from '../../components/fields';
import { FormFrame, SubmitButton } from '../../forms/form-frame';
import { useChannelForm } from '../../forms/use-channel-form';
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
  const isBusiness = (itemType: ItemType | '') => itemType !== '' && !ITEM_TYPE_INFO[itemType].needsHousehold;
  const form = useChannelForm({
    channel: 'items:add',
    draftKey: `item:new:${sitting.id}`,
    initial: blank,
    toInput: (values) => ({
      sittingId: sitting.id,
      itemType: values.itemType as ItemType,
      // A business item is about no household, even if one was chosen before the type changed.
      householdId: isBusiness(values.itemType) ? null : values.householdId,
      title: values.title,
      durationMinutes: minutesInput(values.minutes),
      papersReceivedDate: partsToIso(values.papersReceived),
      ...(values.itemType === 'other_review' && values.reviewKind ? { reviewKind: values.reviewKind } : {}),
    }),
    fieldTargets: {
      itemType: 'newItemType',
      householdId: 'newItemHousehold',
      title: 'newItemTitle',
      durationMinutes: 'newItemMinutes',
      papersReceivedDate: 'newItemPapers-day',
      reviewKind: 'newItemReviewKind',
    },
    onSaved: (_, values) => {
      onSaved(`${ITEM_TYPE_INFO[values.itemType as ItemType].label} has been added to the agenda.`);
      form.discard();
    },
  });
  const { values, bind } = form;
  const business = isBusiness(values.itemType);
  return (
    <FormFrame
      form={form}
      className="inline-form"
      labelledBy="add-item-heading"
      header={<h3 id="add-item-heading">Add an item</h3>}
      footer={<SubmitButton form={form} label="Add item" savingLabel={null} className="button button--secondary" />}
    >
      <SelectField
        id="newItemType"
        label="Type of item"
        placeholder="Choose a type"
        options={TYPE_OPTIONS}
        {...bind('itemType')}
      />
      {values.itemType === 'other_review' ? <ReviewKindField id="newItemReviewKind" {...bind('reviewKind')} /> : null}
      {business ? null : (
        // Panel business is about households the service still works with, not those whose approval or application ended.
        <HouseholdPicker
          id="newItemHousehold"
          label="Household"
          hint="Not needed for a quality assurance or business item"
          placeholder="Choose a household"
          current
          {...bind('householdId')}
        />
      )}
      <TextField
        id="newItemTitle"
        label={business ? 'Title' : 'Title (optional)'}
        hint="Needed for a business item, for example Annual report"
        {...bind('title')}
      />
      <TextField
        id="newItemMinutes"
        label="Time needed, in minutes"
        inputMode="numeric"
        width="short"
        {...bind('minutes', 'durationMinutes')}
      />
      <DateField
        id="newItemPapers"
        legend="Papers received (optional)"
        hint="When the report reached the panel administrator"
        {...bind('papersReceived', 'papersReceivedDate')}
      />
    </FormFrame>
  );
}
