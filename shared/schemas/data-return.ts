import { z } from 'zod';
import { IsoDate } from './dates';
import { EntityId } from './text';

/**
 * The annual fostering data return (domain.md "Annual fostering data
 * return"): the panel-related figures a service supplies each year towards
 * Ofsted's fostering data collection, with the households behind each.
 */

/** Why an application ended before approval, where the ADM did not refuse it. */
export const APPLICATION_END_REASONS = {
  withdrawn: 'Withdrawn by the applicant',
  ended_by_service: 'Ended by the service before panel',
  not_recorded: 'Reason not recorded',
} as const;
export type ApplicationEndReason = keyof typeof APPLICATION_END_REASONS;

export const ApplicationOutcome = z.object({
  householdId: z.string(),
  version: z.number().int(),
  reason: z.enum(['withdrawn', 'ended_by_service', 'not_recorded']),
  reasonLabel: z.string(),
  endedOn: IsoDate,
  recordedByName: z.string(),
  recordedAt: z.string(),
});
export type ApplicationOutcome = z.infer<typeof ApplicationOutcome>;

/** Recording how and when an application ended; `version` is the outcome's, absent when none is recorded yet. */
export const RecordApplicationOutcome = z.object({
  householdId: EntityId,
  version: z.number().int().min(1, { error: 'The record version is not valid' }).optional(),
  reason: z.enum(['withdrawn', 'ended_by_service'], { error: 'Choose why the application ended' }),
  endedOn: IsoDate,
});
export type RecordApplicationOutcomeInput = z.input<typeof RecordApplicationOutcome>;

/** A year of the return: 2026 is 1 April 2026 to 31 March 2027. */
export const DataReturnYear = z
  .number({ error: 'Choose a year' })
  .int({ error: 'Choose a year' })
  .min(1990, { error: 'Choose a year from 1990' })
  .max(2100, { error: 'Choose a year before 2100' });

export const DataReturnRequest = z.object({
  /** The year starting 1 April of this year; absent: the year containing today. */
  year: DataReturnYear.optional(),
});

/** One household a figure counts, with what it counted. */
export const DataReturnHousehold = z.object({
  householdId: z.string(),
  reference: z.string(),
  displayName: z.string(),
  householdType: z.string(),
  /** The date of the event counted (the year end for year-end figures). */
  date: z.string().nullable(),
  /** Days from application to approval (the median's drill-down). */
  days: z.number().int().nullable(),
  /** Places, where the figure sums them. */
  places: z.number().int().nullable(),
});
export type DataReturnHousehold = z.infer<typeof DataReturnHousehold>;

export const DataReturnField = z.object({
  field: z.string(),
  label: z.string(),
  definition: z.string(),
  /** Null only for the median of no approvals. */
  value: z.number().nullable(),
  households: z.array(DataReturnHousehold),
});
export type DataReturnField = z.infer<typeof DataReturnField>;

export const DataReturn = z.object({
  year: z.number().int(),
  /** "2026/27". */
  yearName: z.string(),
  from: IsoDate,
  to: IsoDate,
  builtOn: IsoDate,
  fields: z.array(DataReturnField),
});
export type DataReturn = z.infer<typeof DataReturn>;

export const DataReturnFormat = z.enum(['csv', 'xlsx', 'docx'], { error: 'Choose CSV, workbook or Word' });
export type DataReturnFormat = z.infer<typeof DataReturnFormat>;

export const IssueDataReturn = z.object({ year: DataReturnYear, format: DataReturnFormat });
