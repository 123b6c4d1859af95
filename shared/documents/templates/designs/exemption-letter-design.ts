import type { Document } from 'docx';
import { para, tag, templateDocument } from './house-style';
import { letterOpening, letterSignOff } from './letter-design';

const quoted = { indent: { left: 567 } } as const;

/** The exemption letter: the same facts as the code-built letter (exemption-letter.ts), in the house style. */
export function exemptionLetterDesign(): Document {
  return templateDocument('Exemption letter', [
    ...letterOpening(),
    para('{panel_sentence}'),
    para('{exemption_decision}'),
    para('{exemption_children}'),
    para('{exemption_conditions}'),
    tag('{#has_reasons}'),
    para('My reasons are:'),
    tag('{/has_reasons}'),
    tag('{#reasons}'),
    para('{line}', quoted),
    tag('{/reasons}'),
    para(
      'If your circumstances change, or a child covered by the exemption leaves or another child is to be placed with you, please tell your supervising social worker straight away: the exemption may need to be reviewed.',
    ),
    ...letterSignOff(),
  ]);
}
