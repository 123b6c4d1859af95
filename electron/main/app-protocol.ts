import { protocol } from 'electron';
import { appProtocolResponse } from './app-responses';

export const APP_SCHEME = 'app';

/** Must run before `app.ready`: app:// behaves like a secure, standard origin. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer from app://panel/ with the CSP as a response header. */
export function serveRenderer(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, (request) => appProtocolResponse(rendererRoot, request.url));
}
