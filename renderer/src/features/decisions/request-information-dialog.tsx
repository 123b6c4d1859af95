import type { DecisionCaseView } from '../../../../shared/schemas/decision';
import { useToday } from '../../api/hooks';
import { DateField } from '../../components/date-field';
import { partsFromIso, partsToIso } from '../../components/date-parts';
import { useState } from 'react';
import { Dialog } from '../../components/dialog';
import { FormFrame } from '../../forms/form-frame';
import { useChannelForm } from '../../forms/use-channel-form';
import { TextArea, TextField } from '../../components/fields';

/** Instead of deciding now: the ADM asks for more information, and the item waits until it arrives. */
export function RequestInformation({ view, onSaved }: { view: DecisionCaseView; onSaved: (notice: string) => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
          Ask for more information
        </button>
      </div>
      <Dialog open={open} title="Ask for more information" onClose={() => setOpen(false)}>
        <RequestForm
          view={view}
          onClose={() => setOpen(false)}
          onSaved={(notice) => {
            setOpen(false);
            onSaved(notice);
          }}
        />
      </Dialog>
    </>
  );
}

function RequestForm({
  view,
  onClose,
  onSaved,
}: {
  view: DecisionCaseView;
  onClose: () => void;
  onSaved: (notice: string) => void;
}) {
  const today = useToday();
  const form = useChannelForm({
    channel: 'decisions:requestInformation',
    draftKey: `decision:request:${view.case.itemId}`,
    initial: () => ({ what: '', from: '', requestedOn: partsFromIso(today) }),
    toInput: (values) => ({
      itemId: view.case.itemId,
      version: view.case.version,
      what: values.what,
      from: values.from,
      requestedOn: partsToIso(values.requestedOn),
    }),
    fieldTargets: { what: 'infoWhat', from: 'infoFrom', requestedOn: 'requestedOn-day' },
    onSaved: () => onSaved('Your request for more information has been recorded. The item waits until it arrives.'),
  });
  return (
    <FormFrame form={form} submitLabel="Record the request" onCancel={onClose}>
      <TextArea id="infoWhat" label="What information do you need?" rows={4} {...form.bind('what')} />
      <TextField
        id="infoFrom"
        label="Who should provide it?"
        hint="For example, the supervising social worker"
        {...form.bind('from')}
      />
      <DateField id="requestedOn" legend="Date of the request" {...form.bind('requestedOn')} />
    </FormFrame>
  );
}
