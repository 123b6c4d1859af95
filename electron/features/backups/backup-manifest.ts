import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { z } from 'zod';

/**
 * What a backup was when it was made, signed with a MAC under the service's
 * key: restore takes only a file whose bytes still match a manifest this
 * service signed. The key itself never leaves the key store.
 */
export const BackupManifest = z
  .object({
    format: z.literal(1),
    fileName: z.string(),
    sizeBytes: z.number().int().nonnegative(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    createdAt: z.string(),
    reason: z.string(),
    appVersion: z.string(),
    schemaVersion: z.number().int().nonnegative(),
    /** The newest audit row in the backup: its end is checked against this, as the live chain's is against the anchor. */
    lastAuditSeq: z.number().int().nonnegative().nullable(),
    lastAuditHmac: z.string().nullable(),
  })
  .strict();
export type BackupManifest = z.infer<typeof BackupManifest>;

/** A key of its own for manifests, derived from the audit key, so one MAC can never stand in for the other. */
function manifestKey(key: Buffer): Buffer {
  return createHmac('sha256', key).update('fostering-panel backup manifest 1').digest();
}

function canonical(manifest: BackupManifest): string {
  return JSON.stringify(Object.keys(BackupManifest.shape).map((field) => manifest[field as keyof BackupManifest]));
}

export function signManifest(key: Buffer, manifest: BackupManifest): string {
  return createHmac('sha256', manifestKey(key)).update(canonical(manifest)).digest('hex');
}

/** SHA-256 of a file read in pieces, so a large backup is never held in memory whole. */
export function fileSha256(file: string): string {
  const hash = createHash('sha256');
  const buffer = Buffer.alloc(1 << 20);
  const fd = openSync(file, 'r');
  try {
    for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) hash.update(buffer.subarray(0, read));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

/**
 * Why `file` (the copy about to be restored, named `name` in the backup
 * folder) cannot be trusted, or null when its signed manifest vouches for it.
 */
export function manifestProblem(
  key: Buffer,
  name: string,
  file: string,
  sidecar: { manifest?: unknown; mac?: unknown } | null,
): string | null {
  if (sidecar?.manifest === undefined || sidecar.manifest === null) {
    return 'It has no manifest, so nothing shows it is a backup this service made and checked.';
  }
  const parsed = BackupManifest.safeParse(sidecar.manifest);
  if (!parsed.success) return 'Its manifest is not in the form the app writes.';
  if (typeof sidecar.mac !== 'string' || sidecar.mac.length === 0) {
    return 'Its manifest is not signed, so nothing shows this service made it.';
  }
  const expected = Buffer.from(signManifest(key, parsed.data), 'hex');
  const given = Buffer.from(sidecar.mac, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return (
      "Its manifest's signature does not match: the manifest was changed, or the backup was made with another " +
      "installation's key (restoring needs the key store of the computer that made it)."
    );
  }
  const manifest = parsed.data;
  if (manifest.fileName !== name) return `Its manifest belongs to another backup file (${manifest.fileName}).`;
  if (statSync(file).size !== manifest.sizeBytes || fileSha256(file) !== manifest.sha256) {
    return 'The file does not match its manifest: its contents were changed after the backup was made.';
  }
  return null;
}
