import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { call } from '../../api/client';
import { AUTH_STATUS_KEY, isSessionProblem } from '../../api/query-client';
import { useSessionWrite } from './session-actions';

/** How often, at most, the backend hears that someone is still at the keyboard. */
export const ACTIVITY_INTERVAL_MS = 30_000;
const INPUT_EVENTS = ['keydown', 'pointerdown', 'wheel'] as const;

/**
 * Locks the window after `idleMinutes` (the backend's setting) without a key
 * press, click or scroll. While the user is active the backend is told, at
 * most every 30 seconds, so its own idle check agrees: typing into a form
 * calls nothing else.
 */
export function useIdleLock(idleMinutes: number, enabled: boolean): void {
  const queryClient = useQueryClient();
  const { mutate: lock } = useSessionWrite('auth:lock');

  useEffect(() => {
    if (!enabled) return undefined;
    const idleMs = idleMinutes * 60_000;
    let lastInput = Date.now();
    // The login or unlock that started this period already counted as activity.
    let lastReported = Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;

    const recheck = () => void queryClient.invalidateQueries({ queryKey: AUTH_STATUS_KEY });
    const report = () => {
      lastReported = Date.now();
      void call('auth:activity', {}).then(
        (answer) => {
          // The backend may have locked on its own: its clock is the one that counts.
          if (answer.locked) recheck();
        },
        (error: unknown) => {
          if (isSessionProblem(error)) recheck();
        },
      );
    };
    const onInput = () => {
      lastInput = Date.now();
      if (lastInput - lastReported >= ACTIVITY_INTERVAL_MS) report();
    };
    const check = () => {
      const remaining = lastInput + idleMs - Date.now();
      if (remaining > 0) timer = setTimeout(check, remaining);
      else lock({});
    };

    timer = setTimeout(check, idleMs);
    for (const name of INPUT_EVENTS) window.addEventListener(name, onInput, { capture: true, passive: true });
    return () => {
      clearTimeout(timer);
      for (const name of INPUT_EVENTS) window.removeEventListener(name, onInput, { capture: true });
    };
  }, [idleMinutes, enabled, queryClient, lock]);
}
