import { ImportCounts, ImportFile, ImportPreview, ImportTemplateRequest } from '../schemas/import';
import { SavedFile } from '../schemas/report';
import { read, write } from './define';

/** Bringing in the central list and the current households from a spreadsheet (CSV or .xlsx). */
export const importContract = {
  /** Checks every row and says what it would do; writes nothing. */
  'import:preview': read(ImportFile, ImportPreview),
  /** Checks the same bytes again and writes every row in one transaction, or nothing if any row has a problem. */
  'import:commit': write('import', ImportFile, ImportCounts),
  /** A blank spreadsheet with the columns an import reads, built by main. */
  'import:saveTemplate': write('import', ImportTemplateRequest, SavedFile),
} as const;
