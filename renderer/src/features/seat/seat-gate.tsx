import type { ReactNode } from 'react';
import { useRead } from '../../api/hooks';
import { GatePending } from '../auth/gate-pending';
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
    return <GatePending error={status.error} onRetry={() => void status.refetch()} />;
  }
  if (status.data.mode === 'unconfigured') return <SeatChoicePage />;
  return (
    <>
      <HostClosingBanner />
      {children}
    </>
  );
}
