import type { HouseholdType, TermsOfApproval } from '../../schemas/household';

/**
 * Rules on terms of approval that depend on the household, checked wherever
 * terms are set (panel recommendation, ADM decision, direct referral, change
 * of terms, household edit). Pure: the forms and the backend both ask here.
 */

/** The usual fostering limit (Children Act 1989, Schedule 7, paragraph 2). */
export const USUAL_FOSTERING_LIMIT = 3;

/**
 * "Child-specific (connected person)" is the type of care of a connected
 * person approved for a named child (CPPCR 2010). A mainstream or specialist
 * carer approved to care for a particular child is still approved for a type
 * of care such as long-term, so the label would misstate their approval and
 * inflate the connected-person figures: it is refused for them.
 */
export function careTypeProblem(terms: TermsOfApproval, householdType: HouseholdType): string | null {
  if (householdType !== 'connected_person' && terms.typesOfCare.includes('child_specific')) {
    return 'Child-specific (connected person) care is only for connected-person households. Choose another type of care.';
  }
  return null;
}

/**
 * More than three children need either the sibling-group exception (all the
 * children are siblings: Sch. 7 para 4) or an exemption granted by the local
 * authority (Sch. 7 para 4 to 5). Null when the terms are within the limit.
 */
export function fosteringLimitProblem(terms: TermsOfApproval, exemptionOnRecord: boolean): string | null {
  if (terms.numberOfChildren <= USUAL_FOSTERING_LIMIT || terms.siblingGroup || exemptionOnRecord) return null;
  return (
    `These terms allow ${terms.numberOfChildren} children, more than the usual fostering limit of three ` +
    '(Children Act 1989, Schedule 7). Say that the children are a sibling group, or record an exemption ' +
    'for this household first (an exemption item decided by the agency decision maker).'
  );
}

/** Terms already in force above the limit with neither exception: listed for the administrator, never changed. */
export function overLimitWithoutException(terms: TermsOfApproval | null, exemptionOnRecord: boolean): boolean {
  return terms !== null && fosteringLimitProblem(terms, exemptionOnRecord) !== null;
}
