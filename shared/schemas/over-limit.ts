import { z } from 'zod';
import { HouseholdStatus, HouseholdType } from './household';

/**
 * A household whose terms in force allow more than three children with
 * neither the sibling-group exception nor an exemption on record (Children
 * Act 1989 Sch. 7): listed for the administrator, never changed by the app.
 */
export const OverLimitTerms = z.object({
  id: z.string(),
  reference: z.string(),
  displayName: z.string(),
  householdType: HouseholdType,
  status: HouseholdStatus,
  numberOfChildren: z.number().int(),
});
export type OverLimitTerms = z.infer<typeof OverLimitTerms>;
