import { and, eq } from 'drizzle-orm';
import type { StatutoryClocks } from '../../../shared/domain/dashboard/due-entries';
import type { AnnualReport, ReportPeriod } from '../../../shared/schemas/report';
import type { ReadableDb } from '../../connection';
import { admCases } from '../../schema';
import { inPeriod } from './report-sql';

type Tally = { onTime: number; late: number; notYet: number };

function tally(rows: readonly { due: string; done: string | null }[]): Tally {
  const t: Tally = { onTime: 0, late: 0, notYet: 0 };
  for (const { due, done } of rows) {
    if (!done) t.notYet += 1;
    else if (done <= due) t.onTime += 1;
    else t.late += 1;
  }
  return t;
}

/** How promptly applicants were told the decisions made in the period, orally and in writing. */
export function tellingFigures(
  db: ReadableDb,
  period: ReportPeriod,
  clocks: Pick<StatutoryClocks, 'tellOrallyBy' | 'tellInWritingBy'>,
  today: string,
): NonNullable<AnnualReport['telling']> {
  const rows = db
    .select({
      decidedOn: admCases.decidedOn,
      toldOrallyOn: admCases.toldOrallyOn,
      letterIssuedOn: admCases.toldInWritingOn,
    })
    .from(admCases)
    .where(and(eq(admCases.tellingTracked, true), inPeriod(admCases.decidedOn, period)))
    .all()
    .flatMap((r) => (r.decidedOn ? [{ ...r, decidedOn: r.decidedOn }] : []));
  // Done after the report's day is not yet done as the report sees it.
  const asOf = (date: string | null) => (date && date <= today ? date : null);
  return {
    orally: tally(rows.map((r) => ({ due: clocks.tellOrallyBy(r.decidedOn), done: asOf(r.toldOrallyOn) }))),
    inWriting: tally(rows.map((r) => ({ due: clocks.tellInWritingBy(r.decidedOn), done: asOf(r.letterIssuedOn) }))),
  };
}
