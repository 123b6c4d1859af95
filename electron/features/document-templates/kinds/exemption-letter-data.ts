import { LetterNotReadyError } from '../../../../shared/documents/letters';
import { letterFileName } from '../../../../shared/documents/letters/letter-words';
import { exemptionLetterData } from '../../../../shared/documents/templates/exemption-letter-fields';
import { letterSubject } from '../../documents/letter-source';
import type { KindData } from './template-context';

/** The exemption letter: from the item's decision, once the children it covers are recorded with it. */
export const exemptionLetterTemplateData: KindData = (ctx, subjectId, context) => {
  const subject = letterSubject(ctx, 'letter-exemption', subjectId);
  if (subject.kind !== 'case') throw new LetterNotReadyError('This letter is built from an item’s decision.');
  return {
    data: exemptionLetterData(subject.view, context),
    suggestedName: letterFileName('letter-exemption', subject.view.household.reference, context.letterDate),
  };
};
