import type { TemplatedKind } from '../../../../shared/documents/templates/template-kinds';
import { approvalLetterTemplateData } from './approval-letter-data';
import { decisionRecordTemplateData } from './decision-record-data';
import { extensionLetterTemplateData } from './extension-letter-data';
import { minutesExtractTemplateData } from './minutes-extract-data';
import type { KindData } from './template-context';

/** Each templated kind's data from its record: one file per kind beside this one. */
export const TEMPLATE_DATA: Record<TemplatedKind, KindData> = {
  'letter-approval': approvalLetterTemplateData,
  'letter-extension': extensionLetterTemplateData,
  'letter-decision-record': decisionRecordTemplateData,
  'minutes-extract': minutesExtractTemplateData,
};
