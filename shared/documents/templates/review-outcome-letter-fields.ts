import { z } from 'zod';
import type { DecisionCaseView } from '../../schemas/decision';
import { admSignatory, panelSentence } from '../letters/case-parts';
import { carers } from '../letters/letter-parts';
import { reviewOutcomeFacts } from '../letters/review-outcome-letter';
import { safeText } from '../safe-text';
import { termsText, typedLines } from './case-letter-data';
import { flag, lines, statutory, text } from './fields';
import { asLines, LETTER_FRAME_FIELDS, letterFrameData, type LetterContext } from './letter-frame-fields';

/** The review outcome letter's placeholders: the frame, then what it says (domain.md: continued approval and the (revised) terms). */
export const ReviewOutcomeLetterData = z.object({
  ...LETTER_FRAME_FIELDS,
  panel_sentence: text(
    'What the panel recommended and when it met (or the service’s report, where there was no panel)',
    'The fostering panel met on Tuesday 5 January 2027 and recommended: Remains suitable; terms revised.',
  ),
  review_decision: statutory(
    'The decision that the approval continues, what was considered and when it was decided (the law requires the decision)',
    'I have considered the panel’s recommendation and the papers, and I have decided that your approval as foster carers continues. I made this decision on 8 January 2027.',
  ),
  review_terms: statutory(
    'The terms of approval, revised or the same, one per line (the law requires them)',
    'Your terms of approval have been revised. They are now:\nTypes of care: Long-term\nNumber of children: 1',
  ),
  takes_effect_now: flag(
    'Yes when the carers agreed to the change in writing, so it takes effect straight away',
    'Yes',
  ),
  has_reasons: flag('Yes when the decision maker gave reasons', 'Yes'),
  reasons: lines(
    'The decision maker’s reasons, one paragraph per line typed',
    'The household continues to meet needs.',
  ),
  carers: text('“foster carers” for a couple, “a foster carer” for one person', 'foster carers'),
});
export type ReviewOutcomeLetterData = z.infer<typeof ReviewOutcomeLetterData>;

/** The review outcome letter's data from the decision case, checked as the code-built letter checks it. */
export function reviewOutcomeLetterData(
  view: DecisionCaseView,
  context: Omit<LetterContext, 'household' | 'subject' | 'signatory'>,
): ReviewOutcomeLetterData {
  const facts = reviewOutcomeFacts(view);
  const reasons = typedLines(facts.decision.reasons);
  return ReviewOutcomeLetterData.parse({
    ...letterFrameData({
      ...context,
      household: view.household,
      subject: facts.subject,
      signatory: admSignatory(facts.decision),
    }),
    panel_sentence: safeText(panelSentence(view)),
    review_decision: safeText(facts.decided),
    review_terms: safeText([facts.termsIntro, ...termsText(facts.terms)].join('\n')),
    takes_effect_now: facts.agreed,
    has_reasons: reasons.length > 0,
    reasons: asLines(reasons),
    carers: carers(view.household),
  });
}
