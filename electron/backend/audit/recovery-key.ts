import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { parseRecoveryKey } from '../../../shared/domain/auth/recovery-key';
import { writeFileAtomically } from './key-store';

/**
 * The database key wrapped under the administrator's recovery passphrase, in
 * a file beside the database: if the operating system's key store is lost
 * (a new profile, a reinstalled machine), the passphrase gets the key back
 * (`npm run recover-key`, README). The passphrase is stretched with scrypt
 * and the key sealed with AES-256-GCM, so a wrong passphrase or an altered
 * file is refused rather than yielding a wrong key.
 */
export const RECOVERY_FILE = 'database-key.recovery.json';

const ASSOCIATED = Buffer.from('fostering-panel database key recovery, format 1', 'utf8');
export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}
const COST: ScryptCost = { N: 2 ** 17, r: 8, p: 1 };
// scrypt needs 128 × N × r bytes; Node's default ceiling (32 MiB) is below that.
const MAX_MEMORY = 256 * 1024 * 1024;

const RecoveryFileContent = z.object({
  format: z.literal(1),
  kdf: z.literal('scrypt'),
  N: z.number().int().positive(),
  r: z.number().int().positive(),
  p: z.number().int().positive(),
  salt: z.string().regex(/^[0-9a-f]{32}$/),
  iv: z.string().regex(/^[0-9a-f]{24}$/),
  tag: z.string().regex(/^[0-9a-f]{32}$/),
  wrapped: z.string().regex(/^[0-9a-f]{64}$/),
  setAt: z.string(),
  /** A passphrase the administrator chose, or a printed recovery key (absent in files written before there was a choice). */
  secret: z.enum(['passphrase', 'printed-key']).default('passphrase'),
});
export type RecoveryFileContent = z.infer<typeof RecoveryFileContent>;

export class WrongRecoveryPassphraseError extends Error {
  constructor(message = 'The recovery passphrase is not the one that was set, or the recovery file has been altered.') {
    super(message);
    this.name = 'WrongRecoveryPassphraseError';
  }
}

export function recoveryFileBeside(databaseFile: string): string {
  return path.join(path.dirname(databaseFile), RECOVERY_FILE);
}

/**
 * The wrapping secret for what was typed: a printed key is read into its
 * printed form first (any case, hyphens or not), so it opens the file however
 * it is typed back; a passphrase is used as it is.
 */
export function recoverySecret(content: Pick<RecoveryFileContent, 'secret'>, typed: string): string {
  if (content.secret === 'passphrase') return typed;
  const parsed = parseRecoveryKey(typed);
  if (!parsed.ok) throw new WrongRecoveryPassphraseError(`${parsed.message}.`);
  return parsed.key;
}

/** `cost` is lowered only by tests that need a recovery file quickly; the app always uses the default. */
export async function wrapDatabaseKey(
  key: Buffer,
  passphrase: string,
  at: Date,
  secret: RecoveryFileContent['secret'] = 'passphrase',
  cost: ScryptCost = COST,
): Promise<RecoveryFileContent> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', await stretch(passphrase, salt, cost), iv);
  cipher.setAAD(ASSOCIATED);
  const wrapped = Buffer.concat([cipher.update(key), cipher.final()]);
  return {
    format: 1,
    kdf: 'scrypt',
    N: cost.N,
    r: cost.r,
    p: cost.p,
    salt: salt.toString('hex'),
    iv: iv.toString('hex'),
    tag: cipher.getAuthTag().toString('hex'),
    wrapped: wrapped.toString('hex'),
    setAt: at.toISOString(),
    secret,
  };
}

export async function unwrapDatabaseKey(content: RecoveryFileContent, passphrase: string): Promise<Buffer> {
  const stretched = await stretch(passphrase, Buffer.from(content.salt, 'hex'), content);
  const decipher = createDecipheriv('aes-256-gcm', stretched, Buffer.from(content.iv, 'hex'));
  decipher.setAAD(ASSOCIATED);
  decipher.setAuthTag(Buffer.from(content.tag, 'hex'));
  try {
    return Buffer.concat([decipher.update(Buffer.from(content.wrapped, 'hex')), decipher.final()]);
  } catch {
    throw new WrongRecoveryPassphraseError(
      content.secret === 'printed-key'
        ? 'The recovery key is not the one that was printed, or the recovery file has been altered.'
        : undefined,
    );
  }
}

export function writeRecoveryFile(file: string, content: RecoveryFileContent): void {
  writeFileAtomically(file, `${JSON.stringify(content, null, 2)}\n`, 0o600);
}

/** Null when there is none; an unreadable file is reported, never taken for "not set". */
export function readRecoveryFile(file: string): RecoveryFileContent | null {
  if (!existsSync(file)) return null;
  const parsed = RecoveryFileContent.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`The recovery file ${file} is damaged: set the recovery passphrase again.`);
  return parsed.data;
}

function stretch(passphrase: string, salt: Buffer, cost: { N: number; r: number; p: number }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(Buffer.from(passphrase.normalize('NFC'), 'utf8'), salt, 32, { ...cost, maxmem: MAX_MEMORY }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}
