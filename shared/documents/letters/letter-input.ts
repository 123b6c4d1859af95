import type { LetterKind } from '../../domain/decisions/decision-rules';
import type { DecisionCaseView, ExtensionView, ResignationView } from '../../schemas/decision';
import type { AppSettings } from '../../schemas/settings';

/** What letters need from the settings: the letterhead, and the IRM's details for the qualifying determination letter. */
export type LetterAgency = Pick<AppSettings, 'agencyName' | 'agencyContact' | 'irmContact'>;

/** The record a letter is about: an item's decision case, a temporary approval extension or a resignation. */
export type LetterSubject =
  | { kind: 'case'; view: DecisionCaseView }
  | { kind: 'extension'; view: ExtensionView }
  | { kind: 'resignation'; view: ResignationView };

/** Who signs a letter that has no decision maker (the resignation acknowledgement). */
export interface Signatory {
  name: string;
  role: string;
}

export interface LetterInput {
  agency: LetterAgency;
  /**
   * The date printed on the letter (YYYY-MM-DD). A qualifying determination
   * letter prints the letter date recorded on its case instead, because the
   * 28-day window is counted from that date.
   */
  letterDate: string;
  subject: LetterSubject;
  /** Signs the resignation acknowledgement; without it the letter is signed for the agency. */
  signatory?: Signatory | null;
}

/** Which record each letter is built from, so a caller knows what to fetch. */
export const LETTER_SUBJECT: Record<LetterKind, LetterSubject['kind']> = {
  'letter-decision-record': 'case',
  'letter-approval': 'case',
  'letter-qualifying-determination': 'case',
  'letter-final-decision': 'case',
  'letter-termination': 'case',
  'letter-resignation': 'resignation',
  'letter-review-outcome': 'case',
  'letter-extension': 'extension',
  'letter-exemption': 'case',
};

/** A letter asked for before the record holds what it must say; the message says what is missing. */
export class LetterNotReadyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LetterNotReadyError';
  }
}

/** The value, or a LetterNotReadyError saying what is missing. */
export function need<T>(value: T | null | undefined, missing: string): T {
  if (value === null || value === undefined || value === '') throw new LetterNotReadyError(missing);
  return value;
}
