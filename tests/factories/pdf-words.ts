import { execFileSync } from 'node:child_process';
import { convertEach } from './office';

/** A word as LibreOffice placed it, in millimetres from the page's top left corner. */
export interface PdfWord {
  page: number;
  text: string;
  left: number;
  right: number;
  top: number;
}

const POINT_MM = 25.4 / 72;

const unescape = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** Every word of a PDF with its box (`pdftotext -bbox`), page by page from 1. */
function wordsOf(pdf: string): PdfWord[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', timeout: 30_000 });
  const words: PdfWord[] = [];
  let page = 0;
  const pattern = /<page\b|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g;
  for (const match of html.matchAll(pattern)) {
    if (match[0] === '<page') {
      page += 1;
      continue;
    }
    words.push({
      page,
      text: unescape(match[4] ?? ''),
      left: Number(match[1]) * POINT_MM,
      top: Number(match[2]) * POINT_MM,
      right: Number(match[3]) * POINT_MM,
    });
  }
  return words;
}

/** Opens each DOCX in LibreOffice (one start) and returns each one's words with where they were printed. */
export function pdfWordsOfEach(docxFiles: readonly string[]): PdfWord[][] {
  return convertEach(docxFiles, wordsOf);
}

/** The words of one page within a band of the page, joined into lines (top to bottom) as they were printed. */
export function linesWithin(
  words: readonly PdfWord[],
  area: { page?: number; left?: number; right?: number; top?: number; bottom?: number },
): { text: string; top: number; left: number }[] {
  const inside = words.filter(
    (w) =>
      w.page === (area.page ?? 1) &&
      w.left >= (area.left ?? 0) &&
      w.right <= (area.right ?? Infinity) &&
      w.top >= (area.top ?? 0) &&
      w.top <= (area.bottom ?? Infinity),
  );
  const lines: PdfWord[][] = [];
  for (const word of [...inside].sort((a, b) => a.top - b.top)) {
    const line = lines.find((l) => Math.abs((l[0]?.top ?? 0) - word.top) < 1);
    if (line) line.push(word);
    else lines.push([word]);
  }
  return lines.map((line) => {
    const sorted = [...line].sort((a, b) => a.left - b.left);
    return { text: sorted.map((w) => w.text).join(' '), top: sorted[0]?.top ?? 0, left: sorted[0]?.left ?? 0 };
  });
}
