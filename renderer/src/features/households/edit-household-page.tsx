import { Link, useNavigate, useParams } from 'react-router';
import { DiscardChangesButton } from '../../components/discard-changes-button';
import type { Household } from '../../../../shared/schemas/household';
import { errorState } from '../../api/error-state';
import { useRead, useWrite } from '../../api/hooks';
import { useDraft } from '../../components/drafts';
import { LoadState } from '../../components/load-state';
import { usePageTitle } from '../../components/use-page-title';
import { HouseholdForm } from './household-form';
import { formToHouseholdInput, householdToForm } from './household-form-values';

export function EditHouseholdPage() {
  const { id = '' } = useParams();
  const household = useRead('households:get', { id });
  return (
    <LoadState query={household} what="this household">
      {(loaded) => <EditHouseholdForm household={loaded} />}
    </LoadState>
  );
}

function EditHouseholdForm({ household }: { household: Household }) {
  usePageTitle(`Edit ${household.displayName}`);
  const navigate = useNavigate();
  const [draft, setDraft, discard] = useDraft(`household:edit:${household.id}`, () => ({
    version: household.version,
    values: householdToForm(household),
  }));
  const update = useWrite('households:update');
  const { message, fieldErrors } = errorState(update.error);
  const save = () => {
    update.mutate(
      { ...formToHouseholdInput(draft.values), id: household.id, version: draft.version },
      {
        onSuccess: (saved) => {
          discard();
          void navigate(`/households/${saved.id}`, {
            state: { notice: `${saved.displayName}'s details have been saved.` },
          });
        },
      },
    );
  };
  return (
    <>
      <p>
        <Link to={`/households/${household.id}`}>Back to {household.displayName}</Link>
      </p>
      <h1>Edit {household.displayName}</h1>
      <HouseholdForm
        values={draft.values}
        onChange={(values) => setDraft({ ...draft, values })}
        onSubmit={save}
        submitLabel="Save changes"
        saving={update.isPending}
        errorMessage={message}
        fieldErrors={fieldErrors}
        secondaryAction={<DiscardChangesButton discard={discard} backTo={`/households/${household.id}`} />}
      />
    </>
  );
}
