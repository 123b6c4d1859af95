import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CONTENT_TYPES } from './csp';

export interface StaticFile {
  body: Buffer;
  contentType: string;
}

/**
 * Resolves a URL path inside the built renderer folder. Anything that would
 * step outside it, or that does not exist, is null; unknown paths fall back to
 * index.html so the page's own router can show them.
 */
export async function readStaticFile(root: string, urlPath: string): Promise<StaticFile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const resolvedRoot = path.resolve(root);
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const target = path.resolve(resolvedRoot, relative);
  if (target !== resolvedRoot && !target.startsWith(resolvedRoot + path.sep)) return null;
  const file =
    (await tryRead(target)) ??
    (path.extname(target) === '' ? await tryRead(path.join(resolvedRoot, 'index.html')) : null);
  if (!file) return null;
  const ext = file.path === target ? path.extname(target) : '.html';
  return { body: file.body, contentType: CONTENT_TYPES[ext] ?? 'application/octet-stream' };
}

async function tryRead(file: string): Promise<{ path: string; body: Buffer } | null> {
  try {
    return { path: file, body: await readFile(file) };
  } catch {
    return null;
  }
}
