import { Link, useNavigate, useParams } from 'react-router';
import { DiscardChangesButton } from '../../components/discard-changes-button';
import type { SittingDetail } from '../../../../shared/schemas/sitting-views';
import { errorState } from '../../api/error-state';
import { useRead, useWrite } from '../../api/hooks';
import { useDraft } from '../../components/drafts';
import { LoadState } from '../../components/load-state';
import { usePageTitle } from '../../components/use-page-title';
import { SittingForm } from './sitting-form';
import { formToSittingInput, sittingToForm } from './sitting-form-values';
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
  const [draft, setDraft, discard] = useDraft(`sitting:edit:${sitting.id}`, () => ({
    version: sitting.version,
    values: sittingToForm(sitting),
  }));
  const update = useWrite('sittings:update');
  const { message, fieldErrors } = errorState(update.error);
  const back = `/sittings/${sitting.id}`;
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
  const save = () => {
    update.mutate(
      { ...formToSittingInput(draft.values), id: sitting.id, version: draft.version },
      {
        onSuccess: (saved) => {
          discard();
          void navigate(back, { state: { notice: `The sitting on ${formatSittingDay(saved.date)} has been saved.` } });
        },
      },
    );
  };
  return (
    <>
      <p>
        <Link to={back}>Back to the sitting on {day}</Link>
      </p>
      <h1>Edit the sitting on {day}</h1>
      <SittingForm
        values={draft.values}
        onChange={(values) => setDraft({ ...draft, values })}
        onSubmit={save}
        submitLabel="Save changes"
        saving={update.isPending}
        errorMessage={message}
        fieldErrors={fieldErrors}
        plannedPresider={
          sitting.plannedPresiderId && sitting.plannedPresiderName
            ? { id: sitting.plannedPresiderId, name: sitting.plannedPresiderName }
            : null
        }
        secondaryAction={<DiscardChangesButton discard={discard} backTo={back} />}
      />
    </>
  );
}
