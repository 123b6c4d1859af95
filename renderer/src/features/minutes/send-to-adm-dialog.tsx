import { ChoiceGroup } from '../../components/choice-group';
import { useToday } from '../../api/hooks';
import { DateField } from '../../components/date-field';
import { partsFromIso, partsToIso } from '../../components/date-parts';
import { Dialog } from '../../components/dialog';
import { FormFrame } from '../../forms/form-frame';
import { useChannelForm } from '../../forms/use-channel-form';
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
  const firstItem = view.referrals[0]?.itemId ?? '';
  const form = useChannelForm({
    channel: 'minutes:sendToAdm',
    initial: () => ({
      sentDate: partsFromIso(today),
      admUserId: '',
      // Everything not yet sent is ticked: the usual case is the whole sitting going to one ADM.
      itemIds: (waiting.length > 0 ? waiting : view.referrals).map((r) => r.itemId),
    }),
    toInput: (values) => ({
      sittingId: view.sittingId,
      version: view.version,
      itemIds: values.itemIds,
      admUserId: values.admUserId,
      sentDate: partsToIso(values.sentDate),
    }),
    fieldTargets: { sentDate: 'sentDate-day', itemIds: `sendItems-${firstItem}` },
    onSaved: (saved, values) => {
      const recorded = saved.referrals.filter((r) => values.itemIds.includes(r.itemId));
      const due = recorded[0]?.decisionDue;
      onSaved(
        `Recorded: the final minutes went to ${recorded[0]?.admName ?? 'the ADM'} for ${countItems(recorded.length)}.${due ? ` Their decision is due by ${formatDate(due)}.` : ''}`,
      );
    },
  });
  return (
    <FormFrame form={form} submitLabel="Record as sent" onCancel={onClose}>
      <p>
        The ADM has 7 working days from the day they receive the final minutes (that day is day 0) to make their
        decision.
      </p>
      <DateField id="sentDate" legend="Date the final minutes were sent" {...form.bind('sentDate')} />
      <SelectField
        id="admUserId"
        label="ADM"
        {...(view.admChoices.length === 0
          ? { hint: 'No current user has the ADM role: give the role to someone on the Users page first' }
          : {})}
        placeholder="Choose the ADM"
        options={view.admChoices.map((a) => ({ value: a.userId, label: a.name }))}
        {...form.bind('admUserId')}
      />
      <ChoiceGroup
        type="checkbox"
        id="sendItems"
        legend="Items sent to this ADM"
        hint="All of them, or untick any going to a different ADM and record those separately"
        options={view.referrals.map((r) => ({ value: r.itemId, label: r.label }))}
        {...form.bind('itemIds')}
      />
    </FormFrame>
  );
}
