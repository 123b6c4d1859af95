import { useNavigate } from 'react-router';
import type { ItemView, SittingDetail } from '../../../../shared/schemas/sitting-views';
import { Dialog } from '../../components/dialog';
import { TextArea } from '../../components/fields';
import { FormFrame } from '../../forms/form-frame';
import { useChannelForm } from '../../forms/use-channel-form';

/**
 * Takes an item added in error off the agenda while the papers have not gone
 * out. Nothing of it appears in the agenda or the minutes; the reason is kept
 * in the audit trail. Afterwards the sitting is shown, saying what was done.
 */
export function RemoveItemDialog(props: {
  sitting: SittingDetail;
  item: ItemView;
  open: boolean;
  onClose: () => void;
}) {
  return (
    <Dialog open={props.open} title={`Remove ${props.item.typeLabel} from the agenda`} onClose={props.onClose}>
      <RemoveItemForm {...props} />
    </Dialog>
  );
}

function RemoveItemForm({ sitting, item, onClose }: { sitting: SittingDetail; item: ItemView; onClose: () => void }) {
  const navigate = useNavigate();
  const form = useChannelForm({
    channel: 'items:remove',
    initial: () => ({ reason: '' }),
    toInput: (values) => ({ id: item.id, version: item.version, reason: values.reason }),
    fieldTargets: { reason: 'removeReason' },
    onSaved: () =>
      void navigate(`/sittings/${sitting.id}`, {
        state: { notice: 'The item has been removed from the agenda. The reason is kept in the audit trail.' },
      }),
  });
  return (
    <FormFrame
      form={form}
      submitLabel="Remove the item"
      onCancel={onClose}
      header={
        <p>
          Use this only for an item added by mistake. It will not appear in the agenda or the minutes; the reason is
          kept in the audit trail.
        </p>
      }
    >
      <TextArea id="removeReason" label="Why is it being removed?" {...form.bind('reason')} />
    </FormFrame>
  );
}
