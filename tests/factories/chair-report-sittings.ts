/**
 * The sittings of the chair's 2019/20 year: 24 main sittings on the second and
 * fourth Tuesday of each month, and 6 extra sittings (connected-person work and
 * court demand) on the first Thursday of every other month, all chaired by the
 * two vice chairs.
 */
export interface PlannedSitting {
  date: string;
  kind: 'main' | 'extra';
}

const TUESDAY = 2;
const THURSDAY = 4;
const EXTRA_MONTHS = new Set([5, 7, 9, 11, 1, 3]);

function nthWeekday(year: number, month: number, weekday: number, n: number): string {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const day = 1 + ((weekday - first + 7) % 7) + (n - 1) * 7;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function plan(): PlannedSitting[] {
  const sittings: PlannedSitting[] = [];
  for (let index = 0; index < 12; index += 1) {
    const month = ((3 + index) % 12) + 1;
    const year = month >= 4 ? 2019 : 2020;
    if (EXTRA_MONTHS.has(month)) sittings.push({ date: nthWeekday(year, month, THURSDAY, 1), kind: 'extra' });
    sittings.push({ date: nthWeekday(year, month, TUESDAY, 2), kind: 'main' });
    sittings.push({ date: nthWeekday(year, month, TUESDAY, 4), kind: 'main' });
  }
  return sittings.sort((a, b) => a.date.localeCompare(b.date));
}

export const CHAIR_REPORT_SITTINGS: readonly PlannedSitting[] = plan();
