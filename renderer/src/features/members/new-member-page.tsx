import { Link, useNavigate } from 'react-router';
import { errorState } from '../../api/error-state';
import { useWrite } from '../../api/hooks';
import { useDraft } from '../../components/drafts';
import { usePageTitle } from '../../components/use-page-title';
import { MemberForm } from './member-form';
import { blankMemberForm, formToInput } from './member-form-values';

export function NewMemberPage() {
  usePageTitle('Add a member');
  const navigate = useNavigate();
  const [values, setValues, discard] = useDraft('member:new', blankMemberForm);
  const create = useWrite('members:create');
  const { message, fieldErrors } = errorState(create.error);
  const save = () =>
    create.mutate(formToInput(values), {
      onSuccess: (member) => {
        discard();
        void navigate(`/members/${member.id}`, {
          state: { notice: `${member.name} has been added to the central list.` },
        });
      },
    });
  return (
    <>
      <p>
        <Link to="/members">Back to the central list</Link>
      </p>
      <h1>Add a member to the central list</h1>
      <MemberForm
        values={values}
        onChange={setValues}
        onSubmit={save}
        submitLabel="Add member"
        saving={create.isPending}
        errorMessage={message}
        fieldErrors={fieldErrors}
      />
    </>
  );
}
