import { ChoiceGroup } from '../../components/choice-group';
import { useState, type SubmitEvent } from 'react';
import { errorState } from '../../api/error-state';
import { useToday, useWrite } from '../../api/hooks';
import { DateField } from '../../components/date-field';
import { partsFromIso, partsToIso, type DateParts } from '../../components/date-parts';
import { Dialog } from '../../components/dialog';
import { DialogButtons } from '../../components/dialog-buttons';
import { ErrorSummary } from '../../components/error-summary';
import { SelectField } from '../../components/fields';
import { formatDate } from '../../format';
import { countItems } from './minutes-words';
import type { MinutesDialogProps, MinutesFormProps } from './minutes-dialog-props';

/** Records the day the final minutes reached an ADM: it starts their 7-working-day clock. */
export function SendToAdmDialog(props: MinutesDialogProps) {
  return (
    <Dialog open={props.open} title="Record that the final minutes went to the ADM" onClose={props.onClose}>
      <SendToAdmForm {...props} />
    </Dialog>
  );
}

function SendToAdmForm({ view, onClose, onSaved }: MinutesFormProps) {
  const today = useToday();
  const waiting = view.referrals.filter((r) => r.sentDate === null);
  const [sentDate, setSentDate] = useState<DateParts>(() => partsFromIso(today));
  const [admUserId, setAdmUserId] = useState('');
  // Everything not yet sent is ticked: the usual case is the whole sitting going to one ADM.
  const [itemIds, setItemIds] = useState<string[]>(() =>
    (waiting.length > 0 ? waiting : view.referrals).map((r) => r.itemId),
  );
  const send = useWrite('minutes:sendToAdm');
  const { message, fieldErrors } = errorState(send.error);
  const firstItem = view.referrals[0]?.itemId ?? '';
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    send.mutate(
      { sittingId: view.sittingId, version: view.version, itemIds, admUserId, sentDate: partsToIso(sentDate) },
      {
        onSuccess: (saved) => {
          const recorded = saved.referrals.filter((r) => itemIds.includes(r.itemId));
          const due = recorded[0]?.decisionDue;
          onSaved(
            `Recorded: the final minutes went to ${recorded[0]?.admName ?? 'the ADM'} for ${countItems(recorded.length)}.${due ? ` Their decision is due by ${formatDate(due)}.` : ''}`,
          );
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary
        message={message}
        fieldErrors={fieldErrors}
        fieldTargets={{ sentDate: 'sentDate-day', admUserId: 'admUserId', itemIds: `sendItems-${firstItem}` }}
      />
      <p>
        The ADM has 7 working days from the day they receive the final minutes (that day is day 0) to make their
        decision.
      </p>
      <DateField
        id="sentDate"
        legend="Date the final minutes were sent"
        value={sentDate}
        onChange={setSentDate}
        error={fieldErrors.sentDate}
      />
      <SelectField
        id="admUserId"
        label="ADM"
        {...(view.admChoices.length === 0
          ? { hint: 'No current user has the ADM role: give the role to someone on the Users page first' }
          : {})}
        placeholder="Choose the ADM"
        options={view.admChoices.map((a) => ({ value: a.userId, label: a.name }))}
        value={admUserId}
        onChange={setAdmUserId}
        error={fieldErrors.admUserId}
      />
      <ChoiceGroup
        type="checkbox"
        id="sendItems"
        legend="Items sent to this ADM"
        hint="All of them, or untick any going to a different ADM and record those separately"
        options={view.referrals.map((r) => ({ value: r.itemId, label: r.label }))}
        value={itemIds}
        onChange={setItemIds}
        error={fieldErrors.itemIds}
      />
      <DialogButtons submitLabel="Record as sent" pending={send.isPending} onCancel={onClose} />
    </form>
  );
}
