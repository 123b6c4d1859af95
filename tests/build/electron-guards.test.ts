import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../electron/backend/csp';
import { appProtocolResponse } from '../../electron/main/app-responses';
import {
  answerPermissionCheck,
  answerPermissionRequest,
  guardWebContents,
  safeExternalOpener,
  type GuardableContents,
} from '../../electron/main/web-contents-guards';

type Listener = (event: { preventDefault(): void }) => void;

/** A stand-in web contents that records what the guards attach, so the test can fire the events. */
function guardedContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents: GuardableContents = {
    on: (event: string, listener: Listener) => listeners.set(event, listener),
    setWindowOpenHandler: (handler) => {
      openHandler = handler;
    },
  };
  const opened: string[] = [];
  guardWebContents(contents, (url) => opened.push(url));
  const prevented = (event: string) => {
    let called = false;
    const listener = listeners.get(event);
    if (!listener) throw new Error(`No guard on ${event}`);
    listener({ preventDefault: () => (called = true) });
    return called;
  };
  const openWindow = (url: string) => {
    if (!openHandler) throw new Error('No window open handler');
    return openHandler({ url });
  };
  return { prevented, openWindow, opened };
}

describe('the guards on every web contents', () => {
  it('stop navigation, redirects and webviews', () => {
    const { prevented } = guardedContents();
    expect(prevented('will-navigate')).toBe(true);
    expect(prevented('will-redirect')).toBe(true);
    expect(prevented('will-attach-webview')).toBe(true);
  });

  it('deny every new window, handing the link to the external opener', () => {
    const { openWindow, opened } = guardedContents();
    for (const url of ['https://www.gov.uk/', 'app://panel/index.html', 'javascript:alert(1)', 'about:blank']) {
      expect(openWindow(url)).toEqual({ action: 'deny' });
    }
    expect(opened).toEqual(['https://www.gov.uk/', 'app://panel/index.html', 'javascript:alert(1)', 'about:blank']);
  });

  it('open only https links in the browser', async () => {
    const opened: string[] = [];
    const open = safeExternalOpener((url) => {
      opened.push(url);
      return Promise.resolve();
    });
    for (const url of ['https://www.gov.uk/', 'file:///etc/passwd', 'http://example.org/', 'smb://server/share']) {
      open(url);
    }
    await Promise.resolve();
    expect(opened).toEqual(['https://www.gov.uk/']);
  });

  it('refuse every permission request and check', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'hid']) {
      let granted: boolean | null = null;
      answerPermissionRequest(null, permission, (answer) => (granted = answer));
      expect(granted, permission).toBe(false);
      expect(answerPermissionCheck(null, permission), permission).toBe(false);
    }
  });
});

describe('the app:// protocol', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'panel-app-protocol-'));
  mkdirSync(path.join(root, 'assets'));
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Fostering Panel</title>');
  writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1);');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it.each([
    ['app://panel/index.html', 200, 'text/html; charset=utf-8'],
    ['app://panel/assets/app.js', 200, 'text/javascript; charset=utf-8'],
    ['app://panel/members/42', 200, 'text/html; charset=utf-8'],
    ['app://panel/assets/missing.js', 404, 'text/plain; charset=utf-8'],
    ['app://panel/..%2F..%2Fetc%2Fpasswd', 404, 'text/plain; charset=utf-8'],
    ['app://panel/%E0%A4%A', 404, 'text/plain; charset=utf-8'],
    ['app://elsewhere/index.html', 404, 'text/plain; charset=utf-8'],
  ])('answers %s with %i and the CSP as a header', async (url, status, contentType) => {
    const response = await appProtocolResponse(root, url);
    expect(response.status).toBe(status);
    expect(response.headers.get('Content-Type')).toBe(contentType);
    for (const [header, value] of Object.entries(SECURITY_HEADERS)) {
      expect(response.headers.get(header), header).toBe(value);
    }
  });
});
