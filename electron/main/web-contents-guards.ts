import { allowPermission, isAllowedExternalUrl } from './security-policy';

/**
 * The guards every web contents gets, kept free of any `electron` import so a
 * plain Node test can drive them with stand-in contents. `guards.ts` wires
 * them to Electron.
 */

interface PreventableEvent {
  preventDefault(): void;
}

/** The part of Electron's WebContents the guards use. */
export interface GuardableContents {
  // One overload per event, as Electron declares them: a single union signature would not accept a WebContents.
  /* eslint-disable @typescript-eslint/unified-signatures */
  on(event: 'will-navigate', listener: (event: PreventableEvent) => void): unknown;
  on(event: 'will-redirect', listener: (event: PreventableEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  /* eslint-enable @typescript-eslint/unified-signatures */
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/** Opens https links in the user's browser through `open`; anything else is dropped. */
export function safeExternalOpener(open: (url: string) => Promise<void>): (url: string) => void {
  return (url) => {
    if (isAllowedExternalUrl(url)) void open(url);
  };
}

/** No navigation away from the app, no redirects, no webviews and no new windows (https links go to the browser). */
export function guardWebContents(contents: GuardableContents, openInBrowser: (url: string) => void): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openInBrowser(url);
    return { action: 'deny' };
  });
}

/** For session.setPermissionRequestHandler: every request refused. */
export function answerPermissionRequest(
  _contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
): void {
  callback(allowPermission(permission));
}

/** For session.setPermissionCheckHandler: every check refused. */
export function answerPermissionCheck(_contents: unknown, permission: string): boolean {
  return allowPermission(permission);
}
