import { LetterNotReadyError } from '../../../../shared/documents/letters';
import { letterFileName } from '../../../../shared/documents/letters/letter-words';
import { extensionLetterData } from '../../../../shared/documents/templates/extension-letter-fields';
import { letterSubject } from '../../documents/letter-source';
import type { KindData } from './template-context';

/** The temporary approval extension letter: from the item's approved extension. */
export const extensionLetterTemplateData: KindData = (ctx, subjectId, context) => {
  const subject = letterSubject(ctx, 'letter-extension', subjectId);
  if (subject.kind !== 'extension')
    throw new LetterNotReadyError('This letter is built from the temporary approval extension.');
  return {
    data: extensionLetterData(subject.view, context),
    suggestedName: letterFileName('letter-extension', subject.view.household.reference, context.letterDate),
  };
};
