import { z } from 'zod';
import type { DecisionCaseView } from '../../schemas/decision';
import { admSignatory, consideredSentence, routeLines } from '../letters/case-parts';
import { linesText, said } from '../letters/letter-lines';
import { terminationFacts } from '../letters/termination-letter';
import { reasonsBlock } from './case-letter-data';
import { statutory, text } from './fields';
import { LETTER_FRAME_FIELDS, letterFrameData, type LetterContext } from './letter-frame-fields';

/** The termination letter's placeholders: the frame, then what this letter says (domain.md: the decision, reasons and the date approval ends). */
export const TerminationLetterData = z.object({
  ...LETTER_FRAME_FIELDS,
  termination_route: statutory(
    'After a qualifying determination: how the case came back to the decision maker (representations, the IRM or neither) and what was taken into account; empty when the decision was final from the start',
    'On 11 January 2027 we wrote to tell you that I proposed to end (terminate) your approval as foster carers.\nWe did not receive written representations from you, or hear that you had applied to the Independent Review Mechanism by 8 February 2027.\nI have taken account of the fostering panel’s recommendation, and all the information we hold.',
  ),
  termination_decision: statutory(
    'The decision to end the approval and the date it was made (the law requires the decision)',
    'I have decided to end (terminate) your approval as foster carers. I made this decision on 5 February 2027.',
  ),
  termination_reasons: statutory(
    'The decision maker’s reasons, introduced, one paragraph per line typed (the law requires them)',
    'My reasons are:\nThe standard of care fell below what children placed with you need.',
  ),
  approval_ends: statutory('The date the approval ends (the law requires it)', 'Your approval ends on 20 March 2027.'),
  carers: text('“foster carers” for a couple, “a foster carer” for one person', 'foster carers'),
});
export type TerminationLetterData = z.infer<typeof TerminationLetterData>;

/** The route after a proposal and what the decision maker took into account, one paragraph a line. */
function routeBlock(view: DecisionCaseView): string {
  return linesText([...routeLines(view), said(consideredSentence(view))]);
}

/** The termination letter's data from the decision case, checked as the code-built letter checks it. */
export function terminationLetterData(
  view: DecisionCaseView,
  context: Omit<LetterContext, 'household' | 'subject' | 'signatory'>,
): TerminationLetterData {
  const facts = terminationFacts(view);
  return TerminationLetterData.parse({
    ...letterFrameData({
      ...context,
      household: view.household,
      subject: facts.subject,
      signatory: admSignatory(facts.decision),
    }),
    termination_route: facts.afterProposal ? routeBlock(view) : '',
    termination_decision: facts.decided,
    termination_reasons: reasonsBlock(facts.decision.reasons),
    approval_ends: facts.endsParts.join(''),
    carers: facts.who,
  });
}
