import { z } from 'zod';
import { ListRole } from './member';
import { EntityId, optionalText, Version } from './text';

const OptionalId = z
  .union([z.literal(''), z.null(), EntityId])
  .optional()
  .transform((value) => (value ? value : null));

/** Record (or clear, with null) the chair or vice chair who presides one item in place of the sitting's presider. */
export const SetItemPresider = z.object({
  id: EntityId,
  version: Version,
  presiderId: OptionalId,
});
export type SetItemPresiderInput = z.input<typeof SetItemPresider>;

/** The service's own recommendation in the report presented to panel (domain.md "Service's recommendation"). */
export const SetServiceRecommendation = z.object({
  id: EntityId,
  version: Version,
  /** An outcome code the item type allows (not a deferral); empty or null clears it. */
  outcome: z
    .union([z.literal(''), z.null(), z.string().max(60, { error: 'Choose one of the recommendations offered' })])
    .optional()
    .transform((value) => (value ? value : null)),
  reasons: optionalText("the service's reasons", 4000),
});
export type SetServiceRecommendationInput = z.input<typeof SetServiceRecommendation>;

/** Who presides an item and, when it is not the sitting's presider, why: what the item page and the minutes say. */
export const ItemPresidingView = z.object({
  /** The stand-in recorded for this item, if any. */
  itemPresiderId: z.string().nullable(),
  /** Who presides this item, when someone able does. */
  presiderId: z.string().nullable(),
  presiderName: z.string().nullable(),
  presiderRole: ListRole.nullable(),
  /** "Presided by X (vice chair) for this item; the chair had withdrawn", when not the sitting's presider. */
  note: z.string().nullable(),
  /** Why nobody able presides this item, in words. */
  problem: z.string().nullable(),
});
export type ItemPresidingView = z.infer<typeof ItemPresidingView>;

export const ServiceRecommendationView = z.object({
  outcome: z.string(),
  outcomeLabel: z.string(),
  reasons: z.string().nullable(),
});
export type ServiceRecommendationView = z.infer<typeof ServiceRecommendationView>;
