import type { TemplatedKind } from '../../../../shared/documents/templates/template-kinds';
import { agendaTemplateData } from './agenda-data';
import { approvalLetterTemplateData } from './approval-letter-data';
import { draftMinutesTemplateData, finalMinutesTemplateData } from './minutes-data';
import type { KindData } from './template-context';

/** Each templated kind's data from its record: one file per kind beside this one. */
export const TEMPLATE_DATA: Record<TemplatedKind, KindData> = {
  'letter-approval': approvalLetterTemplateData,
  agenda: agendaTemplateData,
  'minutes-draft': draftMinutesTemplateData,
  'minutes-final': finalMinutesTemplateData,
};
