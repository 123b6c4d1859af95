import { addDays } from 'date-fns';
import { parseIsoDate, toIsoDate } from '../../../../shared/domain/dates';

/** Calendar arithmetic on `YYYY-MM-DD` strings, so no time zone can move a day. */
export function addDaysIso(iso: string, days: number): string {
  return toIsoDate(addDays(parseIsoDate(iso), days));
}
