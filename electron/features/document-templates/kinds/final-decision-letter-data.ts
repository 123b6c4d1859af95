import { LetterNotReadyError } from '../../../../shared/documents/letters';
import { letterFileName } from '../../../../shared/documents/letters/letter-words';
import { finalDecisionLetterData } from '../../../../shared/documents/templates/final-decision-letter-fields';
import { letterSubject } from '../../documents/letter-source';
import type { KindData } from './template-context';

/** The final decision letter: from the item's decision once the final decision is made, dated today. */
export const finalDecisionLetterTemplateData: KindData = (ctx, subjectId, context) => {
  const subject = letterSubject(ctx, 'letter-final-decision', subjectId);
  if (subject.kind !== 'case') throw new LetterNotReadyError('This letter is built from an item’s decision.');
  return {
    data: finalDecisionLetterData(subject.view, context),
    suggestedName: letterFileName('letter-final-decision', subject.view.household.reference, context.letterDate),
  };
};
