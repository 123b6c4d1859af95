/**
 * RFC 4180 CSV as spreadsheets write it: fields separated by commas, quoted
 * with double quotes when they hold a comma, quote or line break, a quote
 * inside doubled. Line ends may be CRLF, LF or CR; a UTF-8 byte order mark is
 * dropped. Every value stays text: nothing is evaluated or converted.
 */
export function parseCsv(text: string): string[][] {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < source.length) {
    const char = source[i] as string;
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else field += char;
      i += 1;
      continue;
    }
    if (char === '"' && field === '') quoted = true;
    else if (char === ',') endField();
    else if (char === '\r' || char === '\n') {
      endRow();
      if (char === '\r' && source[i + 1] === '\n') i += 1;
    } else field += char;
    i += 1;
  }
  if (quoted) throw new Error('A quoted value is not closed');
  if (field !== '' || row.length > 0) endRow();
  // Blank lines (often at the end) are not rows.
  return rows.filter((cells) => cells.some((cell) => cell.trim() !== ''));
}
