import { DATA_RETURN_KINDS, type DocumentKind } from '../../../shared/contract/documents';
import type { DataReturnFormat } from '../../../shared/schemas/data-return';
import { DomainError } from '../../backend/domain-error';
import type { ReadContext } from '../../backend/router';
import { buildDataReturnFile, type DataReturnFile } from '../reports/data-return-files';

type DataReturnKind = (typeof DATA_RETURN_KINDS)[number];

const FORMAT: Record<DataReturnKind, DataReturnFormat> = {
  'data-return-csv': 'csv',
  'data-return-workbook': 'xlsx',
  'data-return-summary': 'docx',
};

export const isDataReturnKind = (kind: DocumentKind): kind is DataReturnKind =>
  (DATA_RETURN_KINDS as readonly string[]).includes(kind);

/** The year a data return's subject names (`data-return-<year>`). */
export function dataReturnYearOfSubject(subjectId: string): number | null {
  const match = /^data-return-(\d{4})$/.exec(subjectId);
  return match?.[1] ? Number(match[1]) : null;
}

/** One of the return's files for the year its subject names, built from the records as they stand. */
export async function dataReturnDocument(
  ctx: ReadContext,
  kind: DataReturnKind,
  subjectId: string,
): Promise<DataReturnFile> {
  const year = dataReturnYearOfSubject(subjectId);
  if (year === null) throw new DomainError('NOT_FOUND', 'The year of the data return could not be found.');
  return buildDataReturnFile(ctx.db, year, FORMAT[kind], ctx.clock.today(), ctx.clock.now());
}
