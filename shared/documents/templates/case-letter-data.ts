import type { TermsOfApproval } from '../../schemas/household';
import { termsWording } from '../minutes/terms-wording';
import { REASONS_INTRO } from '../letters/case-parts';
import { safeText } from '../safe-text';

/**
 * Pieces the decision letters' template data share, made as the code-built
 * letters make them (case-parts.ts, letter-parts.ts) so the two cannot drift.
 */

/** Typed text one paragraph per line, as `quoted` sets it: blank lines dropped, each line trimmed. */
export const typedLines = (text: string | null | undefined): string[] =>
  (text ?? '')
    .split(/\r\n|\r|\n/)
    .map((part) => part.trim())
    .filter((part) => part !== '');

/** The decision maker's reasons, introduced, one per line; empty when none were given (as `reasonsParagraphs`). */
export function reasonsBlock(reasons: string): string {
  const lines = typedLines(reasons);
  return lines.length > 0 ? safeText([REASONS_INTRO, ...lines].join('\n')) : '';
}

/** Terms of approval in words, one per line; "Named children" only when the terms name any (as `termsLines`). */
export const termsText = (terms: TermsOfApproval): string[] =>
  termsWording(terms)
    .filter(([label]) => label !== 'Named children' || terms.namedChildren.length > 0)
    .map(([label, value]) => `${label}: ${value}`);
