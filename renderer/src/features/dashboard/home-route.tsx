import { Navigate } from 'react-router';
import { useSession } from '../auth/session-context';

/**
 * Each role starts at its own work (issue 19): the administrator on what is
 * due, the chair on what waits for them, the ADM on their queue; everyone
 * else on the central list.
 */
export function HomeRoute() {
  const { roles } = useSession();
  const home = roles.includes('administrator')
    ? '/dashboard'
    : roles.includes('chair')
      ? '/my-work'
      : roles.includes('adm')
        ? '/decisions'
        : '/members';
  return <Navigate to={home} replace />;
}
