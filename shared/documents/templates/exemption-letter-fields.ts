import { z } from 'zod';
import type { DecisionCaseView } from '../../schemas/decision';
import { admSignatory, panelSentence } from '../letters/case-parts';
import { exemptionFacts } from '../letters/exemption-letter';
import { safeText } from '../safe-text';
import { typedLines } from './case-letter-data';
import { flag, lines, statutory, text } from './fields';
import { asLines, LETTER_FRAME_FIELDS, letterFrameData, type LetterContext } from './letter-frame-fields';

/** The exemption letter's placeholders: the frame, then what it says (domain.md: the children it covers and any conditions). */
export const ExemptionLetterData = z.object({
  ...LETTER_FRAME_FIELDS,
  panel_sentence: text(
    'What the panel recommended and when it met (or the service’s report, where there was no panel)',
    'The fostering panel met on Tuesday 5 January 2027 and recommended: Recommend the exemption.',
  ),
  exemption_decision: statutory(
    'The decision to grant the exemption under the Children Act 1989, Schedule 7, and when it was made',
    'I have decided to grant you an exemption from the usual fostering limit of three children (Children Act 1989, Schedule 7). I made this decision on 8 January 2027.',
  ),
  exemption_children: statutory(
    'The children the exemption covers, by their initials, and that it applies only to them (the law requires them named)',
    'The exemption covers these 3 children: AB, CD and EF. It allows you to foster more than three children so that you can care for them; it applies only to the children named here.',
  ),
  exemption_conditions: statutory(
    'The conditions of the exemption, one per line, or that there are none',
    'The exemption is granted on these conditions:\nOnly while AB, CD and EF stay together.',
  ),
  has_reasons: flag('Yes when the decision maker gave reasons', 'Yes'),
  reasons: lines(
    'The decision maker’s reasons, one paragraph per line typed',
    'The children are settled together and the carers have the room and support.',
  ),
});
export type ExemptionLetterData = z.infer<typeof ExemptionLetterData>;

/** The exemption letter's data from the decision case, checked as the code-built letter checks it. */
export function exemptionLetterData(
  view: DecisionCaseView,
  context: Omit<LetterContext, 'household' | 'subject' | 'signatory'>,
): ExemptionLetterData {
  const facts = exemptionFacts(view);
  const reasons = typedLines(facts.decision.reasons);
  return ExemptionLetterData.parse({
    ...letterFrameData({
      ...context,
      household: view.household,
      subject: facts.subject,
      signatory: admSignatory(facts.decision),
    }),
    panel_sentence: safeText(panelSentence(view)),
    exemption_decision: safeText(facts.decided),
    exemption_children: safeText(facts.covers),
    exemption_conditions: safeText([facts.conditionsIntro, ...typedLines(facts.conditions)].join('\n')),
    has_reasons: reasons.length > 0,
    reasons: asLines(reasons),
  });
}
