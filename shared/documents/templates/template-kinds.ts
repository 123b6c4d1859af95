import type { Document } from 'docx';
import type { z } from 'zod';
import { ApprovalLetterData } from './approval-letter-fields';
import { approvalLetterDesign } from './designs/approval-letter-design';
import { reportCoverDesign } from './designs/report-cover-design';
import { ReportCoverData } from './report-cover-fields';
import type { TemplatedKind } from './template-list';

export { builtInFileName, isTemplatedKind, TEMPLATED_KINDS, type TemplatedKind } from './template-list';

/** Each templated kind's data schema: what its placeholders are, and what the renderer checks its data against. */
export const TEMPLATE_SCHEMAS: Record<TemplatedKind, z.ZodObject> = {
  'letter-approval': ApprovalLetterData,
  'annual-report': ReportCoverData,
};

/** The built-in designs, written once to .docx files by `npm run templates:built-in`. */
export const TEMPLATE_DESIGNS: Record<TemplatedKind, () => Document> = {
  'letter-approval': approvalLetterDesign,
  'annual-report': reportCoverDesign,
};
