import { draftMinutesData, finalMinutesData } from '../../../../shared/documents/templates/minutes-fields';
import { DomainError } from '../../../backend/domain-error';
import { minutesView } from '../../minutes/minutes-view';
import type { KindData } from './template-context';

/** The draft minutes: the minutes as being written, named as the code-built draft is (document-source.ts). */
export const draftMinutesTemplateData: KindData = (ctx, subjectId, context) => {
  const view = minutesView(ctx, subjectId);
  const latest = view.versions[0]?.number;
  return {
    data: draftMinutesData(view.draft, context),
    suggestedName: `Draft panel minutes ${view.draft.sitting.date}${latest && !view.unsavedChanges ? ` v${latest}` : ''}`,
  };
};

/** The final minutes: the approved content and its approval only, refused as the code builder refuses them. */
export const finalMinutesTemplateData: KindData = (ctx, subjectId, context) => {
  const view = minutesView(ctx, subjectId);
  const { approval, approvedContent } = view;
  if (!approval || !approvedContent)
    throw new DomainError('RULE_VIOLATION', 'These minutes have not been approved yet.');
  return {
    data: finalMinutesData(approvedContent, approval, view.referrals, context),
    suggestedName: `Panel minutes ${view.draft.sitting.date} v${approval.versionNumber}`,
  };
};
