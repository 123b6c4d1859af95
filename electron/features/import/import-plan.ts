import type { ReadableDb } from '../../../db/connection';
import {
  heldHouseholdReferences,
  heldMemberKeys,
  importReferenceKey,
  matchHeldMember,
} from '../../../db/repositories/import-repository';
import { getHousehold } from '../../../db/repositories/households-repository';
import { getMember } from '../../../db/repositories/members-repository';
import { careTypeProblem, fosteringLimitProblem } from '../../../shared/domain/households/terms-rules';
import { formatDate } from '../../../shared/domain/dates';
import type { ImportAction, ImportCounts, ImportKind, ImportPreview } from '../../../shared/schemas/import';
import { householdFromRow, HOUSEHOLD_COLUMNS, type HouseholdRow } from './household-rows';
import { memberFromRow, MEMBER_COLUMNS, type MemberRow } from './member-rows';
import type { Sheet, SheetRow } from './read-sheet';

export type PlannedRow = { row: number; label: string; action: ImportAction; notes: string[] } & (
  | { kind: 'members'; data: MemberRow | null; heldId: string | null }
  | { kind: 'households'; data: HouseholdRow | null; heldId: string | null }
);

export interface ImportPlan {
  fileProblem: string | null;
  rows: PlannedRow[];
  counts: ImportCounts;
}

const COLUMNS = { members: MEMBER_COLUMNS, households: HOUSEHOLD_COLUMNS };

/**
 * What each row of the sheet would do, judged against what is already held:
 * a new record, an update of one held (a member by DBS number, or name and
 * date of birth; a household by reference), a skip when nothing differs, or
 * refused with its problems in words. Reads only.
 */
export function planImport(db: ReadableDb, kind: ImportKind, sheet: Sheet, today: string): ImportPlan {
  if (!sheet.ok) return { fileProblem: sheet.problem, rows: [], counts: countOf([]) };
  const columns = COLUMNS[kind];
  const index = new Map(sheet.header.map((heading, i) => [heading.toLowerCase(), i]));
  const missing = columns.filter((c) => c.required && !index.has(c.heading.toLowerCase())).map((c) => c.heading);
  if (missing.length > 0) {
    const problem = `The file has no column headed ${missing.join(', ')}. Download the template: its first row has the headings an import reads.`;
    return { fileProblem: problem, rows: [], counts: countOf([]) };
  }
  const planned = sheet.rows.map((row) => {
    const problems: string[] = [];
    const cell = (key: string) => {
      const column = columns.find((c) => c.key === key);
      const at = column ? index.get(column.heading.toLowerCase()) : undefined;
      return at === undefined ? undefined : row.cells[at];
    };
    for (const column of columns) {
      if (cell(column.key)?.formula) {
        problems.push(`${column.heading}: holds a formula. Formulas are never run: type the value itself`);
      }
    }
    const reader = { text: (key: string) => (cell(key)?.formula ? '' : (cell(key)?.text ?? '')), problems };
    return kind === 'members' ? planMember(db, row, reader) : planHousehold(db, row, reader, today);
  });
  refuseRepeats(planned);
  return { fileProblem: null, rows: planned, counts: countOf(planned) };
}

type Reader = { text: (key: string) => string; problems: string[] };

function planMember(db: ReadableDb, row: SheetRow, reader: Reader): PlannedRow {
  const data = memberFromRow(reader);
  const label = reader.text('name').trim() || `Row ${row.row}`;
  if (!data)
    return { kind: 'members', row: row.row, label, action: 'refused', notes: reader.problems, data, heldId: null };
  const match = matchHeldMember(heldMemberKeys(db), {
    name: data.member.name,
    dateOfBirth: data.dateOfBirth,
    dbsNumber: data.dbsNumber,
  });
  if (!match) {
    return {
      kind: 'members',
      row: row.row,
      label,
      action: 'create',
      notes: ['Added to the central list'],
      data,
      heldId: null,
    };
  }
  const current = getMember(db, match.id);
  const fields = [
    'name',
    'email',
    'phone',
    'address',
    'listRole',
    'independent',
    'background',
    'backgroundDetail',
    'socialWorkerPqe3',
    'appointmentDate',
    'termEndDate',
    'dbsCheckDate',
  ] as const;
  const same =
    current !== null &&
    fields.every((field) => current[field] === data.member[field]) &&
    match.dateOfBirth === data.dateOfBirth &&
    match.dbsNumber === data.dbsNumber;
  const by = data.dbsNumber && match.dbsNumber === data.dbsNumber ? 'DBS certificate number' : 'name and date of birth';
  return same
    ? {
        kind: 'members',
        row: row.row,
        label,
        action: 'skip',
        notes: [`Already on the central list (same ${by}), unchanged`],
        data,
        heldId: match.id,
      }
    : {
        kind: 'members',
        row: row.row,
        label,
        action: 'update',
        notes: [`Already on the central list (same ${by}): its details are updated`],
        data,
        heldId: match.id,
      };
}

function planHousehold(db: ReadableDb, row: SheetRow, reader: Reader, today: string): PlannedRow {
  const data = householdFromRow(reader, today);
  const reference = reader.text('reference').trim();
  const label = [reference, reader.text('displayName').trim()].filter(Boolean).join(' – ') || `Row ${row.row}`;
  if (data?.terms) {
    const problem =
      careTypeProblem(data.terms, data.household.householdType) ?? fosteringLimitProblem(data.terms, false);
    if (problem) reader.problems.push(problem);
  }
  if (!data || reader.problems.length > 0) {
    return {
      kind: 'households',
      row: row.row,
      label,
      action: 'refused',
      notes: reader.problems,
      data: null,
      heldId: null,
    };
  }
  const heldId = heldHouseholdReferences(db).get(importReferenceKey(data.household.reference)) ?? null;
  if (!heldId) {
    const notes =
      data.status === 'approved' && data.approvalDate
        ? [`Added as approved on ${formatDate(data.approvalDate)}, with its terms and status history`]
        : ['Added as an applicant'];
    return { kind: 'households', row: row.row, label, action: 'create', notes, data, heldId: null };
  }
  const current = getHousehold(db, heldId);
  const details = data.household;
  const same =
    current !== null &&
    current.displayName === details.displayName &&
    current.applicantNames.join('|') === details.applicantNames.join('|') &&
    current.address === details.address &&
    current.householdType === details.householdType &&
    current.specialistScheme === details.specialistScheme &&
    current.supervisingSocialWorker === details.supervisingSocialWorker &&
    current.applicationReceivedDate === details.applicationReceivedDate;
  return same
    ? {
        kind: 'households',
        row: row.row,
        label,
        action: 'skip',
        notes: ['Already held (same reference), unchanged'],
        data,
        heldId,
      }
    : {
        kind: 'households',
        row: row.row,
        label,
        action: 'update',
        notes: [
          'Already held (same reference): its details are updated; its status and terms are changed only through panel business',
        ],
        data,
        heldId,
      };
}

/** The same record twice in one file is refused the second time, naming the first. */
function refuseRepeats(rows: PlannedRow[]): void {
  const seen = new Map<string, number>();
  for (const row of rows) {
    if (!row.data) continue;
    const key =
      row.kind === 'households'
        ? `h:${importReferenceKey(row.data.household.reference)}`
        : row.data.dbsNumber
          ? `d:${row.data.dbsNumber}`
          : `n:${row.data.member.name.toLowerCase()}:${row.data.dateOfBirth ?? row.row}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, row.row);
    else {
      row.action = 'refused';
      row.notes = [
        `The same ${row.kind === 'households' ? 'household' : 'member'} as row ${first}: remove one of them`,
      ];
    }
  }
}

function countOf(rows: readonly PlannedRow[]): ImportCounts {
  const count = (action: ImportAction) => rows.filter((row) => row.action === action).length;
  return { create: count('create'), update: count('update'), skip: count('skip'), refused: count('refused') };
}

export function previewOf(kind: ImportKind, plan: ImportPlan): ImportPreview {
  return {
    kind,
    fileProblem: plan.fileProblem,
    rows: plan.rows.map(({ row, label, action, notes }) => ({ row, label, action, notes })),
    counts: plan.counts,
  };
}
