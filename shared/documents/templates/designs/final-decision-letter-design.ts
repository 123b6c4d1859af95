import type { Document } from 'docx';
import { para, tag, templateDocument } from './house-style';
import { letterOpening, letterSignOff } from './letter-design';

/**
 * The final decision letter: the same facts as the code-built letter
 * (final-decision-letter.ts), in the house style. The decision, what it took
 * account of and its reasons come in the app's statutory blocks.
 */
export function finalDecisionLetterDesign(): Document {
  return templateDocument('Final decision letter', [
    ...letterOpening(),
    tag('{#after_proposal}'),
    para('{final_route}'),
    tag('{/after_proposal}'),
    para('{final_considered}'),
    para('{final_decision}'),
    para('{final_reasons}'),
    para(
      'This is the agency’s final decision. If you would like to talk about it, or are unhappy with how we have dealt with your case, please contact us: you can also use our complaints procedure.',
    ),
    ...letterSignOff(),
  ]);
}
