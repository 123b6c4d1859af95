import { z } from 'zod';
import type { DecisionCaseView } from '../../schemas/decision';
import { admSignatory } from '../letters/case-parts';
import { finalDecisionWords } from '../letters/final-decision-letter';
import { linesText } from '../letters/letter-lines';
import { flag, statutory, text } from './fields';
import { LETTER_FRAME_FIELDS, letterFrameData, type LetterContext } from './letter-frame-fields';

/**
 * The final decision letter's placeholders: the frame, then what the final
 * decision after representations or the IRM must say (the decision and its
 * reasons, taking account of the panel's and any IRM recommendation, and why
 * it departs from the IRM panel's where it does), in statutory blocks filled
 * from the code-built letter's own wording (`letters/final-decision-letter.ts`).
 */
export const FinalDecisionLetterData = z.object({
  ...LETTER_FRAME_FIELDS,
  after_proposal: flag(
    'Yes when the decision followed a proposal (a qualifying determination); no for a decision final from the start',
    'Yes',
  ),
  final_route: text(
    'How the case came back after the proposal: the letter’s date, the route chosen and what came of it (the IRM’s or the panel’s recommendation)',
    'On 11 January 2027 we wrote to tell you that I proposed not to approve you as foster carers.\n\nYou applied to the Independent Review Mechanism (IRM) for a review. We received its review panel’s recommendation on 1 March 2027. It recommended:\nThe IRM panel recommends that the applicants are not approved at this time.',
  ),
  final_considered: statutory(
    'Whose recommendations the decision took account of: the panel’s (or the service’s report), the IRM’s, the representations',
    'I have taken account of the fostering panel’s recommendation, the Independent Review Mechanism’s recommendation, and all the information we hold.',
  ),
  final_decision: statutory(
    'The decision and the date it was made, with the terms where it sets terms',
    'My final decision, made on 5 March 2027, is not to approve you as foster carers.',
  ),
  final_reasons: statutory(
    'The decision maker’s reasons, introduced, one paragraph per line typed; after the IRM, that the decision follows its recommendation or why it departs from it (empty when there is neither)',
    'My reasons are:\nHaving read the IRM panel’s recommendation, I confirm my decision not to approve.\n\nI have considered the IRM panel’s recommendation, and my final decision follows it.',
  ),
});
export type FinalDecisionLetterData = z.infer<typeof FinalDecisionLetterData>;

/** The letter's data from the decision case, refused (LetterNotReadyError) exactly when the code-built letter is. */
export function finalDecisionLetterData(
  view: DecisionCaseView,
  context: Omit<LetterContext, 'household' | 'subject' | 'signatory'>,
): FinalDecisionLetterData {
  const words = finalDecisionWords(view);
  return FinalDecisionLetterData.parse({
    ...letterFrameData({
      ...context,
      household: view.household,
      subject: words.subject,
      signatory: admSignatory(words.decision),
    }),
    after_proposal: words.route.length > 0,
    final_route: linesText(words.route),
    final_considered: linesText([words.considered]),
    final_decision: linesText([words.decided, ...words.terms]),
    final_reasons: linesText([...words.reasons, ...words.irmConsideration]),
  });
}
