import type { Document } from 'docx';
import type { z } from 'zod';
import { AgendaData } from './agenda-fields';
import { ApprovalLetterData } from './approval-letter-fields';
import { agendaDesign } from './designs/agenda-design';
import { draftMinutesDesign, finalMinutesDesign } from './designs/minutes-design';
import { DraftMinutesData, FinalMinutesData } from './minutes-fields';
import { approvalLetterDesign } from './designs/approval-letter-design';
import { finalDecisionLetterDesign } from './designs/final-decision-letter-design';
import { qualifyingDeterminationLetterDesign } from './designs/qualifying-determination-letter-design';
import { FinalDecisionLetterData } from './final-decision-letter-fields';
import { QualifyingDeterminationLetterData } from './qualifying-determination-letter-fields';
import { terminationLetterDesign } from './designs/termination-letter-design';
import { resignationLetterDesign } from './designs/resignation-letter-design';
import { reviewOutcomeLetterDesign } from './designs/review-outcome-letter-design';
import { exemptionLetterDesign } from './designs/exemption-letter-design';
import { decisionRecordDesign } from './designs/decision-record-design';
import { DecisionRecordData } from './decision-record-fields';
import { extensionLetterDesign } from './designs/extension-letter-design';
import { minutesExtractDesign } from './designs/minutes-extract-design';
import { ExtensionLetterData } from './extension-letter-fields';
import { MinutesExtractData } from './minutes-extract-fields';
import { reportCoverDesign } from './designs/report-cover-design';
import { ReportCoverData } from './report-cover-fields';
import type { TemplatedKind } from './template-list';
import { TerminationLetterData } from './termination-letter-fields';
import { ResignationLetterData } from './resignation-letter-fields';
import { ReviewOutcomeLetterData } from './review-outcome-letter-fields';
import { ExemptionLetterData } from './exemption-letter-fields';

export { builtInFileName, isTemplatedKind, TEMPLATED_KINDS, type TemplatedKind } from './template-list';

/** Each templated kind's data schema: what its placeholders are, and what the renderer checks its data against. */
export const TEMPLATE_SCHEMAS: Record<TemplatedKind, z.ZodObject> = {
  'letter-approval': ApprovalLetterData,
  'letter-qualifying-determination': QualifyingDeterminationLetterData,
  'letter-final-decision': FinalDecisionLetterData,
  'letter-termination': TerminationLetterData,
  'letter-resignation': ResignationLetterData,
  'letter-review-outcome': ReviewOutcomeLetterData,
  'letter-exemption': ExemptionLetterData,
  'letter-extension': ExtensionLetterData,
  'letter-decision-record': DecisionRecordData,
  'minutes-extract': MinutesExtractData,
  agenda: AgendaData,
  'minutes-draft': DraftMinutesData,
  'minutes-final': FinalMinutesData,
  'annual-report': ReportCoverData,
};

/** The built-in designs, written once to .docx files by `npm run templates:built-in`. */
export const TEMPLATE_DESIGNS: Record<TemplatedKind, () => Document> = {
  'letter-approval': approvalLetterDesign,
  'letter-qualifying-determination': qualifyingDeterminationLetterDesign,
  'letter-final-decision': finalDecisionLetterDesign,
  'letter-termination': terminationLetterDesign,
  'letter-resignation': resignationLetterDesign,
  'letter-review-outcome': reviewOutcomeLetterDesign,
  'letter-exemption': exemptionLetterDesign,
  'letter-extension': extensionLetterDesign,
  'letter-decision-record': decisionRecordDesign,
  'minutes-extract': minutesExtractDesign,
  agenda: agendaDesign,
  'minutes-draft': draftMinutesDesign,
  'minutes-final': finalMinutesDesign,
  'annual-report': reportCoverDesign,
};
