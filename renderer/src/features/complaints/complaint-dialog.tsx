import type { Complaint, ComplaintSource } from '../../../../shared/schemas/complaints';
import { useToday } from '../../api/hooks';
import { DateField } from '../../components/date-field';
import { emptyDate, partsFromIso, partsToIso, type DateParts } from '../../components/date-parts';
import { Dialog } from '../../components/dialog';
import { SelectField, TextArea } from '../../components/fields';
import { FormFrame } from '../../forms/form-frame';
import { useChannelForm } from '../../forms/use-channel-form';
import { formatDate } from '../../format';
import { HouseholdPicker } from '../households/household-picker';
import { SittingPicker } from '../sittings/sitting-picker';
import { SOURCE_OPTIONS } from './choices';
import { ReceivedOnField } from './form-parts';

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
  const form = useChannelForm({
    channel: complaint ? 'complaints:update' : 'complaints:create',
    // What was typed survives closing the dialog or a refused save, until it is saved or discarded.
    draftKey: complaint ? `complaint:${complaint.id}:${complaint.version}` : 'complaint:new',
    initial: () => valuesOf(complaint, today),
    version: complaint?.version,
    // After a stale save: the complaint as another seat saved it, beside what was typed.
    fromCurrent: (saved) => valuesOf(saved, today),
    toInput: (values, version) => ({
      receivedOn: partsToIso(values.receivedOn),
      source: values.source as ComplaintSource,
      summary: values.summary,
      sittingId: values.sittingId,
      householdId: values.householdId,
      outcome: values.outcome,
      closedOn: partsToIso(values.closedOn),
      ...(complaint ? { id: complaint.id, version: version ?? complaint.version } : {}),
    }),
    fieldTargets: { receivedOn: 'receivedOn-day', closedOn: 'closedOn-day' },
    onSaved: (saved) =>
      onSaved(`The complaint received on ${formatDate(saved.receivedOn)} has been ${complaint ? 'updated' : 'added'}.`),
  });
  const { bind } = form;
  return (
    <FormFrame
      form={form}
      submitLabel={complaint ? 'Save complaint' : 'Add complaint'}
      cancelLabel="Cancel and discard"
      onCancel={() => {
        form.discard();
        onClose();
      }}
    >
      <ReceivedOnField {...bind('receivedOn')} />
      <SelectField
        id="source"
        label="Who made the complaint"
        placeholder="Choose who"
        options={SOURCE_OPTIONS}
        {...bind('source')}
      />
      <TextArea id="summary" label="Summary of the complaint" {...bind('summary')} />
      <SittingPicker
        id="sittingId"
        label="Sitting it is about (optional)"
        placeholder="Not about one sitting"
        {...bind('sittingId')}
      />
      <HouseholdPicker
        id="householdId"
        label="Household it is about (optional)"
        placeholder="Not about one household"
        {...bind('householdId')}
      />
      <TextArea id="outcome" label="Outcome (optional until it is closed)" {...bind('outcome')} />
      <DateField
        id="closedOn"
        legend="Date closed (optional)"
        hint="Leave blank while the complaint is open."
        {...bind('closedOn')}
      />
    </FormFrame>
  );
}
