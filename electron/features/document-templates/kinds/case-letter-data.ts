import type { LetterKind } from '../../../../shared/domain/decisions/decision-rules';
import { LetterNotReadyError } from '../../../../shared/documents/letters';
import { letterFileName } from '../../../../shared/documents/letters/letter-words';
import type { DecisionCaseView } from '../../../../shared/schemas/decision';
import { letterSubject } from '../../documents/letter-source';
import type { KindData, TemplateContext } from './template-context';

/**
 * A letter made from an item's decision, as the decision's screen offers it:
 * its data from the case view, its file named by the household's reference and
 * the date it carries (`printedDate`: today's unless the case records another).
 */
export const caseLetter =
  (
    kind: LetterKind,
    data: (view: DecisionCaseView, context: TemplateContext) => Record<string, unknown>,
    printedDate: (view: DecisionCaseView, context: TemplateContext) => string = (_, context) => context.letterDate,
  ): KindData =>
  (ctx, subjectId, context) => {
    const subject = letterSubject(ctx, kind, subjectId);
    if (subject.kind !== 'case') throw new LetterNotReadyError('This letter is built from an item’s decision.');
    // The data is made first: it refuses a case that cannot make the letter yet, in words.
    const made = data(subject.view, context);
    return {
      data: made,
      suggestedName: letterFileName(kind, subject.view.household.reference, printedDate(subject.view, context)),
    };
  };
