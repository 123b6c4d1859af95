import { app, session, shell } from 'electron';
import { allowPermission, isAllowedExternalUrl } from './security-policy';

/** Opens https links in the user's browser; anything else is dropped. */
export function openExternalSafely(url: string): void {
  if (isAllowedExternalUrl(url)) void shell.openExternal(url);
}

/**
 * Applied to every web contents the app ever creates: no navigation away from
 * the app, no new windows (https links go to the browser), no webviews, and
 * every permission request refused.
 */
export function installGlobalGuards(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      openExternalSafely(url);
      return { action: 'deny' };
    });
  });
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(allowPermission(permission)),
  );
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => allowPermission(permission));
}
