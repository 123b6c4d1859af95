import { readSettings } from '../../db/repositories/settings-repository';
import type { Backend } from '../compose';
import type { Seat } from './seat-sessions';

export const BROWSER_DOWNLOADS_OFF =
  'The administrator has switched off downloads to web browsers, so nothing was made or saved. Use the desktop app, or ask the administrator.';

/**
 * Why this seat may not have files, or null if it may: with "Browser seats
 * may download documents" off, a browser seat gets none (neither made for it
 * nor handed over); the host itself and desktop seats always may.
 */
export function downloadRefusal(backend: Backend, seat: Seat): string | null {
  if (seat.desktop) return null;
  return readSettings(backend.store.db).browserSeatDownloads ? null : BROWSER_DOWNLOADS_OFF;
}
