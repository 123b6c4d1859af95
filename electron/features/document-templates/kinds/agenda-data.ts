import { agendaData } from '../../../../shared/documents/templates/agenda-fields';
import { neighbouringSittings } from '../../../../db/repositories/sitting-choices-repository';
import { requireSitting } from '../../sittings/sitting-guards';
import type { KindData } from './template-context';

/** The agenda: from the sitting and its neighbours, as the code-built agenda reads them (document-source.ts). */
export const agendaTemplateData: KindData = (ctx, subjectId, context) => {
  const sitting = requireSitting(ctx, subjectId);
  return {
    data: agendaData({ sitting, ...neighbouringSittings(ctx.db, sitting.date) }, context),
    suggestedName: `Panel agenda ${sitting.date}`,
  };
};
