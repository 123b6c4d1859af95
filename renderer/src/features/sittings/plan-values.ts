import type { SeriesRequestInput } from '../../../../shared/schemas/sitting';

export type Weekday = '1' | '2' | '3' | '4' | '5';
export type Week = '1' | '2' | '3' | '4' | '5';

/** What the year planner holds while the user types: strings, never parsed values. */
export interface PlanValues {
  year: string;
  weekday: Weekday | '';
  weeks: Week[];
  startTime: string;
  venue: string;
  remoteLink: string;
}

export const WEEKDAY_OPTIONS: { value: Weekday; label: string }[] = [
  { value: '1', label: 'Monday' },
  { value: '2', label: 'Tuesday' },
  { value: '3', label: 'Wednesday' },
  { value: '4', label: 'Thursday' },
  { value: '5', label: 'Friday' },
];

export const WEEK_OPTIONS: { value: Week; label: string }[] = [
  { value: '1', label: '1st' },
  { value: '2', label: '2nd' },
  { value: '3', label: '3rd' },
  { value: '4', label: '4th' },
  { value: '5', label: '5th (in months that have one)' },
];

export function blankPlan(): PlanValues {
  return { year: '', weekday: '', weeks: [], startTime: '09:30', venue: '', remoteLink: '' };
}

/**
 * The request as typed. A year that is not a number is sent as typed and an
 * unchosen weekday as 0, so the backend's own words explain what is missing.
 */
export function planToRequest(values: PlanValues): SeriesRequestInput {
  const year = values.year.trim();
  return {
    year: /^\d+$/.test(year) ? Number(year) : (year as unknown as number),
    weekday: values.weekday ? Number(values.weekday) : 0,
    weeksOfMonth: values.weeks.map(Number),
    startTime: values.startTime.trim(),
    venue: values.venue,
    remoteLink: values.remoteLink,
  };
}

export const PLAN_FIELD_TARGETS: Record<string, string> = {
  year: 'plan-year',
  weekday: 'plan-weekday',
  weeksOfMonth: 'plan-weeks-1',
  startTime: 'plan-startTime',
  venue: 'plan-venue',
  remoteLink: 'plan-remoteLink',
};
