import { z } from 'zod';
import { IsoDate } from './dates';
import { refinePeriod } from './report';
import { storable, Version } from './text';

/** A report period named by both ends, as the report screen holds it once built. */
export const ReportPeriodRef = z.object({ from: IsoDate, to: IsoDate }).superRefine(refinePeriod);
export type ReportPeriodRef = z.infer<typeof ReportPeriodRef>;

/** The chair's commentary is long prose: a few pages at most. */
export const MAX_COMMENTARY = 20_000;

/**
 * The chair's commentary on a report period, kept in the app and printed in
 * the report's Word document. `version` 0 means none has been written yet.
 */
export const ReportCommentary = z.object({
  from: IsoDate,
  to: IsoDate,
  text: z.string(),
  version: z.number().int().min(0),
  updatedAt: z.string().nullable(),
  updatedByName: z.string().nullable(),
});
export type ReportCommentary = z.infer<typeof ReportCommentary>;

/** Saving the commentary: the version read (0 for the first), so a change made elsewhere is never overwritten. */
export const SaveReportCommentary = z
  .object({
    from: IsoDate,
    to: IsoDate,
    text: storable(
      z
        .string({ error: 'Enter the commentary as text' })
        .trim()
        .max(MAX_COMMENTARY, {
          error: `The commentary must be ${MAX_COMMENTARY.toLocaleString('en-GB')} characters or fewer`,
        }),
      'the commentary',
    ),
    version: z.union([z.literal(0), Version], { error: 'The commentary’s version is missing' }),
  })
  .superRefine(refinePeriod);
export type SaveReportCommentaryInput = z.input<typeof SaveReportCommentary>;
