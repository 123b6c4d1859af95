import { existsSync, readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { openEncrypted } from '../../db/cipher';
import { ensureOwnerOnlyFolder } from '../../db/owner-only';
import { writeFileAtomically } from '../backend/audit/key-store';
import { readRecoveryFile, recoveryFileBeside, recoverySecret, unwrapDatabaseKey } from '../backend/audit/recovery-key';
import { keysFolderFor } from '../compose';

/**
 * `npm run recover-key -- --db <panel.sqlite> [--keys <folder>] [--print]`:
 * when the key store is lost, unwraps the database key from the recovery file
 * beside the database with the recovery passphrase or the printed recovery key
 * (one line on standard input, or PANEL_RECOVERY_PASSPHRASE / PANEL_RECOVERY_KEY), checks that it opens the database, and
 * writes it as `database.key` in the key folder (the desktop app moves it into
 * the operating system's store at its next start), or prints it for
 * PANEL_DATABASE_KEY. Nothing is changed if any step fails.
 */
const { values } = parseArgs({
  options: { db: { type: 'string' }, keys: { type: 'string' }, print: { type: 'boolean', default: false } },
});
if (!values.db) fail('Usage: npm run recover-key -- --db <path to panel.sqlite> [--keys <key folder>] [--print]');
const file = path.resolve(values.db);
// The key folder the app uses (`--keys`, PANEL_KEYS_DIR, else beside the data folder), never inside the data folder.
const keysFolder = keysFolderFor(file, values.keys);

try {
  const content = readRecoveryFile(recoveryFileBeside(file));
  if (!content) fail(`There is no recovery file beside the database (${recoveryFileBeside(file)}).`);
  const printed = content.secret === 'printed-key';
  const typed =
    (printed ? process.env.PANEL_RECOVERY_KEY : undefined) ??
    process.env.PANEL_RECOVERY_PASSPHRASE ??
    (await oneLine(printed ? 'Recovery key (as printed; hyphens optional): ' : 'Recovery passphrase: '));
  const key = await unwrapDatabaseKey(content, recoverySecret(content, typed));
  openEncrypted(file, key, { readonly: true, fileMustExist: true }).close();
  if (values.print) {
    console.log(`PANEL_DATABASE_KEY=${key.toString('hex')}`);
  } else {
    ensureOwnerOnlyFolder(keysFolder);
    const target = path.join(keysFolder, 'database.key');
    // A key file that no longer opens the database is kept aside, never overwritten.
    if (existsSync(target) && readFileSync(target, 'utf8').trim() !== key.toString('hex')) {
      renameSync(target, `${target}.replaced-${Date.now()}`);
    }
    writeFileAtomically(target, key.toString('hex'));
    console.log(`The database key is recovered into ${target}. Start the app as usual.`);
  }
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

function oneLine(prompt: string): Promise<string> {
  const lines = createInterface({ input: process.stdin, output: process.stderr, terminal: false });
  process.stderr.write(prompt);
  return new Promise((resolve) => {
    lines.once('line', (line) => {
      lines.close();
      resolve(line);
    });
  });
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
