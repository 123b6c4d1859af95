import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { useNavigate } from 'react-router';
import type { ChannelInput } from '../../../../shared/contract/channels';
import type { AuthStatus, SessionInfo } from '../../../../shared/schemas/auth';
import { call, forgetPendingWrites, type ApiError } from '../../api/client';
import { AUTH_STATUS_KEY, forgetCachedData } from '../../api/query-client';
import { clearDrafts } from '../../components/drafts';

/** The calls whose answer is the session as it now stands. */
type SessionChannel =
  | 'auth:createFirstAdministrator'
  | 'auth:login'
  | 'auth:verifyCode'
  | 'auth:unlock'
  | 'auth:changePassword'
  | 'auth:lock';

/** Who last used this window, so a different person never sees their drafts or cached screens. */
let lastUserId: string | null = null;

export function rememberUser(queryClient: QueryClient, userId: string): boolean {
  const changed = lastUserId !== null && lastUserId !== userId;
  if (changed) {
    clearDrafts();
    forgetPendingWrites();
    forgetCachedData(queryClient);
  }
  lastUserId = userId;
  return changed;
}

/** Puts the new session in the gate's read at once (no flash of the old screen), then refreshes everything. */
function applySession(queryClient: QueryClient, session: SessionInfo | null): void {
  queryClient.setQueryData<AuthStatus>(AUTH_STATUS_KEY, (status) =>
    status ? { ...status, needsFirstAdministrator: false, session } : status,
  );
  void queryClient.invalidateQueries();
}

/**
 * A call that starts, unlocks or changes the session. Its effects happen
 * here, not in per-call callbacks: the screen that made the call is replaced
 * as soon as the session changes, and its callbacks would never run.
 */
export function useSessionWrite<C extends SessionChannel>(channel: C) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation<SessionInfo, ApiError, ChannelInput<C>>({
    mutationFn: async (input) => {
      const session = (await call(channel, input)) as SessionInfo;
      // Someone else was here before: start them on the central list, not on the last person's screen.
      if (rememberUser(queryClient, session.userId)) void navigate('/members');
      setLoginNotice(null);
      applySession(queryClient, session);
      return session;
    },
  });
}

/** Ends the session here and in the backend; the gate then shows the login page. */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation<unknown, ApiError>({
    mutationFn: () => call('auth:logout', {}),
    onSettled: () => applySession(queryClient, null),
  });
}

/**
 * A message for the login page: after a restore everyone logs in again and
 * should know why. A tiny store, because the login page may already be
 * showing (the backend ends sessions before its answer arrives) when it is set.
 */
let loginNotice: string | null = null;
const noticeListeners = new Set<() => void>();

export function setLoginNotice(message: string | null): void {
  loginNotice = message;
  for (const listener of noticeListeners) listener();
}

export function useLoginNotice(): string | null {
  return useSyncExternalStore(
    (listener) => {
      noticeListeners.add(listener);
      return () => noticeListeners.delete(listener);
    },
    () => loginNotice,
  );
}
