import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../shared/contract/channels';
import { databaseSnapshot, openTestBackend, type TestBackend } from '../factories/backend';
import { compliantListInputs, memberInput } from '../factories/members';

describe('central list through the router', () => {
  let backend: TestBackend;
  const call = async (channel: Parameters<TestBackend['router']['dispatch']>[1], input: unknown) =>
    backend.router.dispatch({ transport: 'internal' }, channel, input);
  beforeEach(async () => {
    backend = await openTestBackend();
  });
  afterEach(() => backend.dispose());

  it('refuses a duplicate member (same name and email), naming both fields', async () => {
    await backend.router.call('members:create', memberInput({ name: 'Ann Smith', email: 'ann@example.org' }));
    const before = databaseSnapshot(backend);
    const result = await call('members:create', memberInput({ name: 'ann  SMITH', email: 'ANN@example.org' }));
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', fieldErrors: { name: expect.any(String), email: expect.any(String) } },
    });
    expect(databaseSnapshot(backend)).toBe(before);
    expect((await call('members:create', memberInput({ name: 'Ann Smith', email: 'ann.s@example.org' }))).ok).toBe(
      true,
    );
  });

  it('records written notice and computes the leaving date one month later', async () => {
    const member = await backend.router.call('members:create', memberInput({ appointmentDate: '2024-01-01' }));
    const noticed = await backend.router.call('members:recordNotice', {
      id: member.id,
      version: member.version,
      noticeDate: '2026-11-20',
    });
    expect(noticed).toMatchObject({ status: 'on_notice', noticeReceivedDate: '2026-11-20', leavingDate: '2026-12-20' });
    const again = await call('members:recordNotice', {
      id: member.id,
      version: noticed.version,
      noticeDate: '2026-11-21',
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'RULE_VIOLATION' } });
  });

  it('refuses notice in the future or before appointment', async () => {
    const member = await backend.router.call('members:create', memberInput({ appointmentDate: '2025-06-01' }));
    const future = await call('members:recordNotice', { id: member.id, version: 1, noticeDate: '2026-11-24' });
    expect(future).toMatchObject({
      ok: false,
      error: { fieldErrors: { noticeDate: expect.stringContaining('future') } },
    });
    const early = await call('members:recordNotice', { id: member.id, version: 1, noticeDate: '2025-05-31' });
    expect(early).toMatchObject({
      ok: false,
      error: { fieldErrors: { noticeDate: expect.stringContaining('1 June 2025') } },
    });
  });

  it('records leaving, refusing a date before appointment, and never deletes the member', async () => {
    const member = await backend.router.call('members:create', memberInput({ appointmentDate: '2025-06-01' }));
    const early = await call('members:recordLeaving', { id: member.id, version: 1, leftDate: '2025-05-01' });
    expect(early).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', fieldErrors: { leftDate: expect.any(String) } },
    });
    const left = await backend.router.call('members:recordLeaving', {
      id: member.id,
      version: 1,
      leftDate: '2026-11-01',
      reason: 'Moved away',
    });
    expect(left).toMatchObject({ status: 'left', leftDate: '2026-11-01', leavingReason: 'Moved away' });
    expect(await backend.router.call('members:list', {})).toEqual([]);
    expect((await backend.router.call('members:list', { status: 'left' })).map((m) => m.id)).toEqual([member.id]);
  });

  it('refuses an edit made from a stale version and keeps the newer data', async () => {
    const member = await backend.router.call('members:create', memberInput({ name: 'Ann Smith' }));
    const edit: ChannelInput<'members:update'> = { ...memberInput({ name: 'Ann Smith' }), id: member.id, version: 1 };
    await backend.router.call('members:update', { ...edit, phone: '01632 960001' });
    const stale = await call('members:update', { ...edit, phone: '01632 960999' });
    expect(stale).toMatchObject({ ok: false, error: { code: 'STALE_VERSION' } });
    expect(await backend.router.call('members:get', { id: member.id })).toMatchObject({
      phone: '01632 960001',
      version: 2,
    });
  });

  it('refuses moving the appointment after a notice already recorded', async () => {
    const member = await backend.router.call('members:create', memberInput({ appointmentDate: '2024-01-01' }));
    const noticed = await backend.router.call('members:recordNotice', {
      id: member.id,
      version: 1,
      noticeDate: '2026-11-01',
    });
    const input = { ...memberInput({ name: noticed.name, email: noticed.email, appointmentDate: '2026-11-02' }) };
    const result = await call('members:update', { ...input, termEndDate: '', id: member.id, version: noticed.version });
    expect(result).toMatchObject({ ok: false, error: { fieldErrors: { appointmentDate: expect.any(String) } } });
  });

  it('keeps a training log, refusing training in the future', async () => {
    const member = await backend.router.call('members:create', memberInput());
    const added = await backend.router.call('members:addTraining', {
      memberId: member.id,
      date: '2026-10-01',
      title: 'Safeguarding update',
      hours: '2.5',
    });
    expect(added.training).toEqual([
      { id: expect.any(String), date: '2026-10-01', title: 'Safeguarding update', hours: 2.5 },
    ]);
    expect(added.version).toBe(2);
    const future = await call('members:addTraining', {
      memberId: member.id,
      date: '2026-12-01',
      title: 'Later',
      hours: '1',
    });
    expect(future).toMatchObject({ ok: false, error: { fieldErrors: { date: expect.any(String) } } });
    const trainingId = added.training[0]?.id ?? '';
    const removed = await backend.router.call('members:removeTraining', { memberId: member.id, trainingId });
    expect(removed.training).toEqual([]);
    expect(await call('members:removeTraining', { memberId: member.id, trainingId })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('reports compliance warnings that appear and clear with the data', async () => {
    const codes = async () => (await backend.router.call('members:compliance', {})).map((w) => w.code);
    expect(await codes()).toEqual(['NO_INDEPENDENT_CHAIR', 'NO_QUALIFIED_SOCIAL_WORKER', 'NO_VICE_CHAIR']);
    for (const input of compliantListInputs()) await backend.router.call('members:create', input);
    expect(await codes()).toEqual([]);
    const due = await backend.router.call(
      'members:create',
      memberInput({ dbsCheckDate: '2023-12-01', dbsRenewalDue: '2026-12-01' }),
    );
    expect(await codes()).toEqual(['DBS_DUE_SOON']);
    await backend.router.call('members:update', {
      ...memberInput({ name: due.name, email: due.email, dbsCheckDate: '2026-11-20', dbsRenewalDue: '2029-11-20' }),
      id: due.id,
      version: due.version,
    });
    expect(await codes()).toEqual([]);
  });

  it('says clearly when a member does not exist', async () => {
    expect(await call('members:get', { id: 'nobody' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: expect.stringContaining('could not be found') },
    });
  });
});
