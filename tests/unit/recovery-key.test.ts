import { describe, expect, it } from 'vitest';
import {
  parseRecoveryKey,
  RECOVERY_KEY_BYTES,
  recoveryKeyFromBytes,
  recoveryKeyGroups,
} from '../../shared/domain/auth/recovery-key';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const bytes = (seed: number) =>
  Uint8Array.from({ length: RECOVERY_KEY_BYTES }, (_, index) => (seed * 31 + index * 97) % 256);

describe('the printed recovery key', () => {
  it('writes 160 bits as nine groups of four, the last a check, and reads its own print back', () => {
    const key = recoveryKeyFromBytes(bytes(1));
    expect(recoveryKeyGroups(key)).toHaveLength(9);
    expect(recoveryKeyGroups(key).every((group) => /^[0-9A-HJKMNP-TV-Z]{4}$/.test(group))).toBe(true);
    expect(parseRecoveryKey(key)).toEqual({ ok: true, key });
    expect(recoveryKeyFromBytes(bytes(2))).not.toBe(key);
    // Bits are read in order, five to a character: no byte is dropped or doubled.
    expect(recoveryKeyFromBytes(new Uint8Array(RECOVERY_KEY_BYTES))).toMatch(/^(0000-){8}[0-9A-Z]{4}$/);
    expect(recoveryKeyFromBytes(Uint8Array.from({ length: RECOVERY_KEY_BYTES }, () => 255))).toMatch(/^(ZZZZ-){8}/);
  });

  it('reads a key typed in any case, with or without hyphens, with O for 0 and I or L for 1', () => {
    const key = recoveryKeyFromBytes(bytes(3));
    const typed = key.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    expect(parseRecoveryKey(typed)).toEqual({ ok: true, key });
    expect(parseRecoveryKey(key.replace(/-/g, ''))).toEqual({ ok: true, key });
  });

  it('catches every single mistyped character and a key of the wrong length', () => {
    const key = recoveryKeyFromBytes(bytes(4));
    const plain = key.replace(/-/g, '');
    for (let position = 0; position < plain.length; position += 1) {
      for (const replacement of ALPHABET) {
        if (replacement === plain[position]) continue;
        const typed = `${plain.slice(0, position)}${replacement}${plain.slice(position + 1)}`;
        expect(parseRecoveryKey(typed)).toMatchObject({ ok: false, message: expect.stringContaining('mistake') });
      }
    }
    expect(parseRecoveryKey(plain.slice(1))).toMatchObject({ ok: false, message: expect.stringContaining('36') });
    expect(parseRecoveryKey(`${plain.slice(1)}U`)).toMatchObject({ ok: false });
  });
});
