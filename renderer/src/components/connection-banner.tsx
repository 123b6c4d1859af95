import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useConnected } from '../api/connection-status';

/** The words the issue names: a seat must never believe its work is being kept when it is not. */
export const NOT_CONNECTED = 'Not connected — nothing is being saved';

/**
 * On every page, above everything: says at once when the backend (the
 * loopback server or the service host) cannot be reached. Nothing on the page
 * is cleared meanwhile: forms keep what was typed, and a save in progress is
 * sent again by the client until it is answered. When the connection is back
 * the banner clears and every read is fetched again, so nothing shown is stale.
 */
export function ConnectionBanner() {
  const connected = useConnected();
  const queryClient = useQueryClient();
  const wasConnected = useRef(connected);
  useEffect(() => {
    if (connected && !wasConnected.current) void queryClient.invalidateQueries();
    wasConnected.current = connected;
  }, [connected, queryClient]);
  // Rendered only while disconnected: an alert added to the page is announced at once, and no empty alert
  // region sits beside the forms' own error alerts.
  if (connected) return null;
  return (
    <div role="alert" className="connection-banner">
      <strong>{NOT_CONNECTED}.</strong> Keep this window open: what you have typed is kept, and it reconnects by itself.
    </div>
  );
}
