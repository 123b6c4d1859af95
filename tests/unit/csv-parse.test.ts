import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../electron/features/import/csv-parse';

describe('the import’s CSV parser', () => {
  it('reads quoted commas, doubled quotes, line breaks in a value and every line ending', () => {
    expect(parseCsv('\uFEFFa,b,c\r\n"x, y","say ""hi""","line\nbreak"\n1,,3\r4,5,6')).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'line\nbreak'],
      ['1', '', '3'],
      ['4', '5', '6'],
    ]);
  });

  it('keeps every value as text (a formula stays the characters typed) and drops blank lines', () => {
    expect(parseCsv('=1+1,+44 1234,@SUM(A1)\n\n,,\n')).toEqual([['=1+1', '+44 1234', '@SUM(A1)']]);
  });

  it('refuses a quoted value never closed, rather than swallowing the rest of the file', () => {
    expect(() => parseCsv('a,"b\nc,d')).toThrow('A quoted value is not closed');
  });
});
