import { z } from 'zod';
import { ExemptionDetails } from './exemption';
import { TermsOfApproval } from './household';
import { EntityId, optionalText, requiredText, VersionOrNone } from './text';

/** One count of the vote; each names its own field, so blank counts are three different messages. */
const count = (what: string) =>
  z
    .number({ error: `Enter the number of ${what}` })
    .int({ error: `The number of ${what} must be a whole number` })
    .min(0, { error: `The number of ${what} cannot be negative` })
    .max(50, { error: `The number of ${what} must be 50 or fewer` });

export const DissentEntry = z.object({
  // An unchosen member is a missing choice to the user, not a missing record reference.
  memberId: z
    .string({ error: 'Choose the member who dissented' })
    .min(1, { error: 'Choose the member who dissented' })
    .max(64, { error: 'The record reference is not valid' })
    .regex(/^[A-Za-z0-9_-]+$/, { error: 'The record reference is not valid' }),
  view: requiredText('the member’s dissenting view', 2000),
});

export const RecordRecommendation = z.object({
  itemId: EntityId,
  /**
   * The recommendation's version the form loaded (0: none recorded yet): one recorded or changed at another seat
   * meanwhile is refused, not overwritten. Required of every writer, the app's own seeding included.
   */
  version: VersionOrNone,
  outcome: z.string({ error: 'Choose the recommendation' }).min(1, { error: 'Choose the recommendation' }).max(60),
  terms: TermsOfApproval.nullable().optional(),
  reasons: requiredText('the reasons for the recommendation', 8000),
  keyIssues: optionalText('the key issues', 8000),
  membersViews: optionalText("the members' views", 8000),
  unanimous: z.boolean({ error: 'Say whether the recommendation was unanimous' }),
  votesFor: count('votes for'),
  votesAgainst: count('votes against'),
  votesAbstaining: count('members abstaining'),
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
