import type { UserSummary } from '../../../../shared/schemas/users';
import { useRead, useWrite } from '../../api/hooks';
import { formatDateTime } from '../../format';

/**
 * Whether someone has a second factor, and the administrator's reset (a lost
 * or replaced phone): the next sign-in from another computer then needs them
 * to set one up again on the host computer. The reset is audited.
 */
export function SecondFactorRow({ user, onReset }: { user: UserSummary; onReset: (notice: string) => void }) {
  const status = useRead('users:secondFactor', { id: user.id });
  const reset = useWrite('users:resetSecondFactor');
  const factor = status.data;
  const words = !factor
    ? '…'
    : factor.enrolled
      ? `Set up${factor.enrolledAt ? ` on ${formatDateTime(factor.enrolledAt)}` : ''}`
      : factor.pending
        ? 'Being set up'
        : 'Not set up';
  return (
    <section className="section" aria-labelledby="second-factor-heading">
      <h2 id="second-factor-heading">Second factor</h2>
      <p>{words}</p>
      {factor && (factor.enrolled || factor.pending) ? (
        <button
          type="button"
          className="button button--secondary"
          disabled={reset.isPending}
          onClick={() =>
            reset.mutate(
              { id: user.id },
              {
                onSuccess: () =>
                  onReset(
                    `${user.displayName}’s second factor has been reset. They set one up again from their own account page on the host computer.`,
                  ),
              },
            )
          }
        >
          Reset {user.displayName}’s second factor
        </button>
      ) : null}
      {reset.error ? (
        <p className="field-error" role="alert">
          {reset.error.message}
        </p>
      ) : null}
    </section>
  );
}
