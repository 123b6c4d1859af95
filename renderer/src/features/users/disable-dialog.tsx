import type { UserSummary } from '../../../../shared/schemas/users';
import { useWrite } from '../../api/hooks';
import { Dialog } from '../../components/dialog';

/** Disabling stops someone logging in; the account (and its history) stays. Enabling undoes it. */
export function DisableDialog(props: {
  user: UserSummary;
  open: boolean;
  onClose: () => void;
  onSaved: (notice: string) => void;
}) {
  const { user } = props;
  const change = useWrite('users:setDisabled');
  const disabling = !user.disabled;
  const close = () => {
    change.reset();
    props.onClose();
  };
  const title = disabling ? `Disable ${user.displayName}’s account?` : `Enable ${user.displayName}’s account?`;
  return (
    <Dialog open={props.open} title={title} onClose={close}>
      <p>
        {disabling
          ? `${user.displayName} will not be able to log in. The account is kept, with everything it did in the audit trail, and can be enabled again.`
          : `${user.displayName} will be able to log in again with their current password.`}
      </p>
      {change.error ? (
        <p className="field-error" role="alert">
          {change.error.message}
        </p>
      ) : null}
      <div className="button-row">
        <button
          type="button"
          className={disabling ? 'button button--warning' : 'button'}
          disabled={change.isPending}
          onClick={() =>
            change.mutate(
              { id: user.id, version: user.version, disabled: disabling },
              {
                onSuccess: (saved) => {
                  change.reset();
                  props.onSaved(
                    saved.disabled
                      ? `${saved.displayName}’s account has been disabled.`
                      : `${saved.displayName}’s account has been enabled.`,
                  );
                },
              },
            )
          }
        >
          {disabling ? 'Disable account' : 'Enable account'}
        </button>
        <button type="button" className="button button--secondary" onClick={close}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}
