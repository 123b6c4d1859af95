import { Navigate } from 'react-router';
import { useSession } from '../auth/session-context';

/** The administrator starts on what is due; everyone else on the central list, as before. */
export function HomeRoute() {
  const { roles } = useSession();
  return <Navigate to={roles.includes('administrator') ? '/dashboard' : '/members'} replace />;
}
