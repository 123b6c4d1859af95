/**
 * Browser mode's credentials. The printed address carries the launch key once
 * (`?key=`); the page keeps it in `sessionStorage`, which belongs to this
 * origin and port alone and survives a reload, and takes it out of the address
 * bar. It is never a cookie: cookies ignore ports, so every other server on
 * 127.0.0.1 would be sent it. The client id is this window's own random name:
 * the backend keeps one session per client, so another client holding the key
 * must log in itself.
 */
const KEY_ITEM = 'panel.launchKey';
const CLIENT_ITEM = 'panel.clientId';

/** Moves a key offered in the address into this tab's storage. Call once, before the first request. */
export function captureLaunchKey(): void {
  const url = new URL(window.location.href);
  const offered = url.searchParams.get('key');
  if (offered === null) return;
  window.sessionStorage.setItem(KEY_ITEM, offered);
  url.searchParams.delete('key');
  window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
}

/** The headers every API call carries. */
export function launchHeaders(): Record<string, string> {
  let client = window.sessionStorage.getItem(CLIENT_ITEM);
  if (client === null) {
    const bytes = crypto.getRandomValues(new Uint8Array(32));
    client = btoa(String.fromCharCode(...bytes))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
    window.sessionStorage.setItem(CLIENT_ITEM, client);
  }
  return { 'X-Panel-Token': window.sessionStorage.getItem(KEY_ITEM) ?? '', 'X-Panel-Client': client };
}
