import { useEffect } from 'react';

const APP = 'Fostering Panel';
/** The title the screen on show asked for, kept while the window is locked so unlocking brings it back. */
let requested = APP;
let locked = false;

function show(): void {
  document.title = locked ? `Locked – ${APP}` : requested;
}

/** Each screen names itself in the window title, which screen readers announce. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    requested = `${title} – ${APP}`;
    show();
  }, [title]);
}

/**
 * A locked window's title names no household or person: the taskbar, the
 * window switcher and screen readers show it while the records are hidden.
 */
export function setTitleLocked(isLocked: boolean): void {
  locked = isLocked;
  show();
}
