import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../shared/domain/minutes/assemble-minutes';
import type { MinutesContent, MinutesView } from '../../shared/schemas/minutes';
import type { SittingDetail } from '../../shared/schemas/sitting-views';
import { databaseSnapshot } from '../factories/backend';
import { movableClock } from '../factories/clock';
import { memberInput } from '../factories/members';
import { openPanelSitting, windowSender, type PanelSitting } from '../factories/panel-sitting';
import { attending, recommending } from '../factories/versions';

const CHAIR = windowSender(21);
const VICE = windowSender(22);
const ADM = windowSender(23);
const MINUTE = 60 * 1000;

describe('minutes from draft to chair approval, and to the ADM', () => {
  let panel: PanelSitting;
  let clock: ReturnType<typeof movableClock>;
  let sittingId: string;

  async function open(start?: Date): Promise<void> {
    panel.backend.dispose();
    clock = movableClock(start);
    panel = await openPanelSitting({ clock });
    sittingId = panel.sitting.id;
    panel.userFor(panel.ids.chair, 'Margaret Ellis', ['chair'], CHAIR, 'chair-user');
    panel.userFor(panel.ids.vice, 'David Okafor', ['chair'], VICE, 'vice-user');
    panel.userFor(null, 'Priya Shah', ['adm'], ADM, 'adm-user');
  }
  beforeEach(async () => {
    clock = movableClock();
    panel = await openPanelSitting({ clock });
    await open();
  });
  afterEach(() => panel.backend.dispose());

  const save = (version: number, notes: Record<string, unknown> = {}, amendmentReason?: string) =>
    panel.as<MinutesView>('minutes:save', { sittingId, version, notes, amendmentReason });
  const approve = (versionNumber: number | undefined, sender = CHAIR) =>
    panel.as<MinutesView>('minutes:approve', { sittingId, versionNumber }, sender);
  const sittingStatus = async () => (await panel.as<SittingDetail>('sittings:get', { id: sittingId })).status;

  /** Both items recommended, the sitting held and the draft saved. */
  async function drafted(): Promise<MinutesView> {
    await panel.as('recommendations:record', panel.approval(), CHAIR);
    await panel.as('recommendations:record', panel.resignationNoted(), CHAIR);
    await panel.markHeld();
    return save(0, { opening: 'Introductions were made.' });
  }
  async function approved(): Promise<MinutesView> {
    const draft = await drafted();
    return approve(draft.versions[0]?.number);
  }

  it('cannot be written before the sitting is held', async () => {
    expect(await panel.refused('minutes:save', { sittingId, version: 0, notes: {} })).toMatchObject({
      code: 'RULE_VIOLATION',
      message: expect.stringContaining('once the sitting is marked as held'),
    });
  });

  it('assembles the draft from the sitting, the items and the administrator’s notes, keeping each saved version', async () => {
    const sixth = await panel.as<{ id: string }>('members:create', memberInput({ name: 'Ruth Agyei' }));
    await panel.as(
      'sittings:recordAttendance',
      await attending(panel.as, { sittingId, memberId: sixth.id, status: 'present' }),
    );
    await panel.as('items:declare', {
      itemId: panel.sitting.items[0]?.id,
      memberId: panel.ids.m2,
      interest: 'Knows the applicants from church',
      withdrew: true,
    });
    await panel.as('recommendations:record', panel.approval({ votesFor: 4 }), CHAIR);
    await panel.markHeld();
    const itemId = panel.sitting.items[0]?.id ?? '';
    let view = await save(0, {
      opening: 'Introductions were made.',
      items: { [itemId]: { papersConsidered: 'Form F; references', discussion: 'Members asked about the garden.' } },
    });
    expect(view.versions.map((v) => v.number)).toEqual([1]);
    expect(view.unsavedChanges).toBe(false);
    expect(await sittingStatus()).toBe('minutes_drafted');
    const item = view.draft.items[0];
    expect(view.draft.sitting).toMatchObject({
      date: '2026-11-23',
      venue: 'County Hall',
      presider: { name: 'Margaret Ellis', role: 'Chair' },
    });
    expect(view.draft.sitting.present).toHaveLength(6);
    expect(item).toMatchObject({
      typeLabel: 'Approval (mainstream)',
      declarations: [{ name: 'Graham Pike', interest: 'Knows the applicants from church', withdrew: true }],
      quorum: { quorate: true, membersCounted: 5 },
      papersConsidered: 'Form F; references',
      discussion: 'Members asked about the garden.',
      recommendation: {
        outcomeLabel: 'Suitable to be approved',
        votesFor: 4,
        dissent: [{ name: 'Aisha Rahman', view: 'Wanted the bedroom arrangements confirmed first.' }],
        reportQualityRating: 4,
        recordedBy: 'Margaret Ellis',
      },
    });
    expect(view.unresolvedItems).toEqual([
      '2. Resignation (for noting) (FC-2026-001)'.replace('FC-2026-001', panel.household.reference),
    ]);

    // The same notes again: nothing new to keep.
    view = await save(view.version, view.notes);
    expect(view.versions).toHaveLength(1);
    view = await save(view.version, { ...view.notes, closing: 'The meeting closed at 12:10.' });
    expect(view.versions.map((v) => v.number)).toEqual([2, 1]);
    const first = await panel.as<MinutesContent>('minutes:version', { sittingId, number: 1 });
    expect(first.closing).toBeNull();

    // A stale version is refused and nothing is written.
    const before = databaseSnapshot(panel.backend);
    expect(await panel.refused('minutes:save', { sittingId, version: 1, notes: {} })).toMatchObject({
      code: 'STALE_VERSION',
    });
    expect(databaseSnapshot(panel.backend)).toBe(before);
  });

  it('is approved only by the presider, only when every item is resolved and the draft is current', async () => {
    await panel.as('recommendations:record', panel.approval(), CHAIR);
    await panel.markHeld();
    let view = await save(0);
    expect(await panel.refused('minutes:approve', { sittingId, versionNumber: 1 }, CHAIR)).toMatchObject({
      code: 'RULE_VIOLATION',
      message: expect.stringContaining('Resignation (for noting)'),
    });
    await panel.as('recommendations:record', panel.resignationNoted(), CHAIR);
    expect(await panel.refused('minutes:approve', { sittingId, versionNumber: 1 }, CHAIR)).toMatchObject({
      message: expect.stringContaining('changed since the draft was saved'),
    });
    view = await save(view.version);
    expect(view.versions[0]?.number).toBe(2);
    expect(await panel.refused('minutes:approve', { sittingId, versionNumber: 1 }, CHAIR)).toMatchObject({
      code: 'STALE_VERSION',
    });
    expect(await panel.refused('minutes:approve', { sittingId, versionNumber: 2 }, VICE)).toMatchObject({
      code: 'FORBIDDEN',
      message: 'Only Margaret Ellis, who presided at this sitting, can approve its minutes.',
    });
    expect(await panel.refused('minutes:approve', { sittingId, versionNumber: 2 })).toMatchObject({
      code: 'FORBIDDEN',
    });

    view = await approve(2);
    expect(await sittingStatus()).toBe('minutes_approved');
    const content = await panel.as<MinutesContent>('minutes:version', { sittingId, number: 2 });
    const hash = createHash('sha256').update(canonicalJson(content)).digest('hex');
    expect(view.approval).toEqual({
      versionNumber: 2,
      hash,
      byName: 'Margaret Ellis',
      // She presided as the panel's chair: the approval line says so.
      capacity: 'chair',
      at: clock.now().toISOString(),
      intact: true,
    });
    expect(view.approvedContent).toEqual(content);
  });

  it('locks the sitting’s record once approved; a change needs a reason and voids the approval', async () => {
    await approved();
    const before = databaseSnapshot(panel.backend);
    const attempts: [string, unknown, typeof CHAIR | undefined][] = [
      // With the versions they hold now: refused for the lock, not as stale.
      ['recommendations:record', await recommending(panel.as, panel.approval()), CHAIR],
      [
        'sittings:recordAttendance',
        await attending(panel.as, { sittingId, memberId: panel.ids.m1, status: 'absent' }),
        undefined,
      ],
      [
        'items:declare',
        { itemId: panel.sitting.items[0]?.id, memberId: panel.ids.m1, interest: 'Friend', withdrew: true },
        undefined,
      ],
    ];
    for (const [channel, input, sender] of attempts) {
      expect(await panel.refused(channel, input, sender), channel).toMatchObject({
        code: 'RULE_VIOLATION',
        message: expect.stringContaining('approved and locked'),
      });
    }
    const view = await panel.as<MinutesView>('minutes:get', { sittingId });
    expect(await panel.refused('minutes:save', { sittingId, version: view.version, notes: view.notes })).toMatchObject({
      fieldErrors: { amendmentReason: expect.stringContaining('cancels the chair’s approval') },
    });
    expect(databaseSnapshot(panel.backend)).toBe(before);

    clock.advance(5 * MINUTE);
    const amended = await save(
      view.version,
      { ...view.notes, otherBusiness: 'Training dates for 2027 were agreed.' },
      'Any other business was left out',
    );
    expect(amended.approval).toBeNull();
    expect(amended.lastVoid).toEqual({
      at: clock.now().toISOString(),
      byName: expect.stringMatching(/^Tester /),
      reason: 'Any other business was left out',
    });
    expect(amended.versions[0]).toMatchObject({ number: 2, amendmentReason: 'Any other business was left out' });
    expect(await sittingStatus()).toBe('minutes_drafted');
    const audit = panel.backend.store.sqlite
      .prepare(`SELECT changes FROM audit_log WHERE channel = 'minutes:save' ORDER BY rowid DESC LIMIT 1`)
      .get() as { changes: string };
    expect(audit.changes).toContain('Any other business was left out');

    const again = await approve(2);
    expect(again.approval?.versionNumber).toBe(2);
  });

  it('is reopened with a reason so a recommendation can be corrected', async () => {
    const view = await approved();
    expect(
      await panel.refused('minutes:reopen', { sittingId, version: view.version, reason: '' }, CHAIR),
    ).toMatchObject({ fieldErrors: { reason: expect.any(String) } });
    const reopened = await panel.as<MinutesView>(
      'minutes:reopen',
      { sittingId, version: view.version, reason: 'The vote was recorded wrongly' },
      CHAIR,
    );
    expect(reopened.approval).toBeNull();
    expect(reopened.lastVoid?.reason).toBe('The vote was recorded wrongly');
    // Corrected: recorded again against the version recorded before the approval.
    await panel.as(
      'recommendations:record',
      await recommending(panel.as, panel.approval({ votesFor: 3, votesAbstaining: 1 })),
      CHAIR,
    );
    expect((await panel.as<MinutesView>('minutes:get', { sittingId })).unsavedChanges).toBe(true);
  });

  it('keeps versions as saved, and notices approved minutes altered outside the app', async () => {
    const view = await approved();
    expect(() => panel.backend.store.sqlite.prepare(`UPDATE minutes_versions SET content = '{}'`).run()).toThrow(
      /cannot be changed/,
    );
    expect(() => panel.backend.store.sqlite.prepare(`DELETE FROM minutes_versions`).run()).toThrow(/cannot be deleted/);
    const sqlite = panel.backend.store.sqlite;
    sqlite.exec('DROP TRIGGER minutes_versions_no_update');
    sqlite.prepare(`UPDATE minutes_versions SET content = replace(content, 'strong support', 'weak support')`).run();
    const tampered = await panel.as<MinutesView>('minutes:get', { sittingId });
    expect(tampered.approval?.intact).toBe(false);
    expect(
      await panel.refused('minutes:sendToAdm', {
        sittingId,
        version: view.version,
        itemIds: [panel.sitting.items[0]?.id],
        admUserId: 'adm-user',
        sentDate: '2026-11-23',
      }),
    ).toMatchObject({ message: expect.stringContaining('no longer match') });
  });

  it('records when the final minutes reached the ADM, per item, which starts the 7-working-day clock', async () => {
    // The worked example in domain.md: received Wed 23 Dec 2026, decision due Wed 6 Jan 2027.
    await open(new Date('2026-12-23T09:00:00'));
    const withTermination = await panel.as<SittingDetail>('items:add', {
      sittingId,
      householdId: panel.household.id,
      itemType: 'termination',
      durationMinutes: 20,
    });
    const terminationItem = withTermination.items[2]?.id;
    await panel.as(
      'recommendations:record',
      await recommending(panel.as, {
        ...panel.resignationNoted(),
        itemId: terminationItem,
        outcome: 'do_not_terminate',
      }),
      CHAIR,
    );
    const draft = await drafted();
    const [approvalItem, resignationItem] = panel.sitting.items.map((i) => i.id);
    const send = (overrides: Record<string, unknown>) => ({
      sittingId,
      version: draft.version,
      itemIds: [approvalItem],
      admUserId: 'adm-user',
      sentDate: '2026-12-23',
      ...overrides,
    });
    expect(await panel.refused('minutes:sendToAdm', send({}))).toMatchObject({
      message: 'The chair must approve the minutes before they go to the ADM.',
    });
    let view = await approve(draft.versions[0]?.number);
    // The resignation is only noted: there is no decision to make on it.
    expect(view.referrals.map((r) => r.itemId)).toEqual([approvalItem, terminationItem]);
    expect(
      await panel.refused('minutes:sendToAdm', send({ version: view.version, sentDate: '2026-12-24' })),
    ).toMatchObject({
      fieldErrors: { sentDate: 'The date sent cannot be in the future' },
    });
    expect(
      await panel.refused('minutes:sendToAdm', send({ version: view.version, sentDate: '2026-12-22' })),
    ).toMatchObject({
      fieldErrors: { sentDate: expect.stringContaining('approved on 23 December 2026') },
    });
    expect(
      await panel.refused('minutes:sendToAdm', send({ version: view.version, admUserId: 'vice-user' })),
    ).toMatchObject({
      fieldErrors: { admUserId: 'Choose a current user with the ADM role' },
    });
    expect(
      await panel.refused('minutes:sendToAdm', send({ version: view.version, admUserId: 'chair-user' })),
    ).toMatchObject({
      fieldErrors: { admUserId: expect.any(String) },
    });

    view = await panel.as<MinutesView>('minutes:sendToAdm', send({ version: view.version }));
    expect(view.referrals.find((r) => r.itemId === approvalItem)).toMatchObject({
      admName: 'Priya Shah',
      sentDate: '2026-12-23',
      decisionDue: '2027-01-06',
    });
    expect(await sittingStatus()).toBe('minutes_approved');
    panel.userFor(null, 'Tom Reid', ['adm'], windowSender(24), 'adm-2');
    view = await panel.as<MinutesView>(
      'minutes:sendToAdm',
      send({ version: view.version, itemIds: [terminationItem], admUserId: 'adm-2' }),
    );
    expect(
      await panel.refused('minutes:sendToAdm', send({ version: view.version, itemIds: [resignationItem] })),
    ).toMatchObject({ fieldErrors: { itemIds: expect.any(String) } });
    expect(view.referrals.map((r) => [r.admName, r.decisionDue])).toEqual([
      ['Priya Shah', '2027-01-06'],
      ['Tom Reid', '2027-01-06'],
    ]);
    expect(await sittingStatus()).toBe('sent_to_adm');
    // The ADM now deciding the item may not record the panel's recommendation on it.
    expect(await panel.refused('recommendations:record', panel.approval(), ADM)).toMatchObject({ code: 'FORBIDDEN' });
  });
});
