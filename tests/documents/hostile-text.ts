/**
 * Text a user might type (or paste) that could break a Word file or turn
 * into markup, fields or links. `stored` is what the document must hold (the
 * characters XML forbids removed); `shown` is what LibreOffice draws, or null
 * when this machine has no font for it (colour emoji), so only the file is checked.
 */
export interface HostileSample {
  typed: string;
  stored: string;
  shown: string | null;
}

const sample = (typed: string, stored = typed, shown: string | null = stored): HostileSample => ({
  typed,
  stored,
  shown,
});

export const FIELD_MARKUP = sample('<w:fldSimple w:instr="HYPERLINK &quot;http://evil&quot;"/>');
export const FIELD_CODE = sample('{ HYPERLINK "http://evil.example" } ]]> &amp; <b>bold</b>');
export const RIGHT_TO_LEFT = sample('שלום עולם مرحبا بالعالم');
/**
 * A right-to-left override: the boundary refuses it (issue 18), and a value
 * stored before that, typed straight into a builder here, prints without it,
 * so never reversed.
 */
export const OVERRIDE = sample('Override \u202Eabc\u202C end', 'Override abc end');
export const EMOJI = sample('Family 👨‍👩‍👧‍👦 🏳️‍🌈 🧑🏽‍🍼', 'Family 👨‍👩‍👧‍👦 🏳️‍🌈 🧑🏽‍🍼', null);
/** A 5,000-character word with no break: it must wrap, not overflow or vanish. */
export const LONG_WORD = sample('abcdefghij'.repeat(500));
/** Control characters and non-characters XML forbids; the boundary refuses them in most fields. */
export const XML_FORBIDDEN = sample('Controls a\u0000b\u0001c\u000Bd\uFFFEe\uFFFFf end', 'Controls abcdef end');
/** Lone surrogates: not even UTF-8 can hold them. */
export const LONE_SURROGATES = sample('Surrogates g\uD800h\uDC00i end', 'Surrogates ghi end');

/** What every text field the boundary checks accepts. */
export const ACCEPTED: readonly HostileSample[] = [FIELD_MARKUP, FIELD_CODE, RIGHT_TO_LEFT, EMOJI];
export const EVERY_SAMPLE: readonly HostileSample[] = [...ACCEPTED, OVERRIDE, XML_FORBIDDEN, LONE_SURROGATES];

/** Samples typed one per line. */
export const asLines = (samples: readonly HostileSample[]) => samples.map((s) => s.typed).join('\n');

/** A long free-text field: one sample a line, then the long word. */
export const longText = (samples: readonly HostileSample[]) => `${asLines(samples)}\n${LONG_WORD.typed}`;

/**
 * For comparing with the PDF's text: pdftotext marks right-to-left runs with
 * embedding characters and wraps the long word, so both sides drop direction
 * marks and all white space.
 */
export const comparable = (text: string) => text.replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069\s]/g, '');
