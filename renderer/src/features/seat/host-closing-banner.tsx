import { useEffect, useState } from 'react';
import { onBackendEvent } from '../../api/client';

/**
 * The desktop host says it is closing (its administrator stopped sharing or
 * quit the app): every seat's window says so at once, above whatever it shows,
 * so nobody types on into a form that can no longer be saved.
 */
export function HostClosingBanner() {
  const [message, setMessage] = useState<string | null>(null);
  useEffect(
    () =>
      onBackendEvent('host:closing', (payload) => {
        const text = (payload as { message?: unknown } | null)?.message;
        setMessage(typeof text === 'string' ? text : 'The computer sharing the service is closing.');
      }),
    [],
  );
  // Added only when it has something to say (an alert is announced as it appears), so pages keep their one alert.
  if (!message) return null;
  return (
    <div role="alert" className="host-closing">
      <strong>The service is closing.</strong> {message}
    </div>
  );
}
