import { Link, useNavigate, useParams } from 'react-router';
import { DiscardChangesButton } from '../../components/discard-changes-button';
import type { SittingDetail } from '../../../../shared/schemas/sitting-views';
import { useRead } from '../../api/hooks';
import { LoadState } from '../../components/load-state';
import { usePageTitle } from '../../components/use-page-title';
import { SittingForm } from './sitting-form';
import { useChannelForm } from '../../forms/use-channel-form';
import { formToSittingInput, SITTING_FIELD_TARGETS, sittingToForm } from './sitting-form-values';
import { formatSittingDay } from './sitting-words';

export function EditSittingPage() {
  const { id = '' } = useParams();
  const sitting = useRead('sittings:get', { id });
  return (
    <LoadState query={sitting} what="this sitting">
      {(loaded) => <EditSittingForm sitting={loaded} />}
    </LoadState>
  );
}

function EditSittingForm({ sitting }: { sitting: SittingDetail }) {
  const day = formatSittingDay(sitting.date);
  usePageTitle(`Edit the sitting on ${day}`);
  const navigate = useNavigate();
  const back = `/sittings/${sitting.id}`;
  const form = useChannelForm({
    channel: 'sittings:update',
    draftKey: `sitting:edit:${sitting.id}`,
    version: sitting.version,
    initial: () => sittingToForm(sitting),
    fromCurrent: sittingToForm,
    toInput: (values, version = sitting.version) => ({ ...formToSittingInput(values), id: sitting.id, version }),
    fieldTargets: SITTING_FIELD_TARGETS,
    onSaved: (saved) =>
      void navigate(back, { state: { notice: `The sitting on ${formatSittingDay(saved.date)} has been saved.` } }),
  });
  if (sitting.status === 'cancelled') {
    return (
      <>
        <h1>This sitting has been cancelled</h1>
        <p>A cancelled sitting cannot be changed.</p>
        <p>
          <Link to={back}>Back to the sitting on {day}</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <p>
        <Link to={back}>Back to the sitting on {day}</Link>
      </p>
      <h1>Edit the sitting on {day}</h1>
      <SittingForm
        form={form}
        submitLabel="Save changes"
        plannedPresider={
          sitting.plannedPresiderId && sitting.plannedPresiderName
            ? { id: sitting.plannedPresiderId, name: sitting.plannedPresiderName }
            : null
        }
        secondaryAction={<DiscardChangesButton form={form} backTo={back} />}
      />
    </>
  );
}
