import type { Document } from 'docx';
import { formatDate } from '../../domain/dates';
import type { ResignationView } from '../../schemas/decision';
import { need, type LetterAgency, type Signatory } from './letter-input';
import { bold, carers, letterDocument, say } from './letter-parts';

/** The acknowledgement of a resignation: when the notice arrived and the date approval ends (28 days later). */
export function resignationLetter(
  view: ResignationView,
  agency: LetterAgency,
  letterDate: string,
  signatory: Signatory | null,
): Document {
  const received = formatDate(
    need(view.noticeReceivedOn, 'The date the notice was received has not been recorded yet.'),
  );
  const ends = formatDate(need(view.approvalEnds, 'The date the approval ends has not been worked out yet.'));
  const who = carers(view.household);
  return letterDocument({
    agency,
    letterDate,
    household: view.household,
    title: `Resignation acknowledgement, ${view.household.reference}`,
    subject: `Your resignation as ${who}`,
    signatory,
    body: [
      say(
        `Thank you for letting us know that you wish to resign as ${who}. We received your written notice on ${received}.`,
      ),
      say('Your approval will end on ', bold(ends), ', 28 days after we received your notice.'),
      say('Your supervising social worker will be in touch about the arrangements until then.'),
      say('Thank you for all the care you have given to children and young people. We are very grateful.'),
    ],
  });
}
