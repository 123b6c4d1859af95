import { useState, type SubmitEvent } from 'react';
import type { SittingDetail } from '../../../../shared/schemas/sitting-views';
import { errorState } from '../../api/error-state';
import { useWrite } from '../../api/hooks';
import { Dialog } from '../../components/dialog';
import { DialogButtons } from '../../components/dialog-buttons';
import { ErrorSummary } from '../../components/error-summary';
import { SelectField, TextArea } from '../../components/fields';
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
  const [reason, setReason] = useState('');
  const [moveTo, setMoveTo] = useState('');
  const cancel = useWrite('sittings:cancel');
  const targets = useOpenSittingOptions(sitting.id);
  const { message, fieldErrors } = errorState(cancel.error);
  const open = sitting.items.filter((i) => i.status === 'scheduled').length;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    cancel.mutate(
      { id: sitting.id, version: sitting.version, reason, moveItemsTo: open > 0 ? moveTo : null },
      {
        onSuccess: () => {
          const target = targets.find((t) => t.value === moveTo);
          const items = open === 1 ? 'Its 1 open item has' : `Its ${open} open items have`;
          const where = target
            ? `been moved to the sitting on ${target.label}`
            : 'been released to be placed on a later sitting';
          onSaved(`The sitting has been cancelled.${open > 0 ? ` ${items} ${where}.` : ''}`);
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary
        message={message}
        fieldErrors={fieldErrors}
        fieldTargets={{ reason: 'cancelReason', moveItemsTo: 'moveItemsTo' }}
      />
      <p>A cancelled sitting stays on record but cannot be changed.</p>
      <TextArea
        id="cancelReason"
        label="Reason for cancelling"
        value={reason}
        onChange={setReason}
        error={fieldErrors.reason}
      />
      {open > 0 ? (
        <SelectField
          id="moveItemsTo"
          label={`What should happen to the ${open === 1 ? 'open item' : `${open} open items`}?`}
          hint="Move them to another planned sitting, or release them to be placed later"
          placeholder="Release them to be placed on a later sitting"
          options={targets.map((t) => ({ value: t.value, label: `Move them to ${t.label}` }))}
          value={moveTo}
          onChange={setMoveTo}
          error={fieldErrors.moveItemsTo}
        />
      ) : (
        <p>There are no open items on this sitting.</p>
      )}
      <DialogButtons
        submitLabel="Cancel sitting"
        pending={cancel.isPending}
        onCancel={onClose}
        cancelLabel="Keep the sitting"
        warning
      />
    </form>
  );
}
