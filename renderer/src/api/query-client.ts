import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './client';

/** The key of the one read the session gate is driven by. */
export const AUTH_STATUS_KEY = ['auth:status', {}] as const;

/** Refusals that mean the session changed under the page: logged out, locked, or a new password needed. */
const SESSION_CODES = new Set(['UNAUTHENTICATED', 'LOCKED', 'PASSWORD_CHANGE_REQUIRED']);

export function isSessionProblem(error: unknown): boolean {
  return error instanceof ApiError && SESSION_CODES.has(error.error.code);
}

/**
 * One place reacts to a session problem from any call: it re-reads
 * `auth:status`, and the session gate then shows the login page, the lock
 * screen or the change-password page. Screens never handle these themselves.
 */
export function createQueryClient(): QueryClient {
  const recheckSession = (error: unknown) => {
    if (isSessionProblem(error)) void queryClient.invalidateQueries({ queryKey: AUTH_STATUS_KEY });
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      // The status read itself failing must not trigger another status read.
      onError: (error, query) => {
        if (query.queryKey[0] !== 'auth:status') recheckSession(error);
      },
    }),
    mutationCache: new MutationCache({ onError: recheckSession }),
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 5_000 } },
  });
  return queryClient;
}

/** Forget every cached read except the session's: used when the person at the window changes. */
export function forgetCachedData(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth:status' });
}
