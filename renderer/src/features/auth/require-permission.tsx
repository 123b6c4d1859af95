import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Channel } from '../../../../shared/contract/channels';
import { usePageTitle } from '../../components/use-page-title';
import { useSession } from './session-context';

/**
 * A screen only some roles may use. The backend refuses the calls anyway;
 * this says so plainly instead of showing a form that cannot be saved.
 */
export function RequirePermission({ channel, children }: { channel: Channel; children: ReactNode }) {
  const { may } = useSession();
  return may(channel) ? <>{children}</> : <NotPermitted />;
}

function NotPermitted() {
  usePageTitle('You cannot use this page');
  return (
    <>
      <h1>You cannot use this page</h1>
      <p>Your role does not allow it. If you need it, ask a panel administrator.</p>
      <p>
        <Link to="/members">Go to the central list</Link>
      </p>
    </>
  );
}
