import { createHash } from 'node:crypto';

/** The SHA-256 of a document's bytes as hex: what the register records and a re-download is checked against. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
