import { describe, expect, it } from 'vitest';
import { safeText } from '../../shared/documents/safe-text';

describe('text for documents', () => {
  it('removes characters XML forbids and keeps everything else literally', () => {
    expect(safeText('A\u0000B\u0007C\u000BD\uFFFEE')).toBe('ABCDE');
    expect(safeText('<w:fldSimple w:instr="HYPERLINK"/> & "quotes"')).toBe(
      '<w:fldSimple w:instr="HYPERLINK"/> & "quotes"',
    );
    expect(safeText('مرحبا 👋 tab\tnew\nline')).toBe('مرحبا 👋 tab\tnew\nline');
  });

  it('drops an unpaired surrogate but keeps emoji', () => {
    expect(safeText('bad\uD800end 😀')).toBe('badend 😀');
    expect(safeText(null)).toBe('');
  });
});
