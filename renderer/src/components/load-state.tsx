import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { ApiError } from '../api/client';

/** Loading and failure states for a screen's main read, announced to screen readers. */
export function LoadState<T>({
  query,
  what,
  children,
}: {
  query: UseQueryResult<T, ApiError>;
  what: string;
  children: (data: T) => ReactNode;
}) {
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.error) {
    return (
      <div className="error-summary" role="alert">
        <h1>Could not show {what}</h1>
        <p>{query.error.message}</p>
      </div>
    );
  }
  return (
    <p role="status" className="loading">
      Loading {what}…
    </p>
  );
}
