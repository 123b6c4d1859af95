import { ApplicationOutcome, DataReturn, DataReturnRequest, RecordApplicationOutcome } from '../schemas/data-return';
import { HouseholdRef } from '../schemas/household';
import { read, write } from './define';

/**
 * The annual fostering data return (its CSV, workbook and Word summary are
 * issued through `documents:issue`, kinds `data-return-*`, subject
 * `data-return-<year>`), and the household fact it needs that nothing else
 * records: how and when an application ended before approval.
 */
export const dataReturnContract = {
  /** The return's figures for the year starting 1 April (default: the year containing today), each with its households. */
  'reports:dataReturn': read(DataReturnRequest, DataReturn),
  /** How and when the household's application ended before approval, or null when none is recorded. */
  'households:applicationOutcome': read(HouseholdRef, ApplicationOutcome.nullable()),
  /** Records why and when an application ended before panel; an applicant's status becomes withdrawn. */
  'households:recordApplicationOutcome': write('application outcome', RecordApplicationOutcome, ApplicationOutcome),
} as const;
