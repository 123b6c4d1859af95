import { AuthLayout } from '../auth/auth-layout';
import { useLogout } from '../auth/session-actions';
import { RecoveryChoice } from './recovery-choice';

/**
 * The administrator's step before the app opens, at first run and at the
 * first sign-in after the upgrade that brought encryption, until a recovery
 * passphrase or printed key is set (auth/recovery-gate.tsx decides).
 */
export function RecoverySetupPage() {
  const logout = useLogout();
  return (
    <AuthLayout title="Set up recovery">
      <p>
        The records are encrypted with a key kept in this computer&apos;s protected key store. If that store is ever
        lost (a new user profile, a reinstalled computer), the records can only be opened again with a recovery
        passphrase or a printed recovery key. Set one now: the app opens once it is set.
      </p>
      <RecoveryChoice />
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={() => logout.mutate()}>
          Log out
        </button>
      </div>
    </AuthLayout>
  );
}
