import { LetterNotReadyError } from '../../../../shared/documents/letters';
import { letterFileName } from '../../../../shared/documents/letters/letter-words';
import { decisionRecordData } from '../../../../shared/documents/templates/decision-record-fields';
import { letterSubject } from '../../documents/letter-source';
import type { KindData } from './template-context';

/** The ADM decision record: from the item's decision case, dated today, as the decision's screen offers it. */
export const decisionRecordTemplateData: KindData = (ctx, subjectId, context) => {
  const subject = letterSubject(ctx, 'letter-decision-record', subjectId);
  if (subject.kind !== 'case') throw new LetterNotReadyError('This letter is built from an item’s decision.');
  return {
    data: decisionRecordData(subject.view, { ...context, recordDate: context.letterDate }),
    suggestedName: letterFileName('letter-decision-record', subject.view.household.reference, context.letterDate),
  };
};
