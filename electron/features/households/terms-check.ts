import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import {
  careTypeProblem,
  fosteringLimitProblem,
  USUAL_FOSTERING_LIMIT,
} from '../../../shared/domain/households/terms-rules';
import type { TermsOfApproval } from '../../../shared/schemas/household';
import type { AppDatabase, ReadableDb } from '../../../db/connection';
import { admCases, agendaItems, households } from '../../../db/schema';
import { DomainError } from '../../backend/domain-error';

/**
 * An exemption from the usual fostering limit on record for the household:
 * an exemption item the agency decision maker decided to grant (its decision,
 * or the final decision after representations, is to grant).
 */
export function exemptionOnRecord(db: ReadableDb, householdId: string): boolean {
  const granted = db
    .select({ itemId: admCases.itemId })
    .from(admCases)
    .innerJoin(agendaItems, eq(agendaItems.id, admCases.itemId))
    .where(
      and(
        eq(admCases.householdId, householdId),
        eq(agendaItems.itemType, 'exemption'),
        isNotNull(admCases.decidedOn),
        inArray(admCases.state, ['decided', 'final']),
        eq(admCases.decisionCode, 'grant_exemption'),
      ),
    )
    .get();
  return granted !== undefined;
}

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
  const household = db
    .select({ householdType: households.householdType })
    .from(households)
    .where(eq(households.id, householdId))
    .get();
  if (!household) return;
  const careProblem = careTypeProblem(terms, household.householdType);
  if (careProblem) throw new DomainError('RULE_VIOLATION', careProblem, { [`${field}.typesOfCare`]: careProblem });
  if (terms.numberOfChildren <= USUAL_FOSTERING_LIMIT) return;
  const limitProblem = fosteringLimitProblem(terms, exemptionOnRecord(db, householdId));
  if (limitProblem) {
    throw new DomainError('RULE_VIOLATION', limitProblem, { [`${field}.numberOfChildren`]: limitProblem });
  }
}
