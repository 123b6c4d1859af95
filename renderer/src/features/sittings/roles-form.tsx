import { LIST_ROLE_LABELS } from '../../../../shared/schemas/member';
import type { SittingDetail } from '../../../../shared/schemas/sitting-views';
import { SelectField, TextField } from '../../components/fields';
import { FormFrame, SubmitButton } from '../../forms/form-frame';
import { useChannelForm } from '../../forms/use-channel-form';

/** Who presided, and the two roles held by people who are not members: the adviser and the minute-taker. */
export function RolesForm({
  sitting,
  canEdit,
  onSaved,
}: {
  sitting: SittingDetail;
  canEdit: boolean;
  onSaved: (notice: string) => void;
}) {
  const form = useChannelForm({
    channel: 'sittings:setRoles',
    initial: () => ({
      presiderId: sitting.presiderId ?? '',
      adviserName: sitting.adviserName ?? '',
      minuteTakerName: sitting.minuteTakerName ?? '',
    }),
    // The sitting's version moves with every attendance or agenda change made here; the latest one this window shows is sent.
    toInput: (values) => ({ sittingId: sitting.id, version: sitting.version, ...values }),
    onSaved: () => onSaved('The roles for this sitting have been saved.'),
  });
  const { presiderId } = form.values;
  const planned = sitting.plannedPresiderName;
  if (!canEdit) {
    const presider = sitting.attendance.find((a) => a.memberId === sitting.presiderId)?.name;
    return (
      <dl className="summary-list">
        {[
          ['Presiding', presider ? `${presider}${sitting.presiderRecorded ? '' : ' (as planned)'}` : 'Not recorded'],
          ['Panel adviser', sitting.adviserName ?? 'Not recorded'],
          ['Minute-taker', sitting.minuteTakerName ?? 'Not recorded'],
        ].map(([label, value]) => (
          <div key={label} className="summary-row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    );
  }
  // The chair or a vice chair who is here (or not yet marked otherwise) can preside.
  const presiders = sitting.attendance
    .filter(
      (a) => a.listRole !== 'member' && (a.status === 'present' || a.status === 'invited' || a.memberId === presiderId),
    )
    .map((a) => ({ value: a.memberId, label: `${a.name} (${LIST_ROLE_LABELS[a.listRole]})` }));
  return (
    <FormFrame
      form={form}
      className="inline-form"
      labelledBy="roles-heading"
      header={<h3 id="roles-heading">Roles</h3>}
      footer={<SubmitButton form={form} label="Save roles" savingLabel={null} className="button button--secondary" />}
    >
      <SelectField
        id="presiderId"
        label="Presiding"
        hint={
          sitting.presiderId && !sitting.presiderRecorded
            ? `${planned ?? 'The planned presider'} presides as planned unless you choose someone else. The chair, or a vice chair when the chair is not here.`
            : 'The chair, or a vice chair when the chair is not here'
        }
        placeholder="Not recorded yet"
        options={presiders}
        {...form.bind('presiderId')}
      />
      <TextField id="adviserName" label="Panel adviser (optional)" {...form.bind('adviserName')} />
      <TextField id="minuteTakerName" label="Minute-taker (optional)" {...form.bind('minuteTakerName')} />
    </FormFrame>
  );
}
