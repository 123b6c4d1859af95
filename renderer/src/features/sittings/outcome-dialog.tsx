import { ChoiceGroup } from '../../components/choice-group';
import { useState, type SubmitEvent } from 'react';
import type { ItemView, SittingDetail } from '../../../../shared/schemas/sitting-views';
import { errorState } from '../../api/error-state';
import { useWrite } from '../../api/hooks';
import { Dialog } from '../../components/dialog';
import { DialogButtons } from '../../components/dialog-buttons';
import { ErrorSummary } from '../../components/error-summary';
import { SelectField, TextArea } from '../../components/fields';
import { useOpenSittingOptions } from './open-sittings';

type Action = 'defer' | 'move' | 'withdraw';
const ACTION_OPTIONS: { value: Action; label: string }[] = [
  { value: 'defer', label: 'Defer it (panel will hear it later)' },
  { value: 'move', label: 'Move it to another sitting before it is heard' },
  { value: 'withdraw', label: 'Withdraw it (it will not come to panel)' },
];
const DONE: Record<Action, string> = { defer: 'deferred', move: 'moved', withdraw: 'withdrawn' };

export function OutcomeDialog(props: {
  sitting: SittingDetail;
  item: ItemView;
  open: boolean;
  onClose: () => void;
  onSaved: (notice: string) => void;
}) {
  return (
    <Dialog open={props.open} title={`Defer, move or withdraw ${props.item.typeLabel}`} onClose={props.onClose}>
      <OutcomeForm {...props} />
    </Dialog>
  );
}

function OutcomeForm({
  sitting,
  item,
  onClose,
  onSaved,
}: {
  sitting: SittingDetail;
  item: ItemView;
  onClose: () => void;
  onSaved: (notice: string) => void;
}) {
  const [action, setAction] = useState<Action | ''>('');
  const [reason, setReason] = useState('');
  const [toSittingId, setToSittingId] = useState('');
  const change = useWrite('items:changeOutcome');
  const targets = useOpenSittingOptions(sitting.id);
  const { message, fieldErrors } = errorState(change.error);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    change.mutate(
      {
        id: item.id,
        version: item.version,
        action: action as Action,
        reason,
        toSittingId: action === 'withdraw' ? null : toSittingId,
      },
      {
        onSuccess: () => {
          const target = targets.find((t) => t.value === toSittingId);
          const where = target && action !== 'withdraw' ? ` It has been added to the sitting on ${target.label}.` : '';
          onSaved(`The item has been ${DONE[action as Action]}.${where}`);
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary
        message={message}
        fieldErrors={fieldErrors}
        fieldTargets={{ action: 'outcomeAction', reason: 'outcomeReason', toSittingId: 'outcomeSitting' }}
      />
      <ChoiceGroup
        type="radio"
        id="outcomeAction"
        legend="What should happen to the item?"
        options={ACTION_OPTIONS}
        value={action}
        onChange={setAction}
        error={fieldErrors.action}
      />
      <TextArea id="outcomeReason" label="Reason" value={reason} onChange={setReason} error={fieldErrors.reason} />
      {action === 'move' || action === 'defer' ? (
        <SelectField
          id="outcomeSitting"
          label={action === 'move' ? 'Move it to' : 'Defer it to (optional)'}
          placeholder={action === 'move' ? 'Choose a sitting' : 'Not decided: it waits for a sitting'}
          options={targets}
          value={toSittingId}
          onChange={setToSittingId}
          error={fieldErrors.toSittingId}
        />
      ) : null}
      <DialogButtons submitLabel="Save" pending={change.isPending} onCancel={onClose} />
    </form>
  );
}
