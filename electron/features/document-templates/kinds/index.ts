import type { TemplatedKind } from '../../../../shared/documents/templates/template-kinds';
import { approvalLetterTemplateData } from './approval-letter-data';
import { reportCoverTemplateData } from './report-cover-data';
import type { KindData } from './template-context';

/** Each templated kind's data from its record: one file per kind beside this one. */
export const TEMPLATE_DATA: Record<TemplatedKind, KindData> = {
  'letter-approval': approvalLetterTemplateData,
  'annual-report': reportCoverTemplateData,
};
