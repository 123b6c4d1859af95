import type { ReactNode } from 'react';
import { useRead } from '../../api/hooks';
import { AuthLayout } from '../auth/auth-layout';
import { HostClosingBanner } from './host-closing-banner';
import { SeatChoicePage } from './seat-choice-page';

/**
 * Before anything else, whether this computer has chosen how it works. Only
 * the desktop app (and its browser-mode stand-in started with a seat
 * configuration) ever answers "unconfigured"; everywhere else the answer is
 * this computer's, or this service's, own data and the app opens as before.
 */
export function SeatGate({ children }: { children: ReactNode }) {
  const status = useRead('seat:status', {});
  if (!status.data) {
    return (
      <AuthLayout title={status.error ? 'Fostering Panel cannot start' : 'Fostering Panel'}>
        {status.error ? (
          <div role="alert">
            <p>{status.error.message}</p>
            <button type="button" className="button" onClick={() => void status.refetch()}>
              Try again
            </button>
          </div>
        ) : (
          <p role="status" className="loading">
            Loading…
          </p>
        )}
      </AuthLayout>
    );
  }
  if (status.data.mode === 'unconfigured') return <SeatChoicePage />;
  return (
    <>
      <HostClosingBanner />
      {children}
    </>
  );
}
