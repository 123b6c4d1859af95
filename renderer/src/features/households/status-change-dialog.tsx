import { useState, type SubmitEvent } from 'react';
import { HOUSEHOLD_STATUS_LABELS, HouseholdStatus, type Household } from '../../../../shared/schemas/household';
import { errorState } from '../../api/error-state';
import { useToday, useWrite } from '../../api/hooks';
import { DateField } from '../../components/date-field';
import { partsFromIso, partsToIso, type DateParts } from '../../components/date-parts';
import { Dialog } from '../../components/dialog';
import { DialogButtons } from '../../components/dialog-buttons';
import { ErrorSummary } from '../../components/error-summary';
import { SelectField, TextArea } from '../../components/fields';
import { TermsFields, termsToValues, valuesToTerms, type TermsValues } from './terms-fields';

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
  const [status, setStatus] = useState<HouseholdStatus | ''>('');
  const [date, setDate] = useState<DateParts>(() => partsFromIso(today));
  const [reason, setReason] = useState('');
  const [terms, setTerms] = useState<TermsValues>(() => termsToValues(household.terms, household.householdType));
  const change = useWrite('households:changeStatus');
  const { message, fieldErrors } = errorState(change.error);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    change.mutate(
      {
        id: household.id,
        version: household.version,
        status: status as HouseholdStatus,
        effectiveDate: partsToIso(date),
        reason,
        ...(status === 'approved' ? { terms: valuesToTerms(terms) } : {}),
      },
      {
        onSuccess: (saved) =>
          onSaved(`${saved.displayName} is now recorded as ${HOUSEHOLD_STATUS_LABELS[saved.status].toLowerCase()}.`),
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary
        message={message}
        fieldErrors={fieldErrors}
        fieldTargets={{ effectiveDate: 'effectiveDate-day', reason: 'statusReason' }}
      />
      <SelectField
        id="status"
        label="New status"
        placeholder="Choose a status"
        options={statusOptions}
        value={status}
        onChange={setStatus}
        error={fieldErrors.status}
      />
      <DateField
        id="effectiveDate"
        legend="Date it took effect"
        value={date}
        onChange={setDate}
        error={fieldErrors.effectiveDate}
      />
      <TextArea
        id="statusReason"
        label="Reason (optional)"
        value={reason}
        onChange={setReason}
        error={fieldErrors.reason}
      />
      {status === 'approved' ? (
        <TermsFields
          idPrefix="status-terms"
          householdType={household.householdType}
          values={terms}
          onChange={setTerms}
          errors={fieldErrors}
        />
      ) : null}
      <DialogButtons submitLabel="Record change" pending={change.isPending} onCancel={onClose} />
    </form>
  );
}
