import type { Document } from 'docx';
import type { z } from 'zod';
import { ApprovalLetterData } from './approval-letter-fields';
import { approvalLetterDesign } from './designs/approval-letter-design';
import { decisionRecordDesign } from './designs/decision-record-design';
import { DecisionRecordData } from './decision-record-fields';
import { extensionLetterDesign } from './designs/extension-letter-design';
import { minutesExtractDesign } from './designs/minutes-extract-design';
import { ExtensionLetterData } from './extension-letter-fields';
import { MinutesExtractData } from './minutes-extract-fields';
import type { TemplatedKind } from './template-list';

export { builtInFileName, isTemplatedKind, TEMPLATED_KINDS, type TemplatedKind } from './template-list';

/** Each templated kind's data schema: what its placeholders are, and what the renderer checks its data against. */
export const TEMPLATE_SCHEMAS: Record<TemplatedKind, z.ZodObject> = {
  'letter-approval': ApprovalLetterData,
  'letter-extension': ExtensionLetterData,
  'letter-decision-record': DecisionRecordData,
  'minutes-extract': MinutesExtractData,
};

/** The built-in designs, written once to .docx files by `npm run templates:built-in`. */
export const TEMPLATE_DESIGNS: Record<TemplatedKind, () => Document> = {
  'letter-approval': approvalLetterDesign,
  'letter-extension': extensionLetterDesign,
  'letter-decision-record': decisionRecordDesign,
  'minutes-extract': minutesExtractDesign,
};
