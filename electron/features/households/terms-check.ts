import {
  careTypeProblem,
  fosteringLimitProblem,
  USUAL_FOSTERING_LIMIT,
} from '../../../shared/domain/households/terms-rules';
import type { TermsOfApproval } from '../../../shared/schemas/household';
import type { AppDatabase } from '../../../db/connection';
import { exemptionOnRecord } from '../../../db/repositories/exemptions-repository';
import { householdTypeOf } from '../../../db/repositories/households-repository';
import { DomainError } from '../../backend/domain-error';

/**
 * Refuses terms the household may not be given: child-specific care for a
 * household that is not a connected person, and more than three children
 * without the sibling-group exception or an exemption (Children Act 1989
 * Sch. 7). `field` is where the form shows the terms.
 */
export function refuseUnlawfulTerms(
  db: AppDatabase,
  householdId: string | null,
  terms: TermsOfApproval | null | undefined,
  field = 'terms',
): void {
  if (!terms || !householdId) return;
  const household = householdTypeOf(db, householdId);
  if (!household) return;
  const careProblem = careTypeProblem(terms, household.householdType);
  if (careProblem) throw new DomainError('RULE_VIOLATION', careProblem, { [`${field}.typesOfCare`]: careProblem });
  if (terms.numberOfChildren <= USUAL_FOSTERING_LIMIT) return;
  const limitProblem = fosteringLimitProblem(terms, exemptionOnRecord(db, householdId));
  if (limitProblem) {
    throw new DomainError('RULE_VIOLATION', limitProblem, { [`${field}.numberOfChildren`]: limitProblem });
  }
}
