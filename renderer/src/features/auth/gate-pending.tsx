import { AuthLayout } from './auth-layout';

/**
 * What a gate shows while the read it waits on is loading, or why it failed
 * with a way to try again: the seat, session and recovery gates all wait so.
 */
export function GatePending({
  error,
  onRetry,
  failedTitle = 'Fostering Panel cannot start',
}: {
  error: { message: string } | null;
  onRetry: () => void;
  failedTitle?: string;
}) {
  return (
    <AuthLayout title={error ? failedTitle : 'Fostering Panel'}>
      {error ? (
        <div role="alert">
          <p>{error.message}</p>
          <button type="button" className="button" onClick={onRetry}>
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
