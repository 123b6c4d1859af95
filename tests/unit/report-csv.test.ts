import { describe, expect, it } from 'vitest';
import { csvField, csvFileName, csvText, reportTableCsv } from '../../shared/documents/report-csv';
import { parseCsv } from '../factories/csv';

describe('report tables as CSV', () => {
  // Every field quoted (issue 18): no text can end its field early, whatever it holds.
  it('quotes every field, doubling inner quotes (RFC 4180)', () => {
    expect(csvField('plain')).toBe('"plain"');
    expect(csvField('Short-term, long-term')).toBe('"Short-term, long-term"');
    expect(csvField('The "Annex"')).toBe('"The ""Annex"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('carriage\rreturn')).toBe('"carriage\rreturn"');
    expect(csvField('')).toBe('""');
  });

  it('writes figures plainly inside their quotes, and an empty field for nothing', () => {
    expect(csvField(12)).toBe('"12"');
    expect(csvField(4.5)).toBe('"4.5"');
    expect(csvField(0)).toBe('"0"');
    expect(csvField(null)).toBe('""');
    expect(csvField(Number.NaN)).toBe('""');
  });

  it.each(['=SUM(A1:A9)', '+44 1234', '-1+1', '@cmd', '\tindent', '\rreturn'])(
    'makes %j plain text for a spreadsheet, not a formula',
    (text) => {
      const field = csvField(text);
      const cell = parseCsv(`${field}\r\n`)[0]?.[0];
      expect(cell).toBe(`'${text}`);
    },
  );

  it('leaves text that only contains those characters later alone', () => {
    expect(csvField('Approval (connected person) - kin')).toBe('"Approval (connected person) - kin"');
    expect(csvField('a=b')).toBe('"a=b"');
  });

  it('writes a header and one CRLF-terminated record per row, reading back to the same cells', () => {
    const text = csvText(
      ['Reason', 'Number'],
      [
        ['Moving, to "another" agency', 2],
        ['=HYPERLINK("http://evil")', 1],
        ['Not recorded', null],
      ],
    );
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(5);
    expect(parseCsv(text)).toEqual([
      ['Reason', 'Number'],
      ['Moving, to "another" agency', '2'],
      [`'=HYPERLINK("http://evil")`, '1'],
      ['Not recorded', ''],
    ]);
  });

  it('names the file after the table and the period', () => {
    const table = { id: 'sittings', title: 'Sittings', headers: ['Sitting'], rows: [['Main']] };
    expect(reportTableCsv(table)).toBe('"Sitting"\r\n"Main"\r\n');
    expect(csvFileName(table, { from: '2026-04-01', to: '2027-03-31' })).toBe(
      'Panel report sittings 2026-04-01 to 2027-03-31',
    );
  });
});
