import { z } from 'zod';
import type { ResignationView } from '../../schemas/decision';
import type { Signatory } from '../letters/letter-input';
import { resignationFacts } from '../letters/resignation-letter';
import { statutory, text } from './fields';
import { LETTER_FRAME_FIELDS, letterFrameData, type LetterContext } from './letter-frame-fields';

/** The resignation acknowledgement's placeholders: the frame, then what it says (domain.md: the date approval ends). */
export const ResignationLetterData = z.object({
  ...LETTER_FRAME_FIELDS,
  notice_received: text('The date the written notice of resignation was received', '4 January 2027'),
  approval_ends: statutory(
    'The date the approval ends, 28 days after the notice was received (the law sets it)',
    'Your approval will end on 1 February 2027, 28 days after we received your notice.',
  ),
  carers: text('“foster carers” for a couple, “a foster carer” for one person', 'foster carers'),
});
export type ResignationLetterData = z.infer<typeof ResignationLetterData>;

/** The acknowledgement's data from the notice (or the panel's item), checked as the code-built letter checks it; signed by whoever sends it. */
export function resignationLetterData(
  view: ResignationView,
  context: Omit<LetterContext, 'household' | 'subject' | 'signatory'>,
  signatory: Signatory | null,
): ResignationLetterData {
  const facts = resignationFacts(view);
  return ResignationLetterData.parse({
    ...letterFrameData({ ...context, household: view.household, subject: facts.subject, signatory }),
    notice_received: facts.received,
    approval_ends: facts.endsParts.join(''),
    carers: facts.who,
  });
}
