import type { ReactNode } from 'react';
import { useRead } from '../../api/hooks';
import { useSession } from '../auth/session-context';
import { ServiceSetUp } from './service-set-up';

/**
 * Its own gate inside the session gate: while the service's set-up is
 * pending, the administrator sees it instead of the app, until it is
 * finished or put off. Other roles are never stopped by it. Another first-run
 * step (a recovery key) can be chained before it by wrapping this gate.
 */
export function ServiceSetUpGate({ children }: { children: ReactNode }) {
  const { roles } = useSession();
  const administrator = roles.includes('administrator');
  const status = useRead('setup:status', {}, { enabled: administrator });
  // Held back until known, so the app never flashes up before the set-up replaces it.
  if (administrator && !status.data) return null;
  if (administrator && status.data?.state === 'pending') return <ServiceSetUpPage />;
  return <>{children}</>;
}

function ServiceSetUpPage() {
  return (
    <>
      <header className="app-header">
        <span className="app-name">Fostering Panel</span>
      </header>
      <main id="main-content" className="app-main">
        <div className="auth-page">
          <ServiceSetUp />
        </div>
      </main>
    </>
  );
}
