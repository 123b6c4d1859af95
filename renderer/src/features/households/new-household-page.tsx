import { Link, useNavigate } from 'react-router';
import { usePageTitle } from '../../components/use-page-title';
import { useChannelForm } from '../../forms/use-channel-form';
import { HouseholdForm } from './household-form';
import { blankHouseholdForm, formToHouseholdInput, householdFieldTargets } from './household-form-values';

export function NewHouseholdPage() {
  usePageTitle('Add a household');
  const navigate = useNavigate();
  const form = useChannelForm({
    channel: 'households:create',
    draftKey: 'household:new',
    initial: blankHouseholdForm,
    toInput: formToHouseholdInput,
    fieldTargets: householdFieldTargets,
    onSaved: (household) =>
      void navigate(`/households/${household.id}`, {
        state: { notice: `${household.displayName} (${household.reference}) has been added.` },
      }),
  });
  return (
    <>
      <p>
        <Link to="/households">Back to households</Link>
      </p>
      <h1>Add a household</h1>
      <HouseholdForm form={form} submitLabel="Add household" />
    </>
  );
}
