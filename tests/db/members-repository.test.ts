import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  findDuplicateMember,
  getMember,
  insertMember,
  insertTraining,
  listMembers,
  matchKey,
  updateMember,
} from '../../db/repositories/members-repository';
import { openTestBackend, type TestBackend } from '../factories/backend';

const AT = '2026-11-23T09:00:00.000Z';

function row(id: string, name: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    name,
    email: `${id}@example.org`,
    phone: null,
    address: null,
    listRole: 'member' as const,
    independent: true,
    background: 'health' as const,
    backgroundDetail: null,
    socialWorkerPqe3: false,
    appointmentDate: '2024-01-01',
    termEndDate: null,
    dbsCheckDate: null,
    dbsRenewalDue: null,
    inductionDate: null,
    lastAppraisalDate: null,
    nextAppraisalDue: null,
    feePence: 15000,
    notes: null,
    status: 'active' as const,
    ...extra,
  };
}

describe('members repository on a real file', () => {
  let backend: TestBackend;
  beforeEach(async () => {
    backend = await openTestBackend();
  });
  afterEach(() => backend.dispose());

  it('round-trips every field as a DTO, with training in hours', () => {
    insertMember(
      backend.store.db,
      row('a', 'Ann Smith', { termEndDate: '2027-01-01', notes: 'Prefers afternoon sittings' }),
      AT,
    );
    insertTraining(
      backend.store.db,
      { id: 't1', memberId: 'a', date: '2026-10-01', title: 'Safeguarding', minutes: 150 },
      AT,
    );
    const member = getMember(backend.store.db, 'a');
    expect(member).toMatchObject({
      id: 'a',
      version: 1,
      name: 'Ann Smith',
      email: 'a@example.org',
      feePence: 15000,
      termEndDate: '2027-01-01',
      notes: 'Prefers afternoon sittings',
      independent: true,
      training: [{ id: 't1', date: '2026-10-01', title: 'Safeguarding', hours: 2.5 }],
    });
    expect(Object.keys(member ?? {})).not.toContain('nameKey');
    expect(Object.keys(member ?? {})).not.toContain('name_key');
  });

  it('filters by status, role and search, and sorts', () => {
    insertMember(backend.store.db, row('a', 'Ann Smith'), AT);
    insertMember(backend.store.db, row('b', 'Bob Jones', { listRole: 'chair', appointmentDate: '2020-01-01' }), AT);
    insertMember(backend.store.db, row('c', 'Cath 100% Real', { status: 'left' }), AT);
    const names = (filter: Parameters<typeof listMembers>[1]) =>
      listMembers(backend.store.db, filter).map((m) => m.name);
    expect(names({})).toEqual(['Ann Smith', 'Bob Jones']);
    expect(names({ status: 'all' })).toEqual(['Ann Smith', 'Bob Jones', 'Cath 100% Real']);
    expect(names({ status: 'left' })).toEqual(['Cath 100% Real']);
    expect(names({ listRole: 'chair' })).toEqual(['Bob Jones']);
    expect(names({ search: 'SMI' })).toEqual(['Ann Smith']);
    expect(names({ search: 'b@example' })).toEqual(['Bob Jones']);
    expect(names({ search: '100%', status: 'all' })).toEqual(['Cath 100% Real']);
    expect(names({ search: '%' })).toEqual([]);
    expect(names({ sort: 'appointmentDate', direction: 'asc' })).toEqual(['Bob Jones', 'Ann Smith']);
    expect(names({ sort: 'name', direction: 'desc' })).toEqual(['Bob Jones', 'Ann Smith']);
  });

  it('matches duplicates on name and email regardless of case and spacing', () => {
    insertMember(backend.store.db, row('a', 'Ann Smith'), AT);
    expect(matchKey('  Ann   SMITH ')).toBe('ann smith');
    expect(findDuplicateMember(backend.store.db, ' ann  smith', 'A@EXAMPLE.ORG')).toEqual({ id: 'a' });
    expect(findDuplicateMember(backend.store.db, 'Ann Smith', 'other@example.org')).toBeNull();
    expect(findDuplicateMember(backend.store.db, 'Ann Smith', 'a@example.org', 'a')).toBeNull();
  });

  it('backs the duplicate rule with a unique index', () => {
    insertMember(backend.store.db, row('a', 'Ann Smith'), AT);
    expect(() => insertMember(backend.store.db, { ...row('b', 'ANN SMITH'), email: 'a@example.org' }, AT)).toThrow(
      /UNIQUE/,
    );
  });

  it('updates only from the current version', () => {
    insertMember(backend.store.db, row('a', 'Ann Smith'), AT);
    expect(updateMember(backend.store.db, 'a', 1, { phone: '01632 960001' }, AT)).toBe(true);
    expect(updateMember(backend.store.db, 'a', 1, { phone: '01632 960002' }, AT)).toBe(false);
    expect(getMember(backend.store.db, 'a')).toMatchObject({ version: 2, phone: '01632 960001' });
  });
});
