import { useState, type SubmitEvent } from 'react';
import { useNavigate } from 'react-router';
import type { ItemView, SittingDetail } from '../../../../shared/schemas/sitting-views';
import { errorState } from '../../api/error-state';
import { useWrite } from '../../api/hooks';
import { Dialog } from '../../components/dialog';
import { DialogButtons } from '../../components/dialog-buttons';
import { ErrorSummary } from '../../components/error-summary';
import { TextArea } from '../../components/fields';

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
  const [reason, setReason] = useState('');
  const remove = useWrite('items:remove');
  const navigate = useNavigate();
  const { message, fieldErrors } = errorState(remove.error);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    remove.mutate(
      { id: item.id, version: item.version, reason },
      {
        onSuccess: () =>
          void navigate(`/sittings/${sitting.id}`, {
            state: { notice: 'The item has been removed from the agenda. The reason is kept in the audit trail.' },
          }),
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <p>
        Use this only for an item added by mistake. It will not appear in the agenda or the minutes; the reason is kept
        in the audit trail.
      </p>
      <ErrorSummary message={message} fieldErrors={fieldErrors} fieldTargets={{ reason: 'removeReason' }} />
      <TextArea
        id="removeReason"
        label="Why is it being removed?"
        value={reason}
        onChange={setReason}
        error={fieldErrors.reason}
      />
      <DialogButtons submitLabel="Remove the item" pending={remove.isPending} onCancel={onClose} />
    </form>
  );
}
