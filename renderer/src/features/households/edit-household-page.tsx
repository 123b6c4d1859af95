import { Link, useNavigate, useParams } from 'react-router';
import type { Household } from '../../../../shared/schemas/household';
import { useRead } from '../../api/hooks';
import { DiscardChangesButton } from '../../components/discard-changes-button';
import { LoadState } from '../../components/load-state';
import { usePageTitle } from '../../components/use-page-title';
import { useChannelForm } from '../../forms/use-channel-form';
import { HouseholdForm } from './household-form';
import { formToHouseholdInput, householdFieldTargets, householdToForm } from './household-form-values';

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
  const form = useChannelForm({
    channel: 'households:update',
    draftKey: `household:edit:${household.id}`,
    version: household.version,
    initial: () => householdToForm(household),
    fromCurrent: householdToForm,
    toInput: (values, version = household.version) => ({ ...formToHouseholdInput(values), id: household.id, version }),
    fieldTargets: householdFieldTargets,
    onSaved: (saved) =>
      void navigate(`/households/${saved.id}`, {
        state: { notice: `${saved.displayName}'s details have been saved.` },
      }),
  });
  return (
    <>
      <p>
        <Link to={`/households/${household.id}`}>Back to {household.displayName}</Link>
      </p>
      <h1>Edit {household.displayName}</h1>
      <HouseholdForm
        form={form}
        submitLabel="Save changes"
        secondaryAction={<DiscardChangesButton form={form} backTo={`/households/${household.id}`} />}
      />
    </>
  );
}
