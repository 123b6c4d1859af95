import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Household } from '../../shared/schemas/household';
import type { SittingDetail } from '../../shared/schemas/sitting-views';
import { databaseSnapshot, LOOPBACK, openTestBackend, signIn, type TestBackend } from '../factories/backend';
import { householdInput } from '../factories/households';
import { memberInput } from '../factories/members';
import { attending, settingsVersion } from '../factories/versions';

describe('agendas, attendance and quorum', () => {
  let backend: TestBackend;
  beforeEach(async () => {
    backend = await openTestBackend();
    await signIn(backend);
  });
  afterEach(() => backend.dispose());

  async function as<T>(channel: string, input: unknown): Promise<T> {
    const result = await backend.router.dispatch(LOOPBACK, channel, input);
    if (!result.ok)
      throw new Error(
        `${result.error.code}: ${result.error.message} ${JSON.stringify(result.error.fieldErrors ?? {})}`,
      );
    return result.value as T;
  }
  const refused = async (channel: string, input: unknown) => {
    const result = await backend.router.dispatch(LOOPBACK, channel, input);
    return result.ok ? null : result.error;
  };

  /** Chair, two vice chairs (one not independent), a qualified social worker and three members. */
  async function panel() {
    const chair = await as<{ id: string }>('members:create', memberInput({ name: 'Chair', listRole: 'chair' }));
    const vice = await as<{ id: string }>(
      'members:create',
      memberInput({ name: 'Vice', listRole: 'vice_chair', independent: false }),
    );
    const sw = await as<{ id: string }>(
      'members:create',
      memberInput({ name: 'Social Worker', background: 'social_worker', socialWorkerPqe3: true, independent: false }),
    );
    const m1 = await as<{ id: string }>('members:create', memberInput({ name: 'Member One' }));
    const m2 = await as<{ id: string }>('members:create', memberInput({ name: 'Member Two' }));
    return { chair: chair.id, vice: vice.id, sw: sw.id, m1: m1.id, m2: m2.id };
  }

  const newSitting = (date = '2027-01-12', extra = {}) =>
    as<SittingDetail>('sittings:create', {
      kind: 'main',
      date,
      startTime: '09:30',
      venue: 'County Hall, Room 4',
      ...extra,
    });

  it('builds an agenda with times, late papers and a readiness checklist, and reorders it', async () => {
    const household = await as<Household>('households:create', householdInput({ displayName: 'Mr and Mrs A' }));
    const sitting = await newSitting('2027-01-05');
    await as('items:add', {
      sittingId: sitting.id,
      householdId: household.id,
      itemType: 'approval_mainstream',
      durationMinutes: 60,
      papersReceivedDate: '2026-12-29',
    });
    const withBusiness = await as<SittingDetail>('items:add', {
      sittingId: sitting.id,
      itemType: 'business',
      title: 'Quality assurance report',
      durationMinutes: 15,
    });
    const [approval, business] = withBusiness.items;
    expect(approval).toMatchObject({
      startTime: '09:30',
      papersLate: true,
      household: { displayName: 'Mr and Mrs A' },
    });
    expect(approval?.checklist.map((c) => c.key)).toEqual([
      'assessmentReport',
      'statutoryChecks',
      'references',
      'medical',
      'dbs',
    ]);
    expect(business).toMatchObject({ startTime: '10:30', papersLate: false });
    expect(
      await refused('items:add', { sittingId: sitting.id, itemType: 'first_review', durationMinutes: 30 }),
    ).toMatchObject({
      fieldErrors: { householdId: expect.any(String) },
    });

    const ticked = await as<SittingDetail>('items:update', {
      id: approval?.id,
      version: approval?.version,
      durationMinutes: 60,
      papersReceivedDate: '2026-12-22',
      checklist: { statutoryChecks: true, references: true },
    });
    expect(ticked.items[0]?.papersLate).toBe(false);
    expect(ticked.items[0]?.checklist.filter((c) => c.done).map((c) => c.key)).toEqual([
      'statutoryChecks',
      'references',
    ]);

    const reordered = await as<SittingDetail>('items:reorder', {
      sittingId: sitting.id,
      itemIds: [business?.id, approval?.id],
    });
    expect(reordered.items.map((i) => [i.typeLabel, i.startTime])).toEqual([
      ['Quality assurance or business item', '09:30'],
      ['Approval (mainstream)', '09:45'],
    ]);
  });
  it('warns about another open item, a late first review and the 8-month clock', async () => {
    const applicant = await as<Household>(
      'households:create',
      householdInput({ applicationReceivedDate: '2026-04-01' }),
    );
    const first = await newSitting('2027-01-05');
    const second = await newSitting('2027-01-19');
    await as('items:add', {
      sittingId: first.id,
      householdId: applicant.id,
      itemType: 'approval_mainstream',
      durationMinutes: 60,
    });
    const detail = await as<SittingDetail>('items:add', {
      sittingId: second.id,
      householdId: applicant.id,
      itemType: 'approval_mainstream',
      durationMinutes: 60,
    });
    expect(detail.items[0]?.warnings).toEqual([
      expect.stringContaining('also has an open item on the sitting of 5 January 2027'),
      'The application was received on 1 April 2026; a recommendation is due by 30 November 2026, before this sitting.',
    ]);

    const carer = await as<Household>('households:create', householdInput());
    await as('households:changeStatus', {
      id: carer.id,
      version: carer.version,
      status: 'approved',
      effectiveDate: '2025-12-01',
      terms: {
        typesOfCare: ['short_term'],
        numberOfChildren: 1,
        ageFrom: 0,
        ageTo: 18,
        gender: 'any',
        namedChildren: [],
        siblingGroup: false,
      },
    });
    const review = await as<SittingDetail>('items:add', {
      sittingId: first.id,
      householdId: carer.id,
      itemType: 'first_review',
      durationMinutes: 30,
    });
    expect(review.items.at(-1)?.warnings).toEqual([
      'The first review must be heard by 30 November 2026 (12 months from approval); this sitting is later.',
    ]);
  });
  it('defers, moves and withdraws items keeping the whole history', async () => {
    const household = await as<Household>('households:create', householdInput());
    const first = await newSitting('2027-01-05');
    const second = await newSitting('2027-01-19');
    const added = await as<SittingDetail>('items:add', {
      sittingId: first.id,
      householdId: household.id,
      itemType: 'approval_mainstream',
      durationMinutes: 60,
    });
    const item = added.items[0];
    const deferred = await as<SittingDetail>('items:changeOutcome', {
      id: item?.id,
      version: item?.version,
      action: 'defer',
      reason: 'Statutory checks not back',
      toSittingId: second.id,
    });
    expect(deferred.items[0]).toMatchObject({ status: 'deferred', statusReason: 'Statutory checks not back' });
    expect(deferred.items[0]?.history.map((h) => h.action)).toEqual(['Added', 'Deferred']);
    const target = await as<SittingDetail>('sittings:get', { id: second.id });
    expect(target.items[0]).toMatchObject({
      status: 'scheduled',
      history: [{ action: 'Brought forward', detail: expect.stringContaining('Statutory checks not back') }],
    });
    expect(
      await refused('items:changeOutcome', {
        id: item?.id,
        version: (item?.version ?? 0) + 1,
        action: 'withdraw',
        reason: 'x',
      }),
    ).toMatchObject({
      code: 'RULE_VIOLATION',
    });
    const withdrawn = await as<SittingDetail>('items:changeOutcome', {
      id: target.items[0]?.id,
      version: target.items[0]?.version,
      action: 'withdraw',
      reason: 'Applicants withdrew',
    });
    expect(withdrawn.items[0]?.status).toBe('withdrawn');
  });
  it('shows quorum per item: late arrival, early leaving, a member withdrawing, a non-independent presider', async () => {
    const ids = await panel();
    const household = await as<Household>('households:create', householdInput());
    let sitting = await newSitting('2026-11-23');
    for (let i = 0; i < 3; i += 1) {
      sitting = await as<SittingDetail>('items:add', {
        sittingId: sitting.id,
        householdId: household.id,
        itemType: 'first_review',
        durationMinutes: 30,
      });
    }
    const [one, two, three] = sitting.items.map((i) => i.id);
    const quorate = () => sitting.items.map((i) => i.quorum.quorate);
    for (const memberId of Object.values(ids)) {
      sitting = await as<SittingDetail>(
        'sittings:recordAttendance',
        await attending(as, {
          sittingId: sitting.id,
          memberId,
          status: 'present',
        }),
      );
    }
    sitting = await as<SittingDetail>('sittings:setRoles', {
      sittingId: sitting.id,
      version: sitting.version,
      presiderId: ids.chair,
    });
    expect(quorate()).toEqual([true, true, true]);

    sitting = await as<SittingDetail>(
      'sittings:recordAttendance',
      await attending(as, {
        sittingId: sitting.id,
        memberId: ids.m2,
        status: 'present',
        arrivedBeforeItemId: two,
      }),
    );
    expect(quorate()).toEqual([false, true, true]);
    expect(sitting.items[0]?.quorum.failures.map((f) => f.rule)).toEqual(['MINIMUM_MEMBERS']);

    sitting = await as<SittingDetail>(
      'sittings:recordAttendance',
      await attending(as, {
        sittingId: sitting.id,
        memberId: ids.sw,
        status: 'present',
        leftAfterItemId: two,
      }),
    );
    expect(sitting.items[2]?.quorum.failures.map((f) => f.rule)).toEqual([
      'MINIMUM_MEMBERS',
      'QUALIFIED_SOCIAL_WORKER',
    ]);

    sitting = await as<SittingDetail>('items:declare', {
      itemId: two,
      memberId: ids.m1,
      interest: 'Knows the applicants socially',
      withdrew: true,
    });
    expect(sitting.items[1]?.quorum).toMatchObject({ quorate: false, membersCounted: 4 });
    expect(sitting.items[1]?.declarations).toEqual([
      { memberId: ids.m1, name: 'Member One', interest: 'Knows the applicants socially', withdrew: true },
    ]);
    sitting = await as<SittingDetail>('items:declare', {
      itemId: two,
      memberId: ids.m1,
      interest: 'Knows the applicants socially',
      withdrew: false,
    });
    expect(sitting.items[1]?.quorum.quorate).toBe(true);

    // The vice chair is not independent: with the chair gone, another independent member is needed, and there are some.
    sitting = await as<SittingDetail>('sittings:setRoles', {
      sittingId: sitting.id,
      version: sitting.version,
      presiderId: ids.vice,
    });
    expect(sitting.items[1]?.quorum.failures.map((f) => f.rule)).toEqual([]);
    expect(
      await refused('sittings:setRoles', { sittingId: sitting.id, version: sitting.version, presiderId: ids.m1 }),
    ).toMatchObject({
      fieldErrors: { presiderId: expect.any(String) },
    });
    expect(
      await refused(
        'sittings:recordAttendance',
        await attending(as, {
          sittingId: sitting.id,
          memberId: ids.m1,
          status: 'present',
          arrivedBeforeItemId: three,
          leftAfterItemId: one,
        }),
      ),
    ).toMatchObject({
      fieldErrors: { leftAfterItemId: 'They cannot leave before they arrived' },
    });
  });
  it('refuses attendance for someone who is not on the central list, and changes nothing', async () => {
    const sitting = await newSitting('2026-11-23');
    const before = databaseSnapshot(backend);
    expect(
      await refused(
        'sittings:recordAttendance',
        await attending(as, {
          sittingId: sitting.id,
          memberId: 'no-such-member',
          status: 'present',
        }),
      ),
    ).toMatchObject({ code: 'VALIDATION_FAILED', fieldErrors: { memberId: 'Choose a member on the central list' } });
    expect(databaseSnapshot(backend)).toBe(before);
  });

  it('follows a quorum rule made stricter in settings, and refuses one looser than the regulations', async () => {
    const ids = await panel();
    let sitting = await newSitting('2026-11-23');
    sitting = await as<SittingDetail>('items:add', {
      sittingId: sitting.id,
      itemType: 'business',
      title: 'Annual report',
      durationMinutes: 15,
    });
    for (const memberId of [ids.chair, ids.vice, ids.sw, ids.m1, ids.m2]) {
      sitting = await as<SittingDetail>(
        'sittings:recordAttendance',
        await attending(as, {
          sittingId: sitting.id,
          memberId,
          status: 'present',
        }),
      );
    }
    sitting = await as<SittingDetail>('sittings:setRoles', {
      sittingId: sitting.id,
      version: sitting.version,
      presiderId: ids.chair,
    });
    expect(sitting.items[0]?.quorum.quorate).toBe(true);
    const legal = {
      minimumMembers: 5,
      requireChairOrViceChairPresiding: true,
      requireQualifiedSocialWorker: true,
      requireOtherIndependentWhenPresiderNotIndependent: true,
    };
    await as('settings:update', { version: await settingsVersion(as), quorum: { ...legal, minimumMembers: 6 } });
    sitting = await as<SittingDetail>('sittings:get', { id: sitting.id });
    expect(sitting.items[0]?.quorum.failures.map((f) => f.rule)).toEqual(['MINIMUM_MEMBERS']);

    expect(
      await refused('settings:update', { version: await settingsVersion(as), quorum: { ...legal, minimumMembers: 4 } }),
    ).toMatchObject({
      fieldErrors: {
        'quorum.minimumMembers': 'The regulations need at least 5 members: you can ask for more, never fewer',
      },
    });
    expect(
      await refused('settings:update', {
        version: await settingsVersion(as),
        quorum: { ...legal, requireQualifiedSocialWorker: false },
      }),
    ).toMatchObject({
      fieldErrors: {
        'quorum.requireQualifiedSocialWorker':
          "A social worker with 3 years' post-qualifying experience is required by the regulations (FSR reg 24) and cannot be switched off",
      },
    });
    const settings = await as<{ quorum: typeof legal; idleLockMinutes: number }>('settings:get', {});
    expect(settings.quorum.minimumMembers).toBe(6);
    expect(settings.idleLockMinutes).toBe(15);
  });
});
