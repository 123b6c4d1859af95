import type { TemplatedKind } from '../../../../shared/documents/templates/template-kinds';
import { agendaTemplateData } from './agenda-data';
import { approvalLetterTemplateData } from './approval-letter-data';
import { finalDecisionLetterTemplateData } from './final-decision-letter-data';
import { qualifyingDeterminationLetterTemplateData } from './qualifying-determination-letter-data';
import { decisionRecordTemplateData } from './decision-record-data';
import { extensionLetterTemplateData } from './extension-letter-data';
import { minutesExtractTemplateData } from './minutes-extract-data';
import { draftMinutesTemplateData, finalMinutesTemplateData } from './minutes-data';
import { reportCoverTemplateData } from './report-cover-data';
import type { KindData } from './template-context';
import { terminationLetterTemplateData } from './termination-letter-data';
import { resignationLetterTemplateData } from './resignation-letter-data';
import { reviewOutcomeLetterTemplateData } from './review-outcome-letter-data';
import { exemptionLetterTemplateData } from './exemption-letter-data';

/** Each templated kind's data from its record: one file per kind beside this one. */
export const TEMPLATE_DATA: Record<TemplatedKind, KindData> = {
  'letter-approval': approvalLetterTemplateData,
  'letter-qualifying-determination': qualifyingDeterminationLetterTemplateData,
  'letter-final-decision': finalDecisionLetterTemplateData,
  'letter-termination': terminationLetterTemplateData,
  'letter-resignation': resignationLetterTemplateData,
  'letter-review-outcome': reviewOutcomeLetterTemplateData,
  'letter-exemption': exemptionLetterTemplateData,
  'letter-extension': extensionLetterTemplateData,
  'letter-decision-record': decisionRecordTemplateData,
  'minutes-extract': minutesExtractTemplateData,
  agenda: agendaTemplateData,
  'minutes-draft': draftMinutesTemplateData,
  'minutes-final': finalMinutesTemplateData,
  'annual-report': reportCoverTemplateData,
};
