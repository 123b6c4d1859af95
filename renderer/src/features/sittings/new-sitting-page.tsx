import { Link, useNavigate } from 'react-router';
import { errorState } from '../../api/error-state';
import { useWrite } from '../../api/hooks';
import { useDraft } from '../../components/drafts';
import { usePageTitle } from '../../components/use-page-title';
import { SittingForm } from './sitting-form';
import { blankSittingForm, formToSittingInput } from './sitting-form-values';
import { formatSittingDay } from './sitting-words';

export function NewSittingPage() {
  usePageTitle('Add a sitting');
  const navigate = useNavigate();
  const [values, setValues, discard] = useDraft('sitting:new', blankSittingForm);
  const create = useWrite('sittings:create');
  const { message, fieldErrors } = errorState(create.error);
  const save = () => {
    create.mutate(formToSittingInput(values), {
      onSuccess: (sitting) => {
        discard();
        void navigate(`/sittings/${sitting.id}`, {
          state: { notice: `The sitting on ${formatSittingDay(sitting.date)} has been added.` },
        });
      },
    });
  };
  return (
    <>
      <p>
        <Link to="/sittings">Back to sittings</Link>
      </p>
      <h1>Add a sitting</h1>
      <SittingForm
        values={values}
        onChange={setValues}
        onSubmit={save}
        submitLabel="Add sitting"
        saving={create.isPending}
        errorMessage={message}
        fieldErrors={fieldErrors}
      />
    </>
  );
}
