import type { SubmitEvent } from 'react';
import type { Complaint, ComplaintSource } from '../../../../shared/schemas/complaints';
import { errorState } from '../../api/error-state';
import { useToday, useWrite } from '../../api/hooks';
import { DateField } from '../../components/date-field';
import { emptyDate, partsFromIso, partsToIso, type DateParts } from '../../components/date-parts';
import { Dialog } from '../../components/dialog';
import { useDraft } from '../../components/drafts';
import { ErrorSummary } from '../../components/error-summary';
import { SelectField, TextArea } from '../../components/fields';
import { formatDate } from '../../format';
import { HouseholdPicker } from '../households/household-picker';
import { SittingPicker } from '../sittings/sitting-picker';
import { SOURCE_OPTIONS } from './choices';
import { DraftDialogButtons, ReceivedOnField } from './form-parts';

interface Values {
  receivedOn: DateParts;
  source: ComplaintSource | '';
  summary: string;
  sittingId: string;
  householdId: string;
  outcome: string;
  closedOn: DateParts;
}

function valuesOf(complaint: Complaint | null, today: string | null): Values {
  return {
    receivedOn: partsFromIso(complaint?.receivedOn ?? today),
    source: complaint?.source ?? '',
    summary: complaint?.summary ?? '',
    sittingId: complaint?.sitting?.id ?? '',
    householdId: complaint?.household?.id ?? '',
    outcome: complaint?.outcome ?? '',
    closedOn: complaint ? partsFromIso(complaint.closedOn) : emptyDate,
  };
}

/** Adds a complaint, or changes one (its outcome and closing date, usually). */
export function ComplaintDialog({
  complaint,
  onClose,
  onSaved,
}: {
  complaint: Complaint | 'new' | null;
  onClose: () => void;
  onSaved: (notice: string) => void;
}) {
  const title =
    complaint === 'new'
      ? 'Add a complaint'
      : complaint
        ? `Complaint received on ${formatDate(complaint.receivedOn)}`
        : 'Complaint';
  return (
    <Dialog open={complaint !== null} title={title} onClose={onClose}>
      {complaint ? (
        <ComplaintForm
          key={complaint === 'new' ? 'new' : `${complaint.id}-${complaint.version}`}
          complaint={complaint === 'new' ? null : complaint}
          onClose={onClose}
          onSaved={onSaved}
        />
      ) : null}
    </Dialog>
  );
}

function ComplaintForm({
  complaint,
  onClose,
  onSaved,
}: {
  complaint: Complaint | null;
  onClose: () => void;
  onSaved: (notice: string) => void;
}) {
  const today = useToday();
  // What was typed survives closing the dialog or a refused save, until it is saved or discarded.
  const [values, setValues, discard] = useDraft<Values>(
    complaint ? `complaint:${complaint.id}:${complaint.version}` : 'complaint:new',
    () => valuesOf(complaint, today),
  );
  const create = useWrite('complaints:create');
  const update = useWrite('complaints:update');
  const pending = create.isPending || update.isPending;
  const { message, fieldErrors } = errorState(complaint ? update.error : create.error);
  const set =
    <K extends keyof Values>(key: K) =>
    (value: Values[K]) =>
      setValues({ ...values, [key]: value });

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const input = {
      receivedOn: partsToIso(values.receivedOn),
      source: values.source as ComplaintSource,
      summary: values.summary,
      sittingId: values.sittingId,
      householdId: values.householdId,
      outcome: values.outcome,
      closedOn: partsToIso(values.closedOn),
    };
    const done = (saved: Complaint, verb: string) => {
      discard();
      onSaved(`The complaint received on ${formatDate(saved.receivedOn)} has been ${verb}.`);
    };
    if (complaint) {
      update.mutate(
        { ...input, id: complaint.id, version: complaint.version },
        { onSuccess: (s) => done(s, 'updated') },
      );
    } else {
      create.mutate(input, { onSuccess: (s) => done(s, 'added') });
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary
        message={message}
        fieldErrors={fieldErrors}
        fieldTargets={{ receivedOn: 'receivedOn-day', closedOn: 'closedOn-day' }}
      />
      <ReceivedOnField value={values.receivedOn} onChange={set('receivedOn')} error={fieldErrors.receivedOn} />
      <SelectField
        id="source"
        label="Who made the complaint"
        placeholder="Choose who"
        options={SOURCE_OPTIONS}
        value={values.source}
        onChange={set('source')}
        error={fieldErrors.source}
      />
      <TextArea
        id="summary"
        label="Summary of the complaint"
        value={values.summary}
        onChange={set('summary')}
        error={fieldErrors.summary}
      />
      <SittingPicker
        id="sittingId"
        label="Sitting it is about (optional)"
        placeholder="Not about one sitting"
        value={values.sittingId}
        onChange={set('sittingId')}
        error={fieldErrors.sittingId}
      />
      <HouseholdPicker
        id="householdId"
        label="Household it is about (optional)"
        placeholder="Not about one household"
        value={values.householdId}
        onChange={set('householdId')}
        error={fieldErrors.householdId}
      />
      <TextArea
        id="outcome"
        label="Outcome (optional until it is closed)"
        value={values.outcome}
        onChange={set('outcome')}
        error={fieldErrors.outcome}
      />
      <DateField
        id="closedOn"
        legend="Date closed (optional)"
        hint="Leave blank while the complaint is open."
        value={values.closedOn}
        onChange={set('closedOn')}
        error={fieldErrors.closedOn}
      />
      <DraftDialogButtons
        submitLabel={complaint ? 'Save complaint' : 'Add complaint'}
        pending={pending}
        discard={discard}
        onClose={onClose}
      />
    </form>
  );
}
