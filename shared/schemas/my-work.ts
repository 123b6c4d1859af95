import { z } from 'zod';

/** An item a chair presides that waits for their recommendation. */
export const RecommendationWaiting = z.object({
  itemId: z.string(),
  /** "Approval (mainstream)". */
  label: z.string(),
  householdReference: z.string(),
  sittingDate: z.string(),
  /** The item's page, where the recommendation is recorded. */
  link: z.string(),
});
export type RecommendationWaiting = z.infer<typeof RecommendationWaiting>;

/** A sitting whose drafted minutes wait for the chair who presided to approve them. */
export const MinutesWaiting = z.object({
  sittingId: z.string(),
  sittingDate: z.string(),
  /** The minutes page, where they are approved. */
  link: z.string(),
});
export type MinutesWaiting = z.infer<typeof MinutesWaiting>;

/** The chair's own work (issue 19): what only they can do, oldest sitting first. */
export const MyWork = z.object({
  /** False when the account is not linked to a central-list member, so nothing can be theirs to preside. */
  linkedToMember: z.boolean(),
  recommendations: z.array(RecommendationWaiting),
  minutes: z.array(MinutesWaiting),
});
export type MyWork = z.infer<typeof MyWork>;
