import { LetterNotReadyError } from '../../../../shared/documents/letters';
import { letterFileName } from '../../../../shared/documents/letters/letter-words';
import { resignationLetterData } from '../../../../shared/documents/templates/resignation-letter-fields';
import { letterSubject, signatoryOf } from '../../documents/letter-source';
import type { KindData } from './template-context';

/** The resignation acknowledgement: from the recorded notice, or the panel's item before one is recorded; signed by whoever sends it. */
export const resignationLetterTemplateData: KindData = (ctx, subjectId, context) => {
  const subject = letterSubject(ctx, 'letter-resignation', subjectId);
  if (subject.kind !== 'resignation') throw new LetterNotReadyError('This letter is built from the resignation.');
  return {
    data: resignationLetterData(subject.view, context, signatoryOf(ctx.actor)),
    suggestedName: letterFileName('letter-resignation', subject.view.household.reference, context.letterDate),
  };
};
