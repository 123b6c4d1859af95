import { z } from 'zod';
import { isRealIsoDate } from '../domain/dates';

export const ISO_DATE_FORMAT_MESSAGE = 'Enter a date with a day, month and year';
export const REAL_DATE_MESSAGE = 'Enter a real date, for example 5 January 2027';

/** A calendar date with no time or zone, as `YYYY-MM-DD`. */
export const IsoDate = z
  .string({ error: ISO_DATE_FORMAT_MESSAGE })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: ISO_DATE_FORMAT_MESSAGE })
  .refine(isRealIsoDate, { error: REAL_DATE_MESSAGE });
export type IsoDate = z.infer<typeof IsoDate>;

/** An optional date: empty string or null both mean "not recorded". */
export const OptionalIsoDate = z
  .union([z.literal(''), z.null(), IsoDate], { error: REAL_DATE_MESSAGE })
  .optional()
  .transform((value) => (value ? value : null));
