import { z } from 'zod';
import { IsoDate } from './dates';
import { StartTime } from './sitting';
import { optionalText } from './text';

/** Monday to Friday as 1–5 (Date.getDay numbering): panels sit on working days. */
export const WEEKDAY_LABELS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'] as const;
export const WEEK_OF_MONTH_LABELS = ['First', 'Second', 'Third', 'Fourth', 'Last'] as const;

/**
 * The service's usual sitting pattern: a weekday in chosen weeks of every
 * month ("the second and fourth Tuesday"), or every N weeks from a first
 * date; with the usual start time and venue. Used only to suggest dates when
 * a sitting is added: each sitting is still planned on its own.
 */
export const SittingPattern = z
  .object({
    kind: z.enum(['monthly', 'interval'], { error: 'Choose how the panel usually sits' }),
    weekday: z
      .number({ error: 'Choose the day of the week' })
      .int({ error: 'Choose the day of the week' })
      .min(1, { error: 'Choose the day of the week' })
      .max(5, { error: 'Choose the day of the week' }),
    /** 1–4, and 5 for the last week of the month. */
    weeksOfMonth: z.array(z.number().int().min(1).max(5)).max(5),
    everyWeeks: z
      .number({ error: 'Enter how many weeks apart the sittings are' })
      .int({ error: 'Enter a whole number of weeks' })
      .min(1, { error: 'Sittings are at least 1 week apart' })
      .max(12, { error: 'Sittings can be at most 12 weeks apart' })
      .nullable(),
    firstDate: IsoDate.nullable(),
    startTime: StartTime,
    venue: optionalText('the usual venue', 200),
  })
  .superRefine((pattern, ctx) => {
    if (pattern.kind === 'monthly' && pattern.weeksOfMonth.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['weeksOfMonth'], message: 'Choose at least one week of the month' });
    }
    if (pattern.kind === 'interval') {
      if (pattern.everyWeeks === null) {
        ctx.addIssue({ code: 'custom', path: ['everyWeeks'], message: 'Enter how many weeks apart the sittings are' });
      }
      if (pattern.firstDate === null) {
        ctx.addIssue({ code: 'custom', path: ['firstDate'], message: 'Enter the date of a sitting in the pattern' });
      } else if (new Date(`${pattern.firstDate}T12:00:00Z`).getUTCDay() !== pattern.weekday) {
        ctx.addIssue({
          code: 'custom',
          path: ['firstDate'],
          message: `The date of a sitting in the pattern must be a ${WEEKDAY_LABELS[pattern.weekday - 1] ?? 'weekday'}`,
        });
      }
    }
  });
export type SittingPattern = z.output<typeof SittingPattern>;
export type SittingPatternInput = z.input<typeof SittingPattern>;
