import type { Document } from 'docx';
import { para, sectionHeading, templateDocument } from './house-style';
import { letterOpening, letterSignOff } from './letter-design';

/**
 * The qualifying determination letter: the same facts as the code-built letter
 * (qualifying-determination-letter.ts), in the house style. What the notice
 * must say comes in the app's statutory blocks; the template's own words are
 * only the letter's courtesy and headings around them.
 */
export function qualifyingDeterminationLetterDesign(): Document {
  return templateDocument('Qualifying determination letter', [
    ...letterOpening(),
    para('{qd_proposal}'),
    para('{qd_reasons}'),
    para(
      'This is a proposal, not yet a final decision. The law calls it a qualifying determination, and you have the right to ask for it to be looked at again.',
    ),
    sectionHeading('{recommendation_heading}'),
    para('{qd_recommendation}'),
    sectionHeading('What you can do if you disagree'),
    para('{qd_rights}'),
    para('If you would like to talk about this letter, please contact us. We know this is not the news you hoped for.'),
    ...letterSignOff(),
  ]);
}
