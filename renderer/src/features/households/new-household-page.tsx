import { Link, useNavigate } from 'react-router';
import { errorState } from '../../api/error-state';
import { useWrite } from '../../api/hooks';
import { useDraft } from '../../components/drafts';
import { usePageTitle } from '../../components/use-page-title';
import { HouseholdForm } from './household-form';
import { blankHouseholdForm, formToHouseholdInput } from './household-form-values';

export function NewHouseholdPage() {
  usePageTitle('Add a household');
  const navigate = useNavigate();
  const [values, setValues, discard] = useDraft('household:new', blankHouseholdForm);
  const create = useWrite('households:create');
  const { message, fieldErrors } = errorState(create.error);
  const save = () => {
    create.mutate(formToHouseholdInput(values), {
      onSuccess: (household) => {
        discard();
        void navigate(`/households/${household.id}`, {
          state: { notice: `${household.displayName} (${household.reference}) has been added.` },
        });
      },
    });
  };
  return (
    <>
      <p>
        <Link to="/households">Back to households</Link>
      </p>
      <h1>Add a household</h1>
      <HouseholdForm
        values={values}
        onChange={setValues}
        onSubmit={save}
        submitLabel="Add household"
        saving={create.isPending}
        errorMessage={message}
        fieldErrors={fieldErrors}
      />
    </>
  );
}
