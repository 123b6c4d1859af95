import { minutesExtractData } from '../../../../shared/documents/templates/minutes-extract-fields';
import { extractSource } from '../../documents/extract-source';
import type { KindData } from './template-context';

/** The minutes extract for the ADM: one item of its sitting's approved minutes, refused as the code-built extract is. */
export const minutesExtractTemplateData: KindData = (ctx, subjectId, context) => {
  const { approval, approvedContent, suggestedName } = extractSource(ctx, subjectId);
  return { data: minutesExtractData(approvedContent, subjectId, approval, context), suggestedName };
};
