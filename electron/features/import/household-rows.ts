import {
  CARE_TYPE_LABELS,
  HOUSEHOLD_TYPE_LABELS,
  NewHousehold,
  TermsOfApproval,
  type CareType,
} from '../../../shared/schemas/household';
import { choiceCell, dateCell, numberCell, schemaProblems, type RowReader } from './cell-values';

/** The households' columns: the template's headings, in its order. */
export const HOUSEHOLD_COLUMNS = [
  { key: 'reference', heading: 'Reference', required: true, example: 'FC-2019-014' },
  { key: 'displayName', heading: 'Display name', required: true, example: 'Mr and Mrs Rahman' },
  { key: 'applicant1', heading: 'First applicant', required: true, example: 'Imran Rahman' },
  { key: 'applicant2', heading: 'Second applicant', required: false, example: 'Aisha Rahman' },
  { key: 'householdType', heading: 'Type', required: true, example: 'Mainstream' },
  { key: 'specialistScheme', heading: 'Specialist scheme', required: false, example: '' },
  { key: 'address', heading: 'Address', required: false, example: '12 Elm Road, Northtown' },
  { key: 'supervisingSocialWorker', heading: 'Supervising social worker', required: false, example: 'Dana Price' },
  { key: 'applicationReceivedDate', heading: 'Application received on', required: false, example: '02/09/2018' },
  { key: 'status', heading: 'Status', required: true, example: 'Approved' },
  { key: 'approvalDate', heading: 'Approved on', required: false, example: '14/05/2019' },
  { key: 'typesOfCare', heading: 'Types of care', required: false, example: 'Short-term; Long-term' },
  { key: 'numberOfChildren', heading: 'Number of children', required: false, example: '2' },
  { key: 'ageFrom', heading: 'Youngest age', required: false, example: '0' },
  { key: 'ageTo', heading: 'Oldest age', required: false, example: '11' },
  { key: 'gender', heading: 'Gender of children', required: false, example: 'Any' },
] as const;

const HEADINGS: Record<string, string> = Object.fromEntries(HOUSEHOLD_COLUMNS.map((c) => [c.key, c.heading]));
const h = (key: string) => HEADINGS[key] ?? key;
const IMPORTABLE_STATUSES = { applicant: 'Applicant', approved: 'Approved' } as const;
const GENDERS = { any: 'Any', male: 'Male', female: 'Female' } as const;

export interface HouseholdRow {
  household: NewHousehold;
  status: 'applicant' | 'approved';
  approvalDate: string | null;
  terms: TermsOfApproval | null;
}

/** One spreadsheet row as a household (approved ones with their approval date and terms), or its problems. */
export function householdFromRow(reader: RowReader, today: string): HouseholdRow | null {
  const candidate = {
    reference: reader.text('reference'),
    displayName: reader.text('displayName'),
    applicantNames: [reader.text('applicant1'), reader.text('applicant2')].filter((name) => name.trim() !== ''),
    address: reader.text('address'),
    householdType: choiceCell(reader, 'householdType', h('householdType'), HOUSEHOLD_TYPE_LABELS) ?? undefined,
    specialistScheme: reader.text('specialistScheme'),
    supervisingSocialWorker: reader.text('supervisingSocialWorker'),
    applicationReceivedDate: dateCell(reader, 'applicationReceivedDate', h('applicationReceivedDate')),
    children: [],
  };
  const status = choiceCell(reader, 'status', h('status'), IMPORTABLE_STATUSES);
  if (status === null && !reader.problems.some((p) => p.startsWith(h('status')))) {
    reader.problems.push(`${h('status')}: choose Applicant or Approved`);
  }
  const approvalDate = dateCell(reader, 'approvalDate', h('approvalDate'));
  const terms = status === 'approved' ? termsFrom(reader, approvalDate, today) : null;
  const parsed = NewHousehold.safeParse(candidate);
  if (!parsed.success) reader.problems.push(...schemaProblems(parsed.error, HEADINGS, reader.problems));
  for (const date of [candidate.applicationReceivedDate, approvalDate]) {
    if (date && date > today)
      reader.problems.push('A date in the row is in the future: an import brings in what has happened');
  }
  if (reader.problems.length > 0 || !parsed.success || !status) return null;
  return { household: parsed.data, status, approvalDate: approvalDate || null, terms };
}

/** An approved household comes in with its approval date and terms, so its clocks run from day one. */
function termsFrom(reader: RowReader, approvalDate: string, today: string): TermsOfApproval | null {
  if (approvalDate === '')
    reader.problems.push(`${h('approvalDate')}: enter the date of approval of an approved household`);
  else if (approvalDate > today) return null;
  const types: CareType[] = [];
  for (const part of reader
    .text('typesOfCare')
    .split(/[;,]/)
    .map((t) => t.trim())
    .filter(Boolean)) {
    const type = choiceCell(
      { text: () => part, problems: reader.problems },
      'typesOfCare',
      h('typesOfCare'),
      CARE_TYPE_LABELS,
    );
    if (type) types.push(type);
  }
  const candidate = {
    typesOfCare: types,
    numberOfChildren: numberCell(reader, 'numberOfChildren', h('numberOfChildren')) ?? undefined,
    ageFrom: numberCell(reader, 'ageFrom', h('ageFrom')) ?? undefined,
    ageTo: numberCell(reader, 'ageTo', h('ageTo')) ?? undefined,
    gender: choiceCell(reader, 'gender', h('gender'), GENDERS) ?? 'any',
    namedChildren: [],
    siblingGroup: false,
  };
  const parsed = TermsOfApproval.safeParse(candidate);
  if (!parsed.success) {
    reader.problems.push(...schemaProblems(parsed.error, HEADINGS, reader.problems));
    return null;
  }
  return parsed.data;
}
