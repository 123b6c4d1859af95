import { and, asc, desc, eq, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import type { MemberFacts } from '../../shared/domain/members/compliance';
import type { Member, MemberFilter, MemberSort, MemberSummary, TrainingEntry } from '../../shared/schemas/member';
import type { AppDatabase, ReadableDb } from '../connection';
import { preparedQueries, preparedQuery } from '../prepared';
import { memberTraining, members, type MemberRow, type MemberTrainingRow, type NewMemberRow } from '../schema';

/** Lower-case with runs of spaces collapsed: "  Ann  SMITH " and "ann smith" are the same person. */
export function matchKey(text: string | null): string | null {
  return text === null ? null : text.trim().replace(/\s+/g, ' ').toLowerCase();
}

const SORT_COLUMNS = {
  name: members.nameKey,
  listRole: members.listRole,
  appointmentDate: members.appointmentDate,
  dbsRenewalDue: members.dbsRenewalDue,
  status: members.status,
} satisfies Record<MemberSort, unknown>;

type ParsedFilter = { [K in keyof MemberFilter]: Exclude<MemberFilter[K], undefined> | undefined };

const placeholder = sql.placeholder;

/** The filters a list read has, as the key of its prepared statement. */
function listShape(filter: ParsedFilter): string {
  const status = filter.status ?? 'current';
  const statusKind = status === 'current' || status === 'all' ? status : 'one';
  return [
    statusKind,
    filter.listRole ? 'role' : '',
    filter.search ? 'search' : '',
    filter.sort ?? 'name',
    filter.direction ?? 'asc',
  ].join(':');
}

const memberList = preparedQueries((db, shape: string) => {
  const [statusKind, role, search, sort, direction] = shape.split(':') as [string, string, string, MemberSort, string];
  const where: SQL[] = [];
  if (statusKind === 'current') where.push(inArray(members.status, ['active', 'on_notice']));
  else if (statusKind === 'one') where.push(eq(members.status, placeholder('status')));
  if (role) where.push(eq(members.listRole, placeholder('listRole')));
  if (search) {
    const match = or(
      sql`${members.nameKey} LIKE ${placeholder('pattern')} ESCAPE '\\'`,
      sql`${members.emailKey} LIKE ${placeholder('pattern')} ESCAPE '\\'`,
    );
    if (match) where.push(match);
  }
  const column = SORT_COLUMNS[sort];
  const order = direction === 'desc' ? desc(column) : asc(column);
  return db
    .select()
    .from(members)
    .where(and(...where))
    .orderBy(order, asc(members.nameKey))
    .prepare();
});

export function listMembers(db: ReadableDb, filter: ParsedFilter): MemberSummary[] {
  const rows = memberList(db, listShape(filter)).all({
    status: filter.status ?? 'current',
    listRole: filter.listRole ?? null,
    pattern: filter.search ? `%${escapeLike(filter.search.toLowerCase())}%` : null,
  });
  return rows.map(toSummary);
}

const memberById = preparedQuery((db) =>
  db
    .select()
    .from(members)
    .where(eq(members.id, placeholder('id')))
    .prepare(),
);
const trainingOfMember = preparedQuery((db) =>
  db
    .select()
    .from(memberTraining)
    .where(eq(memberTraining.memberId, placeholder('id')))
    .orderBy(desc(memberTraining.date), asc(memberTraining.createdAt))
    .prepare(),
);

export function getMember(db: ReadableDb, id: string): Member | null {
  const row = memberById(db).get({ id });
  if (!row) return null;
  const training = trainingOfMember(db).all({ id });
  return toMember(row, training.map(toTraining));
}

const memberFacts = preparedQuery((db) =>
  db
    .select({
      id: members.id,
      name: members.name,
      status: members.status,
      listRole: members.listRole,
      independent: members.independent,
      socialWorkerPqe3: members.socialWorkerPqe3,
      dbsRenewalDue: members.dbsRenewalDue,
      nextAppraisalDue: members.nextAppraisalDue,
      termEndDate: members.termEndDate,
      leavingDate: members.leavingDate,
    })
    .from(members)
    .where(ne(members.status, 'left'))
    .prepare(),
);

export function allMemberFacts(db: ReadableDb): MemberFacts[] {
  return memberFacts(db).all();
}

/** Another member with the same name and email, if any (the duplicate rule). */
export function findDuplicateMember(
  db: AppDatabase,
  name: string,
  email: string | null,
  exceptId?: string,
): { id: string } | null {
  const nameKey = matchKey(name) ?? '';
  const emailKey = matchKey(email);
  const sameEmail = emailKey === null ? undefined : eq(members.emailKey, emailKey);
  if (!sameEmail) return null;
  const row = db
    .select({ id: members.id })
    .from(members)
    .where(and(eq(members.nameKey, nameKey), sameEmail, exceptId ? ne(members.id, exceptId) : undefined))
    .get();
  return row ?? null;
}

export type MemberWrite = Omit<NewMemberRow, 'nameKey' | 'emailKey' | 'version' | 'createdAt' | 'updatedAt'>;

export function insertMember(db: AppDatabase, member: MemberWrite, at: string): void {
  db.insert(members)
    .values({ ...member, ...keys(member), version: 1, createdAt: at, updatedAt: at })
    .run();
}

/** Updates only when the row is still at `version`; returns false when someone else got there first. */
export function updateMember(
  db: AppDatabase,
  id: string,
  version: number,
  changes: Partial<MemberWrite>,
  at: string,
): boolean {
  const keyChanges =
    changes.name !== undefined && changes.email !== undefined ? keys({ name: changes.name, email: changes.email }) : {};
  const result = db
    .update(members)
    .set({ ...changes, ...keyChanges, version: version + 1, updatedAt: at })
    .where(and(eq(members.id, id), eq(members.version, version)))
    .run();
  return result.changes === 1;
}

/** Bumps the member's version so a training change is seen as a change to the member. */
export function touchMember(db: AppDatabase, id: string, at: string): void {
  const row = db.select({ version: members.version }).from(members).where(eq(members.id, id)).get();
  if (row)
    db.update(members)
      .set({ version: row.version + 1, updatedAt: at })
      .where(eq(members.id, id))
      .run();
}

export function insertTraining(
  db: AppDatabase,
  entry: { id: string; memberId: string; date: string; title: string; minutes: number },
  at: string,
): void {
  db.insert(memberTraining)
    .values({ ...entry, createdAt: at })
    .run();
}

export function deleteTraining(db: AppDatabase, memberId: string, trainingId: string): boolean {
  const result = db
    .delete(memberTraining)
    .where(and(eq(memberTraining.id, trainingId), eq(memberTraining.memberId, memberId)))
    .run();
  return result.changes === 1;
}

function keys(member: { name: string; email?: string | null }): { nameKey: string; emailKey: string | null } {
  return { nameKey: matchKey(member.name) ?? '', emailKey: matchKey(member.email ?? null) };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

function toSummary(row: MemberRow): MemberSummary {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    listRole: row.listRole,
    independent: row.independent,
    background: row.background,
    socialWorkerPqe3: row.socialWorkerPqe3,
    appointmentDate: row.appointmentDate,
    termEndDate: row.termEndDate,
    dbsRenewalDue: row.dbsRenewalDue,
    nextAppraisalDue: row.nextAppraisalDue,
    status: row.status,
    leavingDate: row.leavingDate,
  };
}

function toMember(row: MemberRow, training: TrainingEntry[]): Member {
  return {
    ...toSummary(row),
    version: row.version,
    phone: row.phone,
    address: row.address,
    backgroundDetail: row.backgroundDetail,
    dbsCheckDate: row.dbsCheckDate,
    inductionDate: row.inductionDate,
    lastAppraisalDate: row.lastAppraisalDate,
    feePence: row.feePence,
    notes: row.notes,
    noticeReceivedDate: row.noticeReceivedDate,
    leftDate: row.leftDate,
    leavingReason: row.leavingReason,
    training,
  };
}

function toTraining(row: MemberTrainingRow): TrainingEntry {
  return { id: row.id, date: row.date, title: row.title, hours: row.minutes / 60 };
}
