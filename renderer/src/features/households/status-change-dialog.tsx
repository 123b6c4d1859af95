import { HOUSEHOLD_STATUS_LABELS, HouseholdStatus, type Household } from '../../../../shared/schemas/household';
import { useToday } from '../../api/hooks';
import { DateField } from '../../components/date-field';
import { partsFromIso, partsToIso } from '../../components/date-parts';
import { Dialog } from '../../components/dialog';
import { SelectField, TextArea } from '../../components/fields';
import { FormFrame } from '../../forms/form-frame';
import { useChannelForm } from '../../forms/use-channel-form';
import { TermsFields, termsToValues, valuesToTerms } from './terms-fields';

const statusOptions = HouseholdStatus.options.map((value) => ({ value, label: HOUSEHOLD_STATUS_LABELS[value] }));

/** A change of status outside panel business: bringing in an approved carer, on hold, withdrawn… */
export function StatusChangeDialog(props: {
  household: Household;
  open: boolean;
  onClose: () => void;
  onSaved: (notice: string) => void;
}) {
  return (
    <Dialog
      open={props.open}
      title={`Record a change of status for ${props.household.displayName}`}
      onClose={props.onClose}
    >
      <StatusChangeForm {...props} />
    </Dialog>
  );
}

function StatusChangeForm({
  household,
  onClose,
  onSaved,
}: {
  household: Household;
  onClose: () => void;
  onSaved: (notice: string) => void;
}) {
  const today = useToday();
  const form = useChannelForm({
    channel: 'households:changeStatus',
    initial: () => ({
      status: '',
      date: partsFromIso(today),
      reason: '',
      terms: termsToValues(household.terms, household.householdType),
    }),
    toInput: (values) => ({
      id: household.id,
      version: household.version,
      status: values.status as HouseholdStatus,
      effectiveDate: partsToIso(values.date),
      reason: values.reason,
      ...(values.status === 'approved' ? { terms: valuesToTerms(values.terms) } : {}),
    }),
    fieldTargets: { effectiveDate: 'effectiveDate-day', reason: 'statusReason' },
    onSaved: (saved) =>
      onSaved(`${saved.displayName} is now recorded as ${HOUSEHOLD_STATUS_LABELS[saved.status].toLowerCase()}.`),
  });
  const { values, errors, bind } = form;
  return (
    <FormFrame form={form} submitLabel="Record change" onCancel={onClose}>
      <SelectField
        id="status"
        label="New status"
        placeholder="Choose a status"
        options={statusOptions}
        {...bind('status')}
      />
      <DateField id="effectiveDate" legend="Date it took effect" {...bind('date', 'effectiveDate')} />
      <TextArea id="statusReason" label="Reason (optional)" {...bind('reason')} />
      {values.status === 'approved' ? (
        <TermsFields
          idPrefix="status-terms"
          householdType={household.householdType}
          values={values.terms}
          onChange={form.set('terms')}
          errors={errors}
        />
      ) : null}
    </FormFrame>
  );
}
