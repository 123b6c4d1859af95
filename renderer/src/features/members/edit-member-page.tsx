import { Link, useNavigate, useParams } from 'react-router';
import { DiscardChangesButton } from '../../components/discard-changes-button';
import type { Member } from '../../../../shared/schemas/member';
import { errorState } from '../../api/error-state';
import { useRead, useWrite } from '../../api/hooks';
import { useDraft } from '../../components/drafts';
import { usePageTitle } from '../../components/use-page-title';
import { LoadState } from '../../components/load-state';
import { MemberForm } from './member-form';
import { formToInput, memberToForm } from './member-form-values';

export function EditMemberPage() {
  const { id = '' } = useParams();
  const member = useRead('members:get', { id });
  return (
    <LoadState query={member} what="this member">
      {(loaded) => <EditMemberForm member={loaded} />}
    </LoadState>
  );
}

function EditMemberForm({ member }: { member: Member }) {
  usePageTitle(`Edit ${member.name}`);
  const navigate = useNavigate();
  // The version the user started from travels with the draft, so a change made elsewhere meanwhile is detected.
  const [draft, setDraft, discard] = useDraft(`member:edit:${member.id}`, () => ({
    version: member.version,
    values: memberToForm(member),
  }));
  const update = useWrite('members:update');
  const { message, fieldErrors } = errorState(update.error);
  const save = () =>
    update.mutate(
      { ...formToInput(draft.values), id: member.id, version: draft.version },
      {
        onSuccess: (saved) => {
          discard();
          void navigate(`/members/${saved.id}`, { state: { notice: `${saved.name}'s details have been saved.` } });
        },
      },
    );
  return (
    <>
      <p>
        <Link to={`/members/${member.id}`}>Back to {member.name}</Link>
      </p>
      <h1>Edit {member.name}</h1>
      <MemberForm
        values={draft.values}
        onChange={(values) => setDraft({ ...draft, values })}
        onSubmit={save}
        submitLabel="Save changes"
        saving={update.isPending}
        errorMessage={message}
        fieldErrors={fieldErrors}
        secondaryAction={<DiscardChangesButton discard={discard} backTo={`/members/${member.id}`} />}
      />
    </>
  );
}
