import { overLimitWithoutException, USUAL_FOSTERING_LIMIT } from '../../../shared/domain/households/terms-rules';
import { TermsOfApproval } from '../../../shared/schemas/household';
import type { OverLimitTerms } from '../../../shared/schemas/over-limit';
import type { ReadableDb } from '../../../db/connection';
import { exemptionOnRecord } from '../../../db/repositories/exemptions-repository';
import { householdsWithTerms } from '../../../db/repositories/households-repository';

/**
 * Approved (or on hold) households whose terms in force allow more than three
 * children with neither the sibling-group exception nor an exemption on
 * record. Terms set before the rule was enforced are listed, never changed:
 * the service decides whether to seek an exemption or change the terms.
 */
export function overLimitTerms(db: ReadableDb): OverLimitTerms[] {
  const rows = householdsWithTerms(db);
  return rows.flatMap(({ terms: text, ...row }) => {
    const parsed = TermsOfApproval.safeParse(JSON.parse(text ?? 'null'));
    // Most households are within the limit: only those above it ask whether an exemption is on record.
    if (!parsed.success || parsed.data.numberOfChildren <= USUAL_FOSTERING_LIMIT) return [];
    if (!overLimitWithoutException(parsed.data, exemptionOnRecord(db, row.id))) return [];
    return [{ ...row, numberOfChildren: parsed.data.numberOfChildren }];
  });
}
