import { useQueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { useRead } from '../../api/hooks';
import { setTitleLocked } from '../../components/use-page-title';
import { GatePending } from './gate-pending';
import { RequiredPasswordChangePage } from './change-password-page';
import { FirstRunPage } from './first-run-page';
import { LockDialog } from './lock-dialog';
import { LoginPage } from './login-page';
import { RecoveryGate } from './recovery-gate';
import { rememberUser } from './session-actions';
import { SessionProvider } from './session-context';
import { useIdleLock } from './use-idle-lock';
import { ServiceSetUpGate } from '../service-set-up/service-set-up-gate';

/**
 * Decides what the window shows from `auth:status`: first-run set-up, the
 * login page, a required password change, the administrator's recovery step
 * (recovery-gate.tsx), or the app, with the lock screen
 * over it when locked. Any call refused for a session reason re-reads the
 * status (api/query-client.ts), so this is the one place that reacts.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const status = useRead('auth:status', {});
  const session = status.data?.session ?? null;
  const idleLockMinutes = status.data?.idleLockMinutes ?? 15;
  useIdleLock(idleLockMinutes, session !== null && !session.locked);
  useEffect(() => {
    if (session) rememberUser(queryClient, session.userId);
  }, [queryClient, session]);
  const locked = session?.locked ?? false;
  useEffect(() => setTitleLocked(locked), [locked]);

  if (!status.data) {
    return <GatePending error={status.error} onRetry={() => void status.refetch()} />;
  }
  if (status.data.needsFirstAdministrator) return <FirstRunPage />;
  if (!session) return <LoginPage />;
  return (
    <>
      {/*
        Always the same wrapper, so locking never remounts the app and unsaved input survives; while locked it is
        hidden (not shown, not scrollable, out of the keyboard order and the accessibility tree), not just covered.
      */}
      <div className="session-content" inert={session.locked} hidden={session.locked}>
        {session.mustChangePassword ? (
          <RequiredPasswordChangePage />
        ) : (
          <SessionProvider
            session={session}
            idleLockMinutes={idleLockMinutes}
            downloadsAllowed={status.data?.downloadsAllowed ?? true}
          >
            {/* An administrator sets recovery first (first run, or the first sign-in after the upgrade), then the service. */}
            <RecoveryGate session={session}>
              <ServiceSetUpGate>{children}</ServiceSetUpGate>
            </RecoveryGate>
          </SessionProvider>
        )}
      </div>
      <LockDialog session={session} open={session.locked} />
    </>
  );
}
