import type { DataReturn } from '../schemas/data-return';
import { csvText } from './report-csv';

/**
 * The return as CSV: a header row of the field names in the return's order,
 * then one row of values (every field quoted, text that could run as a formula
 * neutralised: report-csv.ts). A median of no approvals is left empty.
 */
export function dataReturnCsv(dataReturn: DataReturn): string {
  return csvText(
    dataReturn.fields.map((f) => f.field),
    [dataReturn.fields.map((f) => f.value)],
  );
}
