import type { Document } from 'docx';
import { formatDate } from '../../domain/dates';
import type { DecisionCaseView } from '../../schemas/decision';
import { admSignatory, consideredSentence, effectiveDecision, reasonsParagraphs, routeParagraphs } from './case-parts';
import { LetterNotReadyError, need, type LetterAgency } from './letter-input';
import { bold, carers, letterDocument, say } from './letter-parts';

/** The termination letter: the decision to end approval, the reasons and the date approval ends. */
export function terminationLetter(view: DecisionCaseView, agency: LetterAgency, letterDate: string): Document {
  const decision = effectiveDecision(view);
  if (decision.code !== 'terminate') throw new LetterNotReadyError('The decision does not end the approval.');
  const ends = formatDate(need(view.case.approvalEnds, 'The date the approval ends has not been recorded yet.'));
  const who = carers(view.household);
  const afterProposal = view.case.finalDecision !== null;
  return letterDocument({
    agency,
    letterDate,
    household: view.household,
    title: `Termination letter, ${view.household.reference}`,
    subject: `The end of your approval as ${who}`,
    signatory: admSignatory(decision),
    body: [
      ...(afterProposal ? [...routeParagraphs(view), say(consideredSentence(view))] : []),
      say(
        `I have decided to end (terminate) your approval as ${who}. I made this decision on ${formatDate(decision.decidedOn)}.`,
      ),
      ...reasonsParagraphs(decision.reasons),
      say('Your approval ends on ', bold(ends), '.'),
      say(
        'Your supervising social worker will contact you about what happens next. Thank you for the care you have given to children.',
      ),
    ],
  });
}
