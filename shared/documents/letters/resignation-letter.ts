import type { Document } from 'docx';
import { formatDate } from '../../domain/dates';
import type { ResignationView } from '../../schemas/decision';
import { need, type LetterAgency, type Signatory } from './letter-input';
import { bold, carers, letterDocument, say } from './letter-parts';

/**
 * What a resignation acknowledgement says, checked as the letter needs it: the
 * code-built letter and the templated one (templates/resignation-letter-fields.ts) both read it.
 */
export function resignationFacts(view: ResignationView) {
  const received = formatDate(
    need(view.noticeReceivedOn, 'The date the notice was received has not been recorded yet.'),
  );
  const ends = formatDate(need(view.approvalEnds, 'The date the approval ends has not been worked out yet.'));
  const who = carers(view.household);
  return {
    received,
    who,
    subject: `Your resignation as ${who}`,
    /** "Your approval will end on", the date, and why then — the date stands out in the code-built letter. */
    endsParts: ['Your approval will end on ', ends, ', 28 days after we received your notice.'] as const,
  };
}

/** The acknowledgement of a resignation: when the notice arrived and the date approval ends (28 days later). */
export function resignationLetter(
  view: ResignationView,
  agency: LetterAgency,
  letterDate: string,
  signatory: Signatory | null,
): Document {
  const facts = resignationFacts(view);
  const [before, ends, after] = facts.endsParts;
  return letterDocument({
    agency,
    letterDate,
    household: view.household,
    title: `Resignation acknowledgement, ${view.household.reference}`,
    subject: facts.subject,
    signatory,
    body: [
      say(
        `Thank you for letting us know that you wish to resign as ${facts.who}. We received your written notice on ${facts.received}.`,
      ),
      say(before, bold(ends), after),
      say('Your supervising social worker will be in touch about the arrangements until then.'),
      say('Thank you for all the care you have given to children and young people. We are very grateful.'),
    ],
  });
}
