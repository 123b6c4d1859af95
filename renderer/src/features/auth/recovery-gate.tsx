import type { ReactNode } from 'react';
import type { SessionInfo } from '../../../../shared/schemas/auth';
import { useRead } from '../../api/hooks';
import { RecoverySetupPage } from '../backups/recovery-setup-page';
import { GatePending } from './gate-pending';

/**
 * An administrator on an installation with no recovery passphrase or key
 * (first run, or the first sign-in after the upgrade) sets one before the app
 * opens; every other role goes straight on and sees nothing of it. Its own
 * gate, so the session gate can chain it before the service's set-up.
 */
export function RecoveryGate({ session, children }: { session: SessionInfo; children: ReactNode }) {
  const administrator = session.roles.includes('administrator');
  const status = useRead('backups:recovery', {}, { enabled: administrator });
  if (!administrator) return children;
  if (status.data?.set) return children;
  if (status.data) return <RecoverySetupPage />;
  return <GatePending error={status.error} onRetry={() => void status.refetch()} failedTitle="Fostering Panel" />;
}
