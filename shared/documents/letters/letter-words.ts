import type { LetterKind } from '../../domain/decisions/decision-rules';

/** How each letter is named in a sentence and in a file name. */
export const LETTER_WORDS: Record<LetterKind, string> = {
  'letter-decision-record': 'ADM decision record',
  'letter-approval': 'approval letter',
  'letter-qualifying-determination': 'qualifying determination letter',
  'letter-final-decision': 'final decision letter',
  'letter-termination': 'termination letter',
  'letter-resignation': 'resignation acknowledgement',
  'letter-review-outcome': 'review outcome letter',
  'letter-extension': 'temporary approval extension letter',
  'letter-exemption': 'exemption letter',
};

/** The file name main suggests for a letter: "Approval letter KC-2026-007 2027-01-05". */
export function letterFileName(kind: LetterKind, reference: string, printedDate: string): string {
  const words = LETTER_WORDS[kind];
  return `${words.charAt(0).toUpperCase()}${words.slice(1)} ${reference} ${printedDate}`;
}
