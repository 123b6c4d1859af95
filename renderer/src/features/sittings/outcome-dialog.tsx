import { ChoiceGroup } from '../../components/choice-group';
import type { ItemView, SittingDetail } from '../../../../shared/schemas/sitting-views';
import { Dialog } from '../../components/dialog';
import { SelectField, TextArea } from '../../components/fields';
import { FormFrame } from '../../forms/form-frame';
import { useChannelForm } from '../../forms/use-channel-form';
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
  const targets = useOpenSittingOptions(sitting.id);
  const form = useChannelForm({
    channel: 'items:changeOutcome',
    initial: () => ({ action: '', reason: '', toSittingId: '' }),
    toInput: (values) => ({
      id: item.id,
      version: item.version,
      action: values.action as Action,
      reason: values.reason,
      toSittingId: values.action === 'withdraw' ? null : values.toSittingId,
    }),
    fieldTargets: { action: 'outcomeAction', reason: 'outcomeReason', toSittingId: 'outcomeSitting' },
    onSaved: (_, values) => {
      const target = targets.find((t) => t.value === values.toSittingId);
      const where =
        target && values.action !== 'withdraw' ? ` It has been added to the sitting on ${target.label}.` : '';
      onSaved(`The item has been ${DONE[values.action as Action]}.${where}`);
    },
  });
  const { action } = form.values;
  return (
    <FormFrame form={form} onCancel={onClose}>
      <ChoiceGroup
        type="radio"
        id="outcomeAction"
        legend="What should happen to the item?"
        options={ACTION_OPTIONS}
        {...form.bind('action')}
      />
      <TextArea id="outcomeReason" label="Reason" {...form.bind('reason')} />
      {action === 'move' || action === 'defer' ? (
        <SelectField
          id="outcomeSitting"
          label={action === 'move' ? 'Move it to' : 'Defer it to (optional)'}
          placeholder={action === 'move' ? 'Choose a sitting' : 'Not decided: it waits for a sitting'}
          options={targets}
          {...form.bind('toSittingId')}
        />
      ) : null}
    </FormFrame>
  );
}
