import { LetterNotReadyError } from '../../../../shared/documents/letters';
import { letterFileName } from '../../../../shared/documents/letters/letter-words';
import { terminationLetterData } from '../../../../shared/documents/templates/termination-letter-fields';
import { letterSubject } from '../../documents/letter-source';
import type { KindData } from './template-context';

/** The termination letter: from the item's decision, as the decision's screen offers it. */
export const terminationLetterTemplateData: KindData = (ctx, subjectId, context) => {
  const subject = letterSubject(ctx, 'letter-termination', subjectId);
  if (subject.kind !== 'case') throw new LetterNotReadyError('This letter is built from an item’s decision.');
  return {
    data: terminationLetterData(subject.view, context),
    suggestedName: letterFileName('letter-termination', subject.view.household.reference, context.letterDate),
  };
};
