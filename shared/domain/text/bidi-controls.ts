/**
 * Direction overrides, embeddings and isolates (U+202A–U+202E, U+2066–U+2069)
 * can make a name show reversed in a letter or on screen ("Trojan Source"):
 * they are refused in every free-text field. Joiners (ZWJ U+200D, ZWNJ U+200C),
 * which names in many scripts need, and the ordinary direction marks (LRM
 * U+200E, RLM U+200F) are not among them and stay allowed.
 */
const NAMES: Readonly<Record<string, string>> = {
  '\u202A': 'left-to-right embedding',
  '\u202B': 'right-to-left embedding',
  '\u202C': 'pop directional formatting',
  '\u202D': 'left-to-right override',
  '\u202E': 'right-to-left override',
  '\u2066': 'left-to-right isolate',
  '\u2067': 'right-to-left isolate',
  '\u2068': 'first strong isolate',
  '\u2069': 'pop directional isolate',
};

export const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
const EVERY_BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/g;

const FSI = '\u2068';
const PDI = '\u2069';

/** "U+202E". */
export function codePointOf(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The refused characters in `text`, each once, in the order they first appear. */
export function bidiControlsIn(text: string): { code: string; name: string }[] {
  const found = [...new Set(text.match(EVERY_BIDI_CONTROL) ?? [])];
  return found.map((character) => ({ code: codePointOf(character), name: NAMES[character] ?? 'direction control' }));
}

/**
 * The message for a field holding one, naming the character: null when there
 * is none. A value the window showed isolated (`isolatingBidiControls`) and
 * sent back names the character inside, which is the one to remove.
 */
export function bidiControlProblem(text: string, label: string): string | null {
  const inner = text.startsWith(FSI) && text.endsWith(PDI) ? text.slice(1, -1) : text;
  const [first] = [...bidiControlsIn(inner), ...bidiControlsIn(text)];
  return first ? `Remove the ${first.name} character (${first.code}) from ${label}` : null;
}

/** Drops every refused character: what documents print, so no name renders reversed. */
export function withoutBidiControls(text: string): string {
  return text.replace(EVERY_BIDI_CONTROL, '');
}

/** Shows each refused character as its code, for the administrator's list of values to correct. */
export function showingBidiControls(text: string): string {
  return text.replace(EVERY_BIDI_CONTROL, (character) => `[${codePointOf(character)}]`);
}

/**
 * For the screen: every string in a backend answer that holds a refused
 * character is wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE
 * (what `<bdi>` does), which ends any override or embedding left open inside
 * it, so a stored value cannot reverse the text around it on any screen until
 * it is corrected. Anything else is returned as it was.
 */
export function isolatingBidiControls<T>(value: T): T {
  return isolate(value) as T;
}

function isolate(value: unknown): unknown {
  if (typeof value === 'string') return BIDI_CONTROL.test(value) ? `${FSI}${value}${PDI}` : value;
  if (Array.isArray(value)) return value.map(isolate);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, isolate(entry)]));
  }
  return value;
}
