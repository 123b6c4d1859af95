import type { Document } from 'docx';
import type { z } from 'zod';
import { AgendaData } from './agenda-fields';
import { ApprovalLetterData } from './approval-letter-fields';
import { agendaDesign } from './designs/agenda-design';
import { draftMinutesDesign, finalMinutesDesign } from './designs/minutes-design';
import { DraftMinutesData, FinalMinutesData } from './minutes-fields';
import { approvalLetterDesign } from './designs/approval-letter-design';
import type { TemplatedKind } from './template-list';

export { builtInFileName, isTemplatedKind, TEMPLATED_KINDS, type TemplatedKind } from './template-list';

/** Each templated kind's data schema: what its placeholders are, and what the renderer checks its data against. */
export const TEMPLATE_SCHEMAS: Record<TemplatedKind, z.ZodObject> = {
  'letter-approval': ApprovalLetterData,
  agenda: AgendaData,
  'minutes-draft': DraftMinutesData,
  'minutes-final': FinalMinutesData,
};

/** The built-in designs, written once to .docx files by `npm run templates:built-in`. */
export const TEMPLATE_DESIGNS: Record<TemplatedKind, () => Document> = {
  'letter-approval': approvalLetterDesign,
  agenda: agendaDesign,
  'minutes-draft': draftMinutesDesign,
  'minutes-final': finalMinutesDesign,
};
