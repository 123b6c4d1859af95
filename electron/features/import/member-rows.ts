import { BACKGROUND_LABELS, LIST_ROLE_LABELS, NewMember } from '../../../shared/schemas/member';
import { choiceCell, dateCell, schemaProblems, yesNoCell, type RowReader } from './cell-values';

/** The central list's columns: the template's headings, in its order, and whether a row must fill them. */
export const MEMBER_COLUMNS = [
  { key: 'name', heading: 'Full name', required: true, example: 'Margaret Ellis' },
  { key: 'dateOfBirth', heading: 'Date of birth', required: false, example: '14/03/1962' },
  { key: 'dbsNumber', heading: 'DBS certificate number', required: false, example: '001234567890' },
  { key: 'listRole', heading: 'Role on the central list', required: true, example: 'Chair' },
  { key: 'independent', heading: 'Independent', required: true, example: 'Yes' },
  { key: 'background', heading: 'Background', required: true, example: 'Social worker' },
  { key: 'backgroundDetail', heading: 'Background detail', required: false, example: '' },
  { key: 'socialWorkerPqe3', heading: "Social worker with 3 years' PQE", required: false, example: 'Yes' },
  { key: 'appointmentDate', heading: 'Appointed on', required: true, example: '01/04/2023' },
  { key: 'termEndDate', heading: 'Term ends on', required: false, example: '31/03/2026' },
  { key: 'dbsCheckDate', heading: 'DBS checked on', required: false, example: '10/02/2024' },
  { key: 'email', heading: 'Email', required: false, example: 'margaret.ellis@example.org' },
  { key: 'phone', heading: 'Telephone', required: false, example: '' },
  { key: 'address', heading: 'Address', required: false, example: '' },
] as const;

const HEADINGS: Record<string, string> = Object.fromEntries(MEMBER_COLUMNS.map((c) => [c.key, c.heading]));

export interface MemberRow {
  member: NewMember;
  dateOfBirth: string | null;
  dbsNumber: string | null;
}

/** One spreadsheet row as a new member, or its problems in words. */
export function memberFromRow(reader: RowReader): MemberRow | null {
  const dateOfBirth = dateCell(reader, 'dateOfBirth', HEADINGS.dateOfBirth ?? '');
  const dbsNumber = reader.text('dbsNumber').replace(/\s+/g, '');
  if (dbsNumber !== '' && !/^\d{12}$/.test(dbsNumber)) {
    reader.problems.push(`${HEADINGS.dbsNumber}: a DBS certificate number is 12 digits`);
  }
  const background = choiceCell(reader, 'background', HEADINGS.background ?? '', BACKGROUND_LABELS);
  const candidate = {
    name: reader.text('name'),
    email: reader.text('email'),
    phone: reader.text('phone'),
    address: reader.text('address'),
    listRole: choiceCell(reader, 'listRole', HEADINGS.listRole ?? '', LIST_ROLE_LABELS) ?? undefined,
    independent: yesNoCell(reader, 'independent', HEADINGS.independent ?? '', null) ?? undefined,
    background: background ?? undefined,
    backgroundDetail: reader.text('backgroundDetail'),
    socialWorkerPqe3: yesNoCell(reader, 'socialWorkerPqe3', HEADINGS.socialWorkerPqe3 ?? '', false) ?? undefined,
    appointmentDate: dateCell(reader, 'appointmentDate', HEADINGS.appointmentDate ?? ''),
    termEndDate: dateCell(reader, 'termEndDate', HEADINGS.termEndDate ?? ''),
    dbsCheckDate: dateCell(reader, 'dbsCheckDate', HEADINGS.dbsCheckDate ?? ''),
  };
  const parsed = NewMember.safeParse(candidate);
  if (!parsed.success) reader.problems.push(...schemaProblems(parsed.error, HEADINGS, reader.problems));
  if (reader.problems.length > 0 || !parsed.success) return null;
  return { member: parsed.data, dateOfBirth: dateOfBirth || null, dbsNumber: dbsNumber || null };
}
