import type { DecisionCase } from '../../../shared/schemas/decision';
import { irmContactProblem } from '../../../shared/schemas/irm-contact';
import { DomainError, fieldError } from '../../backend/domain-error';
import type { HandlerContext } from '../../backend/router';
import { readSettings } from '../../../db/repositories/settings-repository';
import type { CaseRow } from '../../../db/repositories/adm-cases-repository';

/**
 * Dating the qualifying determination letter opens the applicant's 28 days, so
 * it is refused while the letter itself cannot be issued: a window must not run
 * on a notice that does not tell the applicant how to reach the IRM.
 */
export function refuseWithoutIrmContact(ctx: HandlerContext): void {
  const problem = irmContactProblem(readSettings(ctx.db).irmContact);
  if (problem) {
    throw new DomainError(
      'RULE_VIOLATION',
      `The letter cannot be dated yet: dating it opens the 28 days, and the letter cannot be issued. ${problem}`,
    );
  }
}

/** What the final decision records about the IRM panel's recommendation. */
export interface IrmConsiderationInput {
  irmConsidered?: boolean | undefined;
  irmDeparts?: boolean | null | undefined;
  irmDepartureReasons?: string | null | undefined;
}

/**
 * After an IRM recommendation the ADM must take it into account, and where the
 * final decision departs from it say why (domain.md, "Final decision after
 * representations or IRM"). Returns the columns to store; on any other route
 * nothing is stored, whatever was sent.
 */
export function irmConsiderationColumns(row: CaseRow, input: IrmConsiderationInput) {
  if (row.route !== 'irm') return { irmConsidered: null, irmDeparts: null, irmDepartureReasons: null };
  if (input.irmConsidered !== true) {
    throw fieldError('irmConsidered', 'Confirm that you have considered the IRM panel’s recommendation');
  }
  if (input.irmDeparts === null || input.irmDeparts === undefined) {
    throw fieldError(
      'irmDeparts',
      'Say whether your final decision follows the IRM panel’s recommendation or departs from it',
    );
  }
  if (input.irmDeparts && !input.irmDepartureReasons) {
    throw fieldError('irmDepartureReasons', 'Give your reasons for departing from the IRM panel’s recommendation');
  }
  return {
    irmConsidered: true,
    irmDeparts: input.irmDeparts,
    irmDepartureReasons: input.irmDeparts ? (input.irmDepartureReasons ?? null) : null,
  };
}

/** The stored consideration, for the case view and letters; null when none was recorded. */
export function irmConsiderationOf(row: CaseRow): DecisionCase['irmConsideration'] {
  if (row.irmConsidered !== true || row.irmDeparts === null) return null;
  return { departs: row.irmDeparts, departureReasons: row.irmDepartureReasons };
}
