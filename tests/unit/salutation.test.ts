import { describe, expect, it } from 'vitest';
import { addresseeNames, addressLines, salutation } from '../../shared/documents/letters/addressee';

const who = (
  applicantNames: string[],
  applicantTitles: (string | null)[] = [],
  formOfAddress: string | null = null,
) => ({ applicantNames, applicantTitles, formOfAddress, address: null });

describe('how letters greet a household', () => {
  it('uses the title and surname: one applicant, a couple sharing a surname, and two surnames', () => {
    expect(salutation(who(['Sam Rahman'], ['Mr']))).toBe('Dear Mr Rahman,');
    expect(salutation(who(['Sam Rahman', 'Alex Rahman'], ['Mr', 'Mrs']))).toBe('Dear Mr and Mrs Rahman,');
    expect(salutation(who(['Sam Rahman', 'Alex rahman'], ['Dr', 'Mx']))).toBe('Dear Dr and Mx rahman,');
    expect(salutation(who(['Sam Rahman', 'Alex Jones'], ['Mr', 'Ms']))).toBe('Dear Mr Rahman and Ms Jones,');
    expect(salutation(who(['Sam Ali-Rahman'], ['Revd']))).toBe('Dear Revd Ali-Rahman,');
  });

  it('falls back to the full name of anyone without a title, never a bare surname', () => {
    expect(salutation(who(['Sam Rahman']))).toBe('Dear Sam Rahman,');
    expect(salutation(who(['Sam Rahman', 'Alex Rahman']))).toBe('Dear Sam Rahman and Alex Rahman,');
    expect(salutation(who(['Sam Rahman', 'Alex Rahman'], ['Mr', null]))).toBe('Dear Mr Rahman and Alex Rahman,');
    expect(salutation(who(['Sam Rahman'], ['  ']))).toBe('Dear Sam Rahman,');
  });

  it('uses the household’s own form of address, forgiving a "Dear" or comma typed with it', () => {
    expect(salutation(who(['Sam Rahman', 'Alex Jones'], ['Mr', 'Ms'], 'Sam and Alex'))).toBe('Dear Sam and Alex,');
    expect(salutation(who(['Sam Rahman'], [], 'dear Sam,'))).toBe('Dear Sam,');
  });

  it('puts the title before each name on the envelope', () => {
    expect(addresseeNames(who(['Sam Rahman', 'Alex Jones'], ['Mr', null]))).toEqual(['Mr Sam Rahman', 'Alex Jones']);
  });
});

describe('the address block', () => {
  it('prints each line typed on its own line, the postcode alone on the last', () => {
    expect(addressLines('12 Elm Road\nMarket Town\nMT2 3BB')).toEqual(['12 Elm Road', 'Market Town', 'MT2 3BB']);
    expect(addressLines('12 Elm Road\r\nMarket Town mt2 3bb')).toEqual(['12 Elm Road', 'Market Town', 'MT2 3BB']);
    expect(addressLines('Flat 2, 12 Elm Road, Market Town, SW1A 1AA')).toEqual([
      'Flat 2',
      '12 Elm Road',
      'Market Town',
      'SW1A 1AA',
    ]);
    expect(addressLines('  \n12 Elm Road\n\n')).toEqual(['12 Elm Road']);
    expect(addressLines(null)).toEqual([]);
  });
});
