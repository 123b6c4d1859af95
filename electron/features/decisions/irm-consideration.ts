import type { DecisionCase } from '../../../shared/schemas/decision';
import { fieldError } from '../../backend/domain-error';
import type { CaseRow } from './case-repository';

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
