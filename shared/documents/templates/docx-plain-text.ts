/**
 * The visible text of a document part, paragraph by paragraph: what a reader
 * sees, so a statutory sentence can be looked for. Runs set as hidden text
 * (`<w:vanish/>`) are left out, so wording hidden in the template does not count.
 */

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

const decode = (text: string) =>
  text.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-fA-F]+|#\d+);/g, (_, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? '';
  });

function runText(run: string): string {
  const properties = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(run)?.[1] ?? '';
  if (/<w:vanish\/>|<w:vanish w:val="(?:true|1|on)"\/>/.test(properties)) return '';
  let text = '';
  for (const piece of run.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(br|tab|cr)\b[^>]*\/>/g)) {
    if (piece[2] === 'tab') text += '\t';
    else if (piece[2]) text += '\n';
    else text += decode(piece[1] ?? '');
  }
  return text;
}

/** Each paragraph's visible text, in order. */
export function paragraphsOf(xml: string): string[] {
  return [...xml.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].map((paragraph) =>
    [...(paragraph[1] ?? '').matchAll(/<w:r\b[^>]*>([\s\S]*?)<\/w:r>/g)].map((run) => runText(run[1] ?? '')).join(''),
  );
}

/** White space (line breaks included) as single spaces, for comparing wording however it was laid out. */
export const flatten = (text: string) => text.replace(/\s+/g, ' ').trim();
