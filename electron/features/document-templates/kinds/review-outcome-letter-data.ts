import { LetterNotReadyError } from '../../../../shared/documents/letters';
import { letterFileName } from '../../../../shared/documents/letters/letter-words';
import { reviewOutcomeLetterData } from '../../../../shared/documents/templates/review-outcome-letter-fields';
import { letterSubject } from '../../documents/letter-source';
import type { KindData } from './template-context';

/** The review outcome letter: from the item's decision, as the decision's screen offers it. */
export const reviewOutcomeLetterTemplateData: KindData = (ctx, subjectId, context) => {
  const subject = letterSubject(ctx, 'letter-review-outcome', subjectId);
  if (subject.kind !== 'case') throw new LetterNotReadyError('This letter is built from an item’s decision.');
  return {
    data: reviewOutcomeLetterData(subject.view, context),
    suggestedName: letterFileName('letter-review-outcome', subject.view.household.reference, context.letterDate),
  };
};
