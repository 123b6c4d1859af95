import type { Document } from 'docx';
import type { LetterKind } from '../../domain/decisions/decision-rules';
import type { DecisionCaseView, ExtensionView, ResignationView } from '../../schemas/decision';
import { approvalLetter } from './approval-letter';
import { decisionRecord } from './decision-record';
import { exemptionLetter } from './exemption-letter';
import { extensionLetter } from './extension-letter';
import { finalDecisionLetter } from './final-decision-letter';
import { LETTER_SUBJECT, LetterNotReadyError, type LetterInput, type LetterSubject } from './letter-input';
import { qualifyingDeterminationLetter } from './qualifying-determination-letter';
import { resignationLetter } from './resignation-letter';
import { reviewOutcomeLetter } from './review-outcome-letter';
import { terminationLetter } from './termination-letter';

export {
  LETTER_SUBJECT,
  LetterNotReadyError,
  type LetterAgency,
  type LetterInput,
  type LetterSubject,
  type Signatory,
} from './letter-input';

const WRONG_SUBJECT: Record<LetterSubject['kind'], string> = {
  case: 'This letter is built from an item’s decision.',
  extension: 'This letter is built from the temporary approval extension.',
  resignation: 'This letter is built from the resignation.',
};

function subjectView<K extends LetterSubject['kind']>(kind: LetterKind, subject: LetterSubject, want: K) {
  if (subject.kind !== want || LETTER_SUBJECT[kind] !== want)
    throw new LetterNotReadyError(WRONG_SUBJECT[LETTER_SUBJECT[kind]]);
  return subject.view as Extract<LetterSubject, { kind: K }>['view'];
}

/**
 * One decision letter as a Word document. Throws LetterNotReadyError, saying
 * what is missing, when the record does not yet hold what the letter must say.
 */
export function buildLetter(kind: LetterKind, input: LetterInput): Document {
  const { agency, letterDate, subject } = input;
  const decisionCase = (): DecisionCaseView => subjectView(kind, subject, 'case');
  switch (kind) {
    case 'letter-decision-record':
      return decisionRecord(decisionCase(), agency, letterDate);
    case 'letter-approval':
      return approvalLetter(decisionCase(), agency, letterDate);
    case 'letter-qualifying-determination':
      return qualifyingDeterminationLetter(decisionCase(), agency);
    case 'letter-final-decision':
      return finalDecisionLetter(decisionCase(), agency, letterDate);
    case 'letter-termination':
      return terminationLetter(decisionCase(), agency, letterDate);
    case 'letter-review-outcome':
      return reviewOutcomeLetter(decisionCase(), agency, letterDate);
    case 'letter-exemption':
      return exemptionLetter(decisionCase(), agency, letterDate);
    case 'letter-resignation': {
      const view: ResignationView = subjectView(kind, subject, 'resignation');
      return resignationLetter(view, agency, letterDate, input.signatory ?? null);
    }
    case 'letter-extension': {
      const view: ExtensionView = subjectView(kind, subject, 'extension');
      return extensionLetter(view, agency, letterDate);
    }
  }
}

/** Why the letter cannot be made yet, or null when it can: for the screen to say before the user asks. */
export function letterProblem(kind: LetterKind, input: LetterInput): string | null {
  try {
    buildLetter(kind, input);
    return null;
  } catch (error) {
    if (error instanceof LetterNotReadyError) return error.message;
    throw error;
  }
}
