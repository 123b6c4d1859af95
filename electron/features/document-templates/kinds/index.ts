import { approvalLetterData } from '../../../../shared/documents/templates/approval-letter-fields';
import { decisionRecordData } from '../../../../shared/documents/templates/decision-record-fields';
import { exemptionLetterData } from '../../../../shared/documents/templates/exemption-letter-fields';
import { finalDecisionLetterData } from '../../../../shared/documents/templates/final-decision-letter-fields';
import { qualifyingDeterminationLetterData } from '../../../../shared/documents/templates/qualifying-determination-letter-fields';
import { reviewOutcomeLetterData } from '../../../../shared/documents/templates/review-outcome-letter-fields';
import type { TemplatedKind } from '../../../../shared/documents/templates/template-kinds';
import { terminationLetterData } from '../../../../shared/documents/templates/termination-letter-fields';
import { caseLetter } from './case-letter-data';
import { agendaTemplateData } from './agenda-data';
import { extensionLetterTemplateData } from './extension-letter-data';
import { minutesExtractTemplateData } from './minutes-extract-data';
import { draftMinutesTemplateData, finalMinutesTemplateData } from './minutes-data';
import { reportCoverTemplateData } from './report-cover-data';
import type { KindData } from './template-context';
import { resignationLetterTemplateData } from './resignation-letter-data';

/** Each templated kind's data from its record: the letters from an item's decision through `caseLetter`, the others in a file each beside this one. */
export const TEMPLATE_DATA: Record<TemplatedKind, KindData> = {
  'letter-approval': caseLetter('letter-approval', approvalLetterData),
  // Dated as the case records it (the data refuses a case with no letter date), and named by that date.
  'letter-qualifying-determination': caseLetter(
    'letter-qualifying-determination',
    qualifyingDeterminationLetterData,
    (view, context) => view.case.letterDate ?? context.letterDate,
  ),
  'letter-final-decision': caseLetter('letter-final-decision', finalDecisionLetterData),
  'letter-termination': caseLetter('letter-termination', terminationLetterData),
  'letter-resignation': resignationLetterTemplateData,
  'letter-review-outcome': caseLetter('letter-review-outcome', reviewOutcomeLetterData),
  'letter-exemption': caseLetter('letter-exemption', exemptionLetterData),
  'letter-extension': extensionLetterTemplateData,
  'letter-decision-record': caseLetter('letter-decision-record', (view, context) =>
    decisionRecordData(view, { ...context, recordDate: context.letterDate }),
  ),
  'minutes-extract': minutesExtractTemplateData,
  agenda: agendaTemplateData,
  'minutes-draft': draftMinutesTemplateData,
  'minutes-final': finalMinutesTemplateData,
  'annual-report': reportCoverTemplateData,
};
