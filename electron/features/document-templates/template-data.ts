import { LetterNotReadyError } from '../../../shared/documents/letters';
import { LETTER_WORDS, letterFileName } from '../../../shared/documents/letters/letter-words';
import { approvalLetterData } from '../../../shared/documents/templates/approval-letter-fields';
import type { TemplatedKind } from '../../../shared/documents/templates/template-kinds';
import { readSettings } from '../../../db/repositories/settings-repository';
import { DomainError } from '../../backend/domain-error';
import type { ReadContext } from '../../backend/router';
import { letterSubject } from '../documents/letter-source';

/** A kind's data for one record, and the file name main suggests for the document. */
export interface TemplateData {
  data: Record<string, unknown>;
  suggestedName: string;
}

/**
 * The data a template of a kind is filled with, from the records alone, as
 * the code-built document reads them: refused in the same words when the
 * record cannot make the document yet.
 */
export function templateData(
  ctx: ReadContext,
  kind: TemplatedKind,
  subjectId: string,
  templateVersion: number | null,
): TemplateData {
  const settings = readSettings(ctx.db);
  const context = {
    agency: {
      agencyName: settings.agencyName,
      agencyContact: settings.agencyContact,
      irmContact: settings.irmContact,
    },
    marking: settings.protectiveMarking,
    templateVersion,
    letterDate: ctx.clock.today(),
  };
  try {
    const subject = letterSubject(ctx, kind, subjectId);
    if (subject.kind !== 'case') throw new LetterNotReadyError('This letter is built from an item’s decision.');
    return {
      data: approvalLetterData(subject.view, context),
      suggestedName: letterFileName(kind, subject.view.household.reference, context.letterDate),
    };
  } catch (error) {
    if (error instanceof LetterNotReadyError) {
      throw new DomainError('RULE_VIOLATION', `The ${LETTER_WORDS[kind]} cannot be made yet. ${error.message}`);
    }
    throw error;
  }
}
