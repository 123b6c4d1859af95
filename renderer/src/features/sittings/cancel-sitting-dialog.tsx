import type { SittingDetail } from '../../../../shared/schemas/sitting-views';
import { Dialog } from '../../components/dialog';
import { SelectField, TextArea } from '../../components/fields';
import { FormFrame } from '../../forms/form-frame';
import { useChannelForm } from '../../forms/use-channel-form';
import { useOpenSittingOptions } from './open-sittings';
import { formatSittingDay } from './sitting-words';

export function CancelSittingDialog(props: {
  sitting: SittingDetail;
  open: boolean;
  onClose: () => void;
  onSaved: (notice: string) => void;
}) {
  return (
    <Dialog
      open={props.open}
      title={`Cancel the sitting on ${formatSittingDay(props.sitting.date)}?`}
      onClose={props.onClose}
    >
      <CancelSittingForm {...props} />
    </Dialog>
  );
}

function CancelSittingForm({
  sitting,
  onClose,
  onSaved,
}: {
  sitting: SittingDetail;
  onClose: () => void;
  onSaved: (notice: string) => void;
}) {
  const targets = useOpenSittingOptions(sitting.id);
  const open = sitting.items.filter((i) => i.status === 'scheduled').length;
  const form = useChannelForm({
    channel: 'sittings:cancel',
    initial: () => ({ reason: '', moveTo: '' }),
    toInput: (values) => ({
      id: sitting.id,
      version: sitting.version,
      reason: values.reason,
      moveItemsTo: open > 0 ? values.moveTo : null,
    }),
    fieldTargets: { reason: 'cancelReason' },
    onSaved: (_, values) => {
      const target = targets.find((t) => t.value === values.moveTo);
      const items = open === 1 ? 'Its 1 open item has' : `Its ${open} open items have`;
      const where = target
        ? `been moved to the sitting on ${target.label}`
        : 'been released to be placed on a later sitting';
      onSaved(`The sitting has been cancelled.${open > 0 ? ` ${items} ${where}.` : ''}`);
    },
  });
  return (
    <FormFrame form={form} submitLabel="Cancel sitting" onCancel={onClose} cancelLabel="Keep the sitting" warning>
      <p>A cancelled sitting stays on record but cannot be changed.</p>
      <TextArea id="cancelReason" label="Reason for cancelling" {...form.bind('reason')} />
      {open > 0 ? (
        <SelectField
          id="moveItemsTo"
          label={`What should happen to the ${open === 1 ? 'open item' : `${open} open items`}?`}
          hint="Move them to another planned sitting, or release them to be placed later"
          placeholder="Release them to be placed on a later sitting"
          options={targets.map((t) => ({ value: t.value, label: `Move them to ${t.label}` }))}
          {...form.bind('moveTo', 'moveItemsTo')}
        />
      ) : (
        <p>There are no open items on this sitting.</p>
      )}
    </FormFrame>
  );
}
