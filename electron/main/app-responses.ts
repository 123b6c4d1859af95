import { SECURITY_HEADERS } from '../backend/csp';
import { readStaticFile } from '../backend/static-files';

/** The host the renderer is served from: app://panel/. */
export const APP_HOST = 'panel';

/**
 * The app:// protocol's answer to one request, kept free of any `electron`
 * import so a plain Node test can check it. Every response, a refusal as much
 * as a page, carries the CSP and the other security headers.
 */
export async function appProtocolResponse(rendererRoot: string, requestUrl: string): Promise<Response> {
  const notFound = () =>
    new Response('Not found', {
      status: 404,
      headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
    });
  const url = new URL(requestUrl);
  if (url.host !== APP_HOST) return notFound();
  const file = await readStaticFile(rendererRoot, url.pathname);
  if (!file) return notFound();
  return new Response(new Uint8Array(file.body), {
    status: 200,
    headers: { ...SECURITY_HEADERS, 'Content-Type': file.contentType },
  });
}
