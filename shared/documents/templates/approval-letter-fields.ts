import { z } from 'zod';
import { statutoryClocks } from '../../domain/calendar/statutory-clocks';
import { formatDate } from '../../domain/dates';
import type { DecisionCaseView } from '../../schemas/decision';
import { termsWording } from '../minutes/terms-wording';
import { admSignatory, consideredWhat, effectiveDecision, panelSentence } from '../letters/case-parts';
import { LetterNotReadyError, need } from '../letters/letter-input';
import { carers } from '../letters/letter-parts';
import { safeText } from '../safe-text';
import { flag, lines, statutory, text } from './fields';
import { asLines, LETTER_FRAME_FIELDS, letterFrameData, type LetterContext } from './letter-frame-fields';

/** The approval letter's placeholders: the frame, then what this letter says. */
export const ApprovalLetterData = z.object({
  ...LETTER_FRAME_FIELDS,
  panel_sentence: text(
    'What the panel recommended and when it met (or the service’s report, where there was no panel)',
    'The fostering panel met on Tuesday 2 March 2027 and recommended: Approve.',
  ),
  considered_what: text('What the decision maker considered', 'the panel’s recommendation'),
  approval_decision: statutory(
    'The decision and the approval date (the law requires both)',
    'I have decided to approve you as foster carers. Your approval date is 4 March 2027.',
  ),
  approval_terms: statutory(
    'The terms of approval, one per line (the law requires them)',
    'You are approved to care for children on these terms:\nTypes of care: Short-term\nNumber of children: 2',
  ),
  has_reasons: flag('Yes when the decision maker gave reasons', 'Yes'),
  reasons: lines('The decision maker’s reasons, one paragraph per line typed', 'The assessment was thorough.'),
  first_review_due: text('The date the first review is due', '4 March 2028'),
  carers: text('“foster carers” for a couple, “a foster carer” for one person', 'foster carers'),
});
export type ApprovalLetterData = z.infer<typeof ApprovalLetterData>;

/** The terms in words, one per line, and the named-children sentence where the terms name any. */
function termsBlock(terms: Parameters<typeof termsWording>[0]): string {
  const lines = termsWording(terms)
    .filter(([label]) => label !== 'Named children' || terms.namedChildren.length > 0)
    .map(([label, value]) => `${label}: ${value}`);
  const named =
    terms.namedChildren.length > 0
      ? ['Your approval is for the child or children named in your terms of approval.']
      : [];
  return ['You are approved to care for children on these terms:', ...lines, ...named].join('\n');
}

/** The approval letter's data from the decision case, checked as the code-built letter checks it. */
export function approvalLetterData(
  view: DecisionCaseView,
  context: Omit<LetterContext, 'household' | 'subject' | 'signatory'>,
): ApprovalLetterData {
  const decision = effectiveDecision(view);
  if (decision.code !== 'approve')
    throw new LetterNotReadyError('The decision is not to approve, so there is no approval letter.');
  const household = view.household;
  const terms = need(decision.terms ?? household.terms, 'The terms of approval have not been recorded.');
  const approvalDate = household.approvalDate ?? decision.decidedOn;
  const firstReviewDue = household.firstReviewDue ?? statutoryClocks().firstReviewDue(approvalDate);
  const who = carers(household);
  const reasons = decision.reasons
    .split(/\r\n|\r|\n/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  return ApprovalLetterData.parse({
    ...letterFrameData({
      ...context,
      household,
      subject: `Your approval as ${who}`,
      signatory: admSignatory(decision),
    }),
    panel_sentence: safeText(panelSentence(view)),
    considered_what: consideredWhat(view),
    approval_decision: `I have decided to approve you as ${who}. Your approval date is ${formatDate(approvalDate)}.`,
    approval_terms: safeText(termsBlock(terms)),
    has_reasons: reasons.length > 0,
    reasons: asLines(reasons),
    first_review_due: formatDate(firstReviewDue),
    carers: who,
  });
}
