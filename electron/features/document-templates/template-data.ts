import { DOCUMENT_KIND_LABELS } from '../../../shared/contract/documents';
import { LetterNotReadyError } from '../../../shared/documents/letters';
import type { TemplatedKind } from '../../../shared/documents/templates/template-kinds';
import { readSettings } from '../../../db/repositories/settings-repository';
import { DomainError } from '../../backend/domain-error';
import type { ReadContext } from '../../backend/router';
import { TEMPLATE_DATA } from './kinds';
import type { TemplateData } from './kinds/template-context';

export type { TemplateData } from './kinds/template-context';

/** A label inside a sentence: "Draft minutes" → "draft minutes", "ADM decision record" kept. */
const inSentence = (label: string) =>
  /^[A-Z]{2}/.test(label) ? label : `${label.charAt(0).toLowerCase()}${label.slice(1)}`;

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
    return TEMPLATE_DATA[kind](ctx, subjectId, context);
  } catch (error) {
    if (error instanceof LetterNotReadyError) {
      const words = inSentence(DOCUMENT_KIND_LABELS[kind]);
      throw new DomainError('RULE_VIOLATION', `The ${words} cannot be made yet. ${error.message}`);
    }
    throw error;
  }
}
