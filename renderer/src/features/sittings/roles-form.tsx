import { useState, type SubmitEvent } from 'react';
import { LIST_ROLE_LABELS } from '../../../../shared/schemas/member';
import type { SittingDetail } from '../../../../shared/schemas/sitting-views';
import { errorState } from '../../api/error-state';
import { useWrite } from '../../api/hooks';
import { ErrorSummary } from '../../components/error-summary';
import { SelectField, TextField } from '../../components/fields';

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
  const [presiderId, setPresiderId] = useState(sitting.presiderId ?? '');
  const [adviserName, setAdviserName] = useState(sitting.adviserName ?? '');
  const [minuteTakerName, setMinuteTakerName] = useState(sitting.minuteTakerName ?? '');
  const setRoles = useWrite('sittings:setRoles');
  const { message, fieldErrors } = errorState(setRoles.error);
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
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    // The sitting's version moves with every attendance or agenda change made here; the latest one this window shows is sent.
    setRoles.mutate(
      { sittingId: sitting.id, version: sitting.version, presiderId, adviserName, minuteTakerName },
      { onSuccess: () => onSaved('The roles for this sitting have been saved.') },
    );
  };
  return (
    <form onSubmit={submit} noValidate className="inline-form" aria-labelledby="roles-heading">
      <h3 id="roles-heading">Roles</h3>
      <ErrorSummary
        message={message}
        fieldErrors={fieldErrors}
        fieldTargets={{ presiderId: 'presiderId', adviserName: 'adviserName', minuteTakerName: 'minuteTakerName' }}
      />
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
        value={presiderId}
        onChange={setPresiderId}
        error={fieldErrors.presiderId}
      />
      <TextField
        id="adviserName"
        label="Panel adviser (optional)"
        value={adviserName}
        onChange={setAdviserName}
        error={fieldErrors.adviserName}
      />
      <TextField
        id="minuteTakerName"
        label="Minute-taker (optional)"
        value={minuteTakerName}
        onChange={setMinuteTakerName}
        error={fieldErrors.minuteTakerName}
      />
      <button type="submit" className="button button--secondary" disabled={setRoles.isPending}>
        Save roles
      </button>
    </form>
  );
}
