import type { Document } from 'docx';
import type { z } from 'zod';
import { ApprovalLetterData } from './approval-letter-fields';
import { approvalLetterDesign } from './designs/approval-letter-design';
import { finalDecisionLetterDesign } from './designs/final-decision-letter-design';
import { qualifyingDeterminationLetterDesign } from './designs/qualifying-determination-letter-design';
import { FinalDecisionLetterData } from './final-decision-letter-fields';
import { QualifyingDeterminationLetterData } from './qualifying-determination-letter-fields';
import type { TemplatedKind } from './template-list';

export { builtInFileName, isTemplatedKind, TEMPLATED_KINDS, type TemplatedKind } from './template-list';

/** Each templated kind's data schema: what its placeholders are, and what the renderer checks its data against. */
export const TEMPLATE_SCHEMAS: Record<TemplatedKind, z.ZodObject> = {
  'letter-approval': ApprovalLetterData,
  'letter-qualifying-determination': QualifyingDeterminationLetterData,
  'letter-final-decision': FinalDecisionLetterData,
};

/** The built-in designs, written once to .docx files by `npm run templates:built-in`. */
export const TEMPLATE_DESIGNS: Record<TemplatedKind, () => Document> = {
  'letter-approval': approvalLetterDesign,
  'letter-qualifying-determination': qualifyingDeterminationLetterDesign,
  'letter-final-decision': finalDecisionLetterDesign,
};
