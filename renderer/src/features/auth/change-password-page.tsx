import { useState } from 'react';
import { Link } from 'react-router';
import { NoticeBanner } from '../../components/notice-banner';
import { usePageTitle } from '../../components/use-page-title';
import { AuthLayout } from './auth-layout';
import { ChangePasswordForm } from './change-password-form';
import { useLogout } from './session-actions';

/** Shown by the gate after a temporary password: nothing else works until it is changed. */
export function RequiredPasswordChangePage() {
  const logout = useLogout();
  return (
    <AuthLayout title="Choose a new password">
      <p>
        You logged in with a temporary password. Choose your own password before you carry on: only you should know it.
      </p>
      <ChangePasswordForm
        onChanged={() => undefined}
        secondary={
          <button type="button" className="button button--secondary" onClick={() => logout.mutate()}>
            Log out
          </button>
        }
      />
    </AuthLayout>
  );
}

/** Chosen from the header at any time. */
export function ChangePasswordPage() {
  usePageTitle('Change your password');
  const [changes, setChanges] = useState(0);
  return (
    <>
      <p>
        <Link to="/members">Back to the central list</Link>
      </p>
      <NoticeBanner message={changes > 0 ? 'Your password has been changed.' : null} />
      <h1>Change your password</h1>
      {/* A fresh form after each change, so no password stays in the boxes. */}
      <ChangePasswordForm key={changes} onChanged={() => setChanges((n) => n + 1)} />
    </>
  );
}
