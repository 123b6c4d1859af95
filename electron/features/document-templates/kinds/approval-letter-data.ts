import { LetterNotReadyError } from '../../../../shared/documents/letters';
import { letterFileName } from '../../../../shared/documents/letters/letter-words';
import { approvalLetterData } from '../../../../shared/documents/templates/approval-letter-fields';
import { letterSubject } from '../../documents/letter-source';
import type { KindData } from './template-context';

/** The approval letter: from the item's decision, as the decision's screen offers it. */
export const approvalLetterTemplateData: KindData = (ctx, subjectId, context) => {
  const subject = letterSubject(ctx, 'letter-approval', subjectId);
  if (subject.kind !== 'case') throw new LetterNotReadyError('This letter is built from an item’s decision.');
  return {
    data: approvalLetterData(subject.view, context),
    suggestedName: letterFileName('letter-approval', subject.view.household.reference, context.letterDate),
  };
};
