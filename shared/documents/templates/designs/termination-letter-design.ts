import type { Document } from 'docx';
import { para, templateDocument } from './house-style';
import { letterOpening, letterSignOff } from './letter-design';

/** The termination letter: the same facts as the code-built letter (termination-letter.ts), in the house style. */
export function terminationLetterDesign(): Document {
  return templateDocument('Termination letter', [
    ...letterOpening(),
    para('{termination_route}'),
    para('{termination_decision}'),
    para('{termination_reasons}'),
    para('{approval_ends}', {}, true),
    para(
      'Your supervising social worker will contact you about what happens next. Thank you for the care you have given to children.',
    ),
    ...letterSignOff(),
  ]);
}
