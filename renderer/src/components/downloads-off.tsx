import { useSession } from '../features/auth/session-context';

/** Whether this window may have files (false for a browser seat when the administrator switched downloads off). */
export function useDownloadsAllowed(): boolean {
  return useSession().downloadsAllowed;
}

/**
 * Shown instead of a download button in a browser seat when the
 * administrator has switched off downloads to web browsers: the host would
 * refuse the file, so the button is not offered, and this says why.
 */
export function DownloadsOff({ what }: { what: string }) {
  return (
    <p className="hint downloads-off">
      {what}: not available in a web browser. The administrator has switched off downloads to web browsers; use the
      desktop app, or ask the administrator.
    </p>
  );
}
