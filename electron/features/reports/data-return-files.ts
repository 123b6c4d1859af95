import ExcelJS from 'exceljs';
import { Packer } from 'docx';
import type { DataReturnFormat, DataReturn } from '../../../shared/schemas/data-return';
import { buildDataReturn, dataReturnPeriod } from '../../../shared/domain/reports/data-return';
import { dataReturnCsv } from '../../../shared/documents/data-return-csv';
import { buildDataReturnDocument } from '../../../shared/documents/data-return-document';
import { CSV_BYTE_ORDER_MARK, notFormula } from '../../../shared/documents/report-csv';
import { safeText } from '../../../shared/documents/safe-text';
import type { ReadableDb } from '../../../db/connection';
import { dataReturnFacts } from '../../../db/repositories/reports/data-return-facts';
import { readSettings } from '../../../db/repositories/settings-repository';

/** The return for a year, from the records as they stand. */
export function dataReturnOf(db: ReadableDb, year: number, today: string): DataReturn {
  return buildDataReturn(dataReturnFacts(db, dataReturnPeriod(year)), year, today);
}

const text = (value: string) => notFormula(safeText(value));

/** The return as a workbook: the figures sheet (field, value, definition), then one sheet of households per figure. */
async function dataReturnWorkbook(dataReturn: DataReturn, agencyName: string, now: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = text(agencyName);
  workbook.created = now;
  workbook.modified = now;
  const figures = workbook.addWorksheet('Data return', { views: [{ state: 'frozen', ySplit: 1 }] });
  figures.addRow([text('Field'), text('Value'), text('Definition')]).font = { bold: true };
  for (const f of dataReturn.fields) figures.addRow([text(f.field), f.value, text(f.definition)]);
  figures.getColumn(1).width = 46;
  figures.getColumn(2).width = 10;
  figures.getColumn(3).width = 90;
  const households = workbook.addWorksheet('Households counted', { views: [{ state: 'frozen', ySplit: 1 }] });
  households.addRow(['Field', 'Household', 'Date', 'Days', 'Places'].map(text)).font = { bold: true };
  for (const f of dataReturn.fields) {
    for (const h of f.households) households.addRow([text(f.field), text(h.reference), h.date, h.days, h.places]);
  }
  households.getColumn(1).width = 46;
  households.getColumn(2).width = 16;
  households.getColumn(3).width = 12;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export interface DataReturnFile {
  bytes: Buffer;
  /** The suggested file name, with its extension (main sanitises it). */
  fileName: string;
}

/**
 * The return for a year as one of its files, built by main from its own
 * records: CSV (a header row of the field names), a workbook, or a Word
 * summary. The inspection bundle calls this for each year it covers.
 */
export async function buildDataReturnFile(
  db: ReadableDb,
  year: number,
  format: DataReturnFormat,
  today: string,
  now: Date,
): Promise<DataReturnFile> {
  const dataReturn = dataReturnOf(db, year, today);
  const agencyName = readSettings(db).agencyName;
  const name = `Annual fostering data return ${dataReturn.from} to ${dataReturn.to}`;
  switch (format) {
    case 'csv':
      // The byte order mark lets spreadsheets read the text as UTF-8.
      return { bytes: Buffer.from(CSV_BYTE_ORDER_MARK + dataReturnCsv(dataReturn), 'utf8'), fileName: `${name}.csv` };
    case 'xlsx':
      return { bytes: await dataReturnWorkbook(dataReturn, agencyName, now), fileName: `${name}.xlsx` };
    case 'docx':
      return {
        bytes: await Packer.toBuffer(buildDataReturnDocument({ agencyName, dataReturn })),
        fileName: `${name} summary.docx`,
      };
  }
}
