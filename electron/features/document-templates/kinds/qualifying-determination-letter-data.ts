import { LetterNotReadyError } from '../../../../shared/documents/letters';
import { letterFileName } from '../../../../shared/documents/letters/letter-words';
import { qualifyingDeterminationLetterData } from '../../../../shared/documents/templates/qualifying-determination-letter-fields';
import { letterSubject } from '../../documents/letter-source';
import type { KindData } from './template-context';

/** The qualifying determination letter: from the item's decision, dated as the case records, named by that date. */
export const qualifyingDeterminationLetterTemplateData: KindData = (ctx, subjectId, context) => {
  const subject = letterSubject(ctx, 'letter-qualifying-determination', subjectId);
  if (subject.kind !== 'case') throw new LetterNotReadyError('This letter is built from an item’s decision.');
  const data = qualifyingDeterminationLetterData(subject.view, context);
  // The data has refused a case with no letter date, so the file is named by the date the letter carries.
  const printed = subject.view.case.letterDate ?? context.letterDate;
  return {
    data,
    suggestedName: letterFileName('letter-qualifying-determination', subject.view.household.reference, printed),
  };
};
