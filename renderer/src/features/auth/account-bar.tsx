import { Link } from 'react-router';
import { useLogout, useSessionWrite } from './session-actions';
import { useSession } from './session-context';

/** Who is logged in, and the three things anyone may do about it at any time. */
export function AccountBar() {
  const { session, roleNames } = useSession();
  const lock = useSessionWrite('auth:lock');
  const logout = useLogout();
  return (
    <div className="account">
      <span>
        Signed in as {session.displayName} ({roleNames})
      </span>
      <Link to="/change-password">Change password</Link>
      <Link to="/second-factor">Second factor</Link>
      <button type="button" className="link-button" onClick={() => lock.mutate({})}>
        Lock now
      </button>
      <button type="button" className="link-button" onClick={() => logout.mutate()}>
        Log out
      </button>
    </div>
  );
}
