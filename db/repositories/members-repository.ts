import { and, asc, desc, eq, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import type { MemberFacts } from '../../shared/domain/members/compliance';
import type { Member, MemberFilter, MemberSort, MemberSummary, TrainingEntry } from '../../shared/schemas/member';
import type { AppDatabase, ReadableDb } from '../connection';
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

export function listMembers(db: ReadableDb, filter: ParsedFilter): MemberSummary[] {
  const where: SQL[] = [];
  const status = filter.status ?? 'current';
  if (status === 'current') where.push(inArray(members.status, ['active', 'on_notice']));
  else if (status !== 'all') where.push(eq(members.status, status));
  if (filter.listRole) where.push(eq(members.listRole, filter.listRole));
  if (filter.search) {
    const pattern = `%${escapeLike(filter.search.toLowerCase())}%`;
    const match = or(
      sql`${members.nameKey} LIKE ${pattern} ESCAPE '\\'`,
      sql`${members.emailKey} LIKE ${pattern} ESCAPE '\\'`,
    );
    if (match) where.push(match);
  }
  const column = SORT_COLUMNS[filter.sort ?? 'name'];
  const order = filter.direction === 'desc' ? desc(column) : asc(column);
  const rows = db
    .select()
    .from(members)
    .where(and(...where))
    .orderBy(order, asc(members.nameKey))
    .all();
  return rows.map(toSummary);
}

export function getMember(db: ReadableDb, id: string): Member | null {
  const row = db.select().from(members).where(eq(members.id, id)).get();
  if (!row) return null;
  const training = db
    .select()
    .from(memberTraining)
    .where(eq(memberTraining.memberId, id))
    .orderBy(desc(memberTraining.date), asc(memberTraining.createdAt))
    .all();
  return toMember(row, training.map(toTraining));
}

export function allMemberFacts(db: ReadableDb): MemberFacts[] {
  return db
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
    .all();
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
