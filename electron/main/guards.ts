import { app, session, shell } from 'electron';
import {
  answerPermissionCheck,
  answerPermissionRequest,
  guardWebContents,
  safeExternalOpener,
} from './web-contents-guards';

/** The app's one way out to the user's browser: https links only. */
export const openExternalSafely = safeExternalOpener((url) => shell.openExternal(url));

/**
 * Applied to every web contents the app ever creates: no navigation away from
 * the app, no new windows (https links go to the browser), no webviews, and
 * every permission request refused.
 */
export function installGlobalGuards(): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, openExternalSafely));
  session.defaultSession.setPermissionRequestHandler(answerPermissionRequest);
  session.defaultSession.setPermissionCheckHandler(answerPermissionCheck);
}
