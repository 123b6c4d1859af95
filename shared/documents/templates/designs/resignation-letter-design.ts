import type { Document } from 'docx';
import { para, templateDocument } from './house-style';
import { letterOpening, letterSignOff } from './letter-design';

/** The resignation acknowledgement: the same facts as the code-built letter (resignation-letter.ts), in the house style. */
export function resignationLetterDesign(): Document {
  return templateDocument('Resignation acknowledgement', [
    ...letterOpening(),
    para(
      'Thank you for letting us know that you wish to resign as {carers}. We received your written notice on {notice_received}.',
    ),
    para('{approval_ends}', {}, true),
    para('Your supervising social worker will be in touch about the arrangements until then.'),
    para('Thank you for all the care you have given to children and young people. We are very grateful.'),
    ...letterSignOff(),
  ]);
}
