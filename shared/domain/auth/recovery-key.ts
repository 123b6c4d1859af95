/**
 * The printed recovery key: 160 random bits written as 32 characters of
 * Crockford's base32 (no I, L, O or U, so nothing reads as another letter)
 * and a check group, in nine groups of four. The formatted key, exactly as
 * printed, is the secret the database key is wrapped under; anything typed
 * back (lower case, without hyphens, O for 0, I or L for 1) is read into that
 * form first, and the check group catches a mistyped character before the
 * slow unwrapping is tried.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RECOVERY_KEY_BYTES = 20;
const KEY_SYMBOLS = 32;
const CHECK_SYMBOLS = 4;
const GROUP = 4;
// A prime just under 32^4: every single changed character changes the check.
const CHECK_MODULUS = 1_048_573;

function checkSymbols(symbols: readonly number[]): number[] {
  let hash = 0;
  for (const value of symbols) hash = (hash * 37 + value + 1) % CHECK_MODULUS;
  const out: number[] = [];
  for (let index = 0; index < CHECK_SYMBOLS; index += 1) {
    out.unshift(hash % 32);
    hash = Math.floor(hash / 32);
  }
  return out;
}

function format(symbols: readonly number[]): string {
  const text = symbols.map((value) => ALPHABET.charAt(value)).join('');
  return (text.match(new RegExp(`.{1,${GROUP}}`, 'g')) ?? []).join('-');
}

/** The key for these random bytes, formatted for printing: `XXXX-XXXX-…` (nine groups). */
export function recoveryKeyFromBytes(bytes: Uint8Array): string {
  if (bytes.length !== RECOVERY_KEY_BYTES) throw new Error(`A recovery key takes ${RECOVERY_KEY_BYTES} random bytes`);
  const symbols: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      symbols.push((buffer >> bits) & 31);
    }
    buffer &= (1 << bits) - 1;
  }
  return format([...symbols, ...checkSymbols(symbols)]);
}

/** The groups of a formatted key, for showing each on its own. */
export function recoveryKeyGroups(key: string): string[] {
  return key.split('-');
}

export type ParsedRecoveryKey = { ok: true; key: string } | { ok: false; message: string };

/** Reads a key as typed into its printed form, or says what is wrong with it. */
export function parseRecoveryKey(typed: string): ParsedRecoveryKey {
  const cleaned = typed
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  // indexOf of a one-character string: anything outside the alphabet, however exotic, is -1.
  const symbols = Array.from({ length: cleaned.length }, (_, index) => ALPHABET.indexOf(cleaned.charAt(index)));
  if (symbols.length !== KEY_SYMBOLS + CHECK_SYMBOLS || symbols.some((value) => value < 0)) {
    return {
      ok: false,
      message: 'A recovery key is 36 letters and digits in nine groups of four, as printed',
    };
  }
  const key = symbols.slice(0, KEY_SYMBOLS);
  const expected = checkSymbols(key);
  if (expected.some((value, index) => value !== symbols[KEY_SYMBOLS + index])) {
    return { ok: false, message: 'This recovery key has a mistake in it: check each group against the printed key' };
  }
  return { ok: true, key: format(symbols) };
}
