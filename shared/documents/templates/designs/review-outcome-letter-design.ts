import type { Document } from 'docx';
import { para, tag, templateDocument } from './house-style';
import { letterOpening, letterSignOff } from './letter-design';

const quoted = { indent: { left: 567 } } as const;

/** The review outcome letter: the same facts as the code-built letter (review-outcome-letter.ts), in the house style. */
export function reviewOutcomeLetterDesign(): Document {
  return templateDocument('Review outcome letter', [
    ...letterOpening(),
    para('{panel_sentence}'),
    para('{review_decision}'),
    para('{review_terms}', quoted),
    tag('{#takes_effect_now}'),
    para('As you agreed to this change in writing, it takes effect straight away.'),
    tag('{/takes_effect_now}'),
    tag('{#has_reasons}'),
    para('My reasons are:'),
    tag('{/has_reasons}'),
    tag('{#reasons}'),
    para('{line}', quoted),
    tag('{/reasons}'),
    para('Thank you for the care you give to children. Please contact us if you have any questions about this letter.'),
    ...letterSignOff(),
  ]);
}
