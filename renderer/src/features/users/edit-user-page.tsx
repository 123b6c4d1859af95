import type { SubmitEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { UserSummary } from '../../../../shared/schemas/users';
import { errorState } from '../../api/error-state';
import { useRead, useWrite } from '../../api/hooks';
import { useDraft } from '../../components/drafts';
import { ErrorSummary } from '../../components/error-summary';
import { LoadState } from '../../components/load-state';
import { usePageTitle } from '../../components/use-page-title';
import { USER_FIELD_TARGETS, UserDetailsFields } from './user-fields';

export function EditUserPage() {
  const { id = '' } = useParams();
  const user = useRead('users:get', { id });
  return (
    <LoadState query={user} what="this user">
      {(loaded) => <EditUserForm user={loaded} />}
    </LoadState>
  );
}

function EditUserForm({ user }: { user: UserSummary }) {
  usePageTitle(`Edit ${user.displayName}`);
  const navigate = useNavigate();
  // The version travels with the draft, so a change made elsewhere meanwhile is detected, not overwritten.
  const [draft, setDraft, discard] = useDraft(`user:edit:${user.id}`, () => ({
    version: user.version,
    values: { displayName: user.displayName, roles: [...user.roles], memberId: user.memberId ?? '' },
  }));
  const update = useWrite('users:update');
  const { message, fieldErrors } = errorState(update.error);

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    update.mutate(
      { id: user.id, version: draft.version, ...draft.values },
      {
        onSuccess: (saved) => {
          discard();
          void navigate(`/users/${saved.id}`, { state: { notice: `${saved.displayName}’s details have been saved.` } });
        },
      },
    );
  };

  return (
    <>
      <p>
        <Link to={`/users/${user.id}`}>Back to {user.displayName}</Link>
      </p>
      <h1>Edit {user.displayName}</h1>
      <p>
        Username: <strong>{user.username}</strong> (usernames cannot be changed)
      </p>
      <form onSubmit={submit} noValidate className="form">
        <ErrorSummary message={message} fieldErrors={fieldErrors} fieldTargets={USER_FIELD_TARGETS} />
        <UserDetailsFields
          values={draft.values}
          onChange={(values) => setDraft({ ...draft, values })}
          fieldErrors={fieldErrors}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={update.isPending}>
            {update.isPending ? 'Saving…' : 'Save changes'}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              discard();
              void navigate(`/users/${user.id}`);
            }}
          >
            Cancel and discard changes
          </button>
        </div>
      </form>
    </>
  );
}
