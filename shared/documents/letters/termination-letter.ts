import type { Document } from 'docx';
import { formatDate } from '../../domain/dates';
import type { DecisionCaseView } from '../../schemas/decision';
import { admSignatory, consideredSentence, effectiveDecision, reasonsParagraphs, routeParagraphs } from './case-parts';
import { LetterNotReadyError, need, type LetterAgency } from './letter-input';
import { bold, carers, letterDocument, say } from './letter-parts';

/**
 * What a termination letter says, checked as the letter needs it: the code-built
 * letter and the templated one (templates/termination-letter-fields.ts) both read it.
 */
export function terminationFacts(view: DecisionCaseView) {
  const decision = effectiveDecision(view);
  if (decision.code !== 'terminate') throw new LetterNotReadyError('The decision does not end the approval.');
  const ends = formatDate(need(view.case.approvalEnds, 'The date the approval ends has not been recorded yet.'));
  const who = carers(view.household);
  return {
    decision,
    who,
    ends,
    /** After a qualifying determination: the letter says how the case came back to the decision maker. */
    afterProposal: view.case.finalDecision !== null,
    subject: `The end of your approval as ${who}`,
    decided: `I have decided to end (terminate) your approval as ${who}. I made this decision on ${formatDate(decision.decidedOn)}.`,
    /** "Your approval ends on", the date, "." — the date stands out in the code-built letter. */
    endsParts: ['Your approval ends on ', ends, '.'] as const,
  };
}

/** The termination letter: the decision to end approval, the reasons and the date approval ends. */
export function terminationLetter(view: DecisionCaseView, agency: LetterAgency, letterDate: string): Document {
  const facts = terminationFacts(view);
  const [before, ends, after] = facts.endsParts;
  return letterDocument({
    agency,
    letterDate,
    household: view.household,
    title: `Termination letter, ${view.household.reference}`,
    subject: facts.subject,
    signatory: admSignatory(facts.decision),
    body: [
      ...(facts.afterProposal ? [...routeParagraphs(view), say(consideredSentence(view))] : []),
      say(facts.decided),
      ...reasonsParagraphs(facts.decision.reasons),
      say(before, bold(ends), after),
      say(
        'Your supervising social worker will contact you about what happens next. Thank you for the care you have given to children.',
      ),
    ],
  });
}
