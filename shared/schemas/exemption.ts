import { z } from 'zod';
import { EntityId, optionalText } from './text';

/** A child an exemption covers, by initials (as linked children and named children in terms are recorded). */
const ChildInitials = z
  .string({ error: "Enter the child's initials" })
  .trim()
  .regex(/^[A-Za-z]{1,4}$/, { error: "Enter each child's initials only, like JS" });

/**
 * An exemption from the usual fostering limit (Children Act 1989 Sch. 7):
 * the children it covers and any conditions. Recorded with the recommendation
 * (panel's, or the service's report for a case sent straight to the ADM) and
 * confirmed or changed by the agency decision maker when granting it.
 */
export const ExemptionDetails = z.object({
  children: z
    .array(ChildInitials, { error: 'Name the children the exemption covers' })
    .min(1, { error: 'Name at least one child the exemption covers' })
    .max(10, { error: 'An exemption can name at most 10 children' }),
  conditions: optionalText('the conditions of the exemption', 4000),
});
export type ExemptionDetailsInput = z.input<typeof ExemptionDetails>;
export type ExemptionDetails = z.output<typeof ExemptionDetails>;

const Stored = z.object({ children: z.array(z.string()), conditions: z.string().nullable() });

/** What is on record for an exemption item: as recommended, and as granted (null until the ADM grants it). */
export const ExemptionView = z.object({
  itemId: z.string(),
  /** Null when nothing was recommended (the ADM granted an exemption panel did not recommend). */
  recommended: Stored.nullable(),
  granted: Stored.nullable(),
});
export type ExemptionView = z.infer<typeof ExemptionView>;

export const ExemptionRef = z.object({ itemId: EntityId });
