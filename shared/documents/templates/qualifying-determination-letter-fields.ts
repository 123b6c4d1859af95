import { z } from 'zod';
import type { DecisionCaseView } from '../../schemas/decision';
import { admSignatory } from '../letters/case-parts';
import { linesText } from '../letters/letter-lines';
import { qdRightsLines } from '../letters/qd-notice-parts';
import { qualifyingDeterminationWords } from '../letters/qualifying-determination-letter';
import { statutory, text } from './fields';
import { LETTER_FRAME_FIELDS, letterFrameData, type LetterContext } from './letter-frame-fields';

/** Made-up IRM details for the field reference's example: the app ships no IRM details of its own. */
const EXAMPLE_IRM = {
  name: 'Independent Review Mechanism (example details)',
  address: 'Example House\n1 Example Street\nExampletown EX1 1AA',
  telephone: '01234 000000',
  website: 'irm.example.org.uk',
};

/**
 * The qualifying determination letter's placeholders: the frame, then the
 * notice FSR reg 27(6)(a) / 28(7)(a) requires. The proposal, the decision
 * maker's reasons, the copy of the recommendation and the applicant's rights
 * are statutory blocks the app fills from the same wording the code-built
 * letter prints (`letters/qualifying-determination-letter.ts`, `qd-notice-parts.ts`).
 */
export const QualifyingDeterminationLetterData = z.object({
  ...LETTER_FRAME_FIELDS,
  qd_proposal: statutory(
    'The proposal: what the decision maker considered and what they propose, with the proposed terms where it sets terms',
    'I have considered the panel’s recommendation and all the papers. I propose not to approve you as foster carers.',
  ),
  qd_reasons: statutory(
    'The decision maker’s reasons for the proposal, introduced, one paragraph per line typed (empty when none were given)',
    'My reasons for this proposal are:\nThe assessment found that the home cannot offer a child a bedroom of their own.',
  ),
  recommendation_heading: text(
    'The heading over the copy of the recommendation: the panel’s, or the service’s report where the case was decided without a panel',
    'The fostering panel’s recommendation',
  ),
  qd_recommendation: statutory(
    'A copy of the recommendation with its terms and reasons: the panel’s, or the service’s report and its recommendation (never a claim that a panel considered it)',
    'The fostering panel met on Tuesday 5 January 2027 and considered your case. This is a copy of its recommendation.\n\nIt recommended: Not suitable to foster\n\nIts reasons:\nThe home cannot offer a child a bedroom of their own.',
  ),
  qd_rights: statutory(
    'The applicant’s rights: 28 days from the letter’s date to the day they end, written representations or the Independent Review Mechanism (one, not both), the IRM’s details from the settings, and what happens if nothing arrives by then',
    linesText(qdRightsLines(EXAMPLE_IRM, '8 February 2027')),
  ),
});
export type QualifyingDeterminationLetterData = z.infer<typeof QualifyingDeterminationLetterData>;

/**
 * The letter's data from the decision case, refused (LetterNotReadyError) exactly
 * when the code-built letter is: it is made from the same wording. The letter
 * carries the date recorded on the case, from which the 28 days run.
 */
export function qualifyingDeterminationLetterData(
  view: DecisionCaseView,
  context: Omit<LetterContext, 'household' | 'subject' | 'signatory'>,
): QualifyingDeterminationLetterData {
  const words = qualifyingDeterminationWords(view, context.agency);
  return QualifyingDeterminationLetterData.parse({
    ...letterFrameData({
      ...context,
      letterDate: words.letterDate,
      household: view.household,
      subject: words.subject,
      signatory: admSignatory(words.decision),
    }),
    qd_proposal: linesText([words.proposal, ...words.proposedTerms]),
    qd_reasons: linesText(words.reasons),
    recommendation_heading: words.recommendation.heading,
    qd_recommendation: linesText(words.recommendation.lines),
    qd_rights: linesText(words.rights),
  });
}
