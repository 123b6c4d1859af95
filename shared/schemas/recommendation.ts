import { z } from 'zod';
import { ExemptionDetails } from './exemption';
import { TermsOfApproval } from './household';
import { EntityId, optionalText, requiredText } from './text';

const Count = z
  .number({ error: 'Enter the number of votes' })
  .int({ error: 'Votes must be whole numbers' })
  .min(0, { error: 'Votes cannot be negative' })
  .max(50, { error: 'Votes must be 50 or fewer' });

export const DissentEntry = z.object({
  memberId: EntityId,
  view: requiredText('the member’s dissenting view', 2000),
});

export const RecordRecommendation = z.object({
  itemId: EntityId,
  outcome: z.string({ error: 'Choose the recommendation' }).min(1, { error: 'Choose the recommendation' }).max(60),
  terms: TermsOfApproval.nullable().optional(),
  reasons: requiredText('the reasons for the recommendation', 8000),
  keyIssues: optionalText('the key issues', 8000),
  membersViews: optionalText("the members' views", 8000),
  unanimous: z.boolean({ error: 'Say whether the recommendation was unanimous' }),
  votesFor: Count,
  votesAgainst: Count,
  votesAbstaining: Count,
  dissent: z.array(DissentEntry).max(20),
  outstanding: optionalText('what is outstanding', 4000),
  reportQualityRating: z
    .number({ error: 'Choose a rating from 1 to 5' })
    .int()
    .min(1, { error: 'Choose a rating from 1 to 5' })
    .max(5, { error: 'Choose a rating from 1 to 5' })
    .nullable()
    .optional(),
  reportQualityComment: optionalText('the comment on the report', 4000),
  /** An exemption item recommended: the children it covers and its conditions. */
  exemption: ExemptionDetails.nullable().optional(),
});
export type RecordRecommendationInput = z.input<typeof RecordRecommendation>;

/** A recorded recommendation as it reads back: what the panel recommended, why, and how it voted. */
export const RecommendationVerdictFields = {
  outcome: z.string(),
  outcomeLabel: z.string(),
  terms: TermsOfApproval.nullable(),
  reasons: z.string(),
  keyIssues: z.string().nullable(),
  membersViews: z.string().nullable(),
  unanimous: z.boolean(),
  votesFor: z.number().int(),
  votesAgainst: z.number().int(),
  votesAbstaining: z.number().int(),
};

/** ...and what it left outstanding and made of the report. */
export const RecommendationNotesFields = {
  outstanding: z.string().nullable(),
  reportQualityRating: z.number().int().nullable(),
  reportQualityComment: z.string().nullable(),
};

export const RecommendationView = z.object({
  id: z.string(),
  version: z.number().int(),
  itemId: z.string(),
  ...RecommendationVerdictFields,
  dissent: z.array(z.object({ memberId: z.string(), name: z.string(), view: z.string() })),
  ...RecommendationNotesFields,
  recordedByName: z.string(),
  onBehalfOf: z.string().nullable(),
  /** Who presided the item when this was recorded (a stand-in for the item, or the sitting's presider). */
  presidedByName: z.string().nullable(),
  recordedAt: z.string(),
});
export type RecommendationView = z.infer<typeof RecommendationView>;

export const ItemRef = z.object({ itemId: EntityId });
