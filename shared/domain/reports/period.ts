import type { ReportPeriod } from '../../schemas/report';
import { formatDate } from '../dates';

/** The financial year (1 April to 31 March) that contains `today`. */
export function financialYearContaining(today: string): ReportPeriod {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const start = month >= 4 ? year : year - 1;
  return { from: `${start}-04-01`, to: `${start + 1}-03-31` };
}

/** The period asked for, with any end left out taken from the financial year containing today. */
export function resolvePeriod(
  input: { from?: string | undefined; to?: string | undefined },
  today: string,
): ReportPeriod {
  const year = financialYearContaining(today);
  return { from: input.from ?? year.from, to: input.to ?? year.to };
}

/** "2026/27" for a whole financial year; otherwise null. */
export function financialYearName(period: ReportPeriod): string | null {
  const start = Number(period.from.slice(0, 4));
  const whole = period.from === `${start}-04-01` && period.to === `${start + 1}-03-31`;
  return whole ? `${start}/${String((start + 1) % 100).padStart(2, '0')}` : null;
}

/** "1 April 2026 to 31 March 2027". */
export function periodWords(period: ReportPeriod): string {
  return `${formatDate(period.from)} to ${formatDate(period.to)}`;
}

/** The report's title, naming the financial year when the period is exactly one. */
export function reportTitle(period: ReportPeriod): string {
  const year = financialYearName(period);
  return year ? `Fostering panel report ${year}` : 'Fostering panel report';
}

/**
 * The issued-documents register keys a document by its subject; a report has
 * no sitting or item, so its period is the subject (a valid record reference).
 */
export function reportSubjectId(period: ReportPeriod): string {
  return `report-${period.from}-${period.to}`;
}
