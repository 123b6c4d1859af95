import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Household } from '../../shared/schemas/household';
import type { SittingDetail } from '../../shared/schemas/sitting-views';
import { databaseSnapshot, LOOPBACK, openTestBackend, signIn, type TestBackend } from '../factories/backend';
import { householdInput } from '../factories/households';
import { memberInput } from '../factories/members';
import { TERMS } from '../factories/panel-sitting';
import { attending } from '../factories/versions';

describe('taking an item added in error off the agenda', () => {
  let backend: TestBackend;
  beforeEach(async () => {
    backend = await openTestBackend();
    await signIn(backend);
  });
  afterEach(() => backend.dispose());

  async function as<T>(channel: string, input: unknown): Promise<T> {
    const result = await backend.router.dispatch(LOOPBACK, channel, input);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as T;
  }
  const refused = async (channel: string, input: unknown) => {
    const result = await backend.router.dispatch(LOOPBACK, channel, input);
    return result.ok ? null : result.error;
  };

  async function sittingWithTwoItems() {
    const household = await as<Household>('households:create', householdInput({ displayName: 'Mr and Mrs Khan' }));
    let sitting = await as<SittingDetail>('sittings:create', {
      kind: 'main',
      date: '2027-01-12',
      startTime: '09:30',
      venue: 'County Hall',
    });
    sitting = await as<SittingDetail>('items:add', {
      sittingId: sitting.id,
      householdId: household.id,
      itemType: 'approval_mainstream',
      durationMinutes: 45,
    });
    sitting = await as<SittingDetail>('items:add', {
      sittingId: sitting.id,
      itemType: 'business',
      title: 'Annual report',
      durationMinutes: 15,
    });
    return { household, sitting };
  }

  it('removes it before the papers go out, leaving no trace in the sitting but the reason in the audit trail', async () => {
    const { sitting } = await sittingWithTwoItems();
    const item = sitting.items[1];
    if (!item) throw new Error('no item');
    const after = await as<SittingDetail>('items:remove', {
      id: item.id,
      version: item.version,
      reason: 'Added to the wrong sitting',
    });
    expect(after.items.map((i) => i.typeLabel)).toEqual(['Approval (mainstream)']);
    const left = backend.store.sqlite.prepare('SELECT count(*) AS n FROM agenda_items WHERE id = ?').get(item.id);
    expect(left).toEqual({ n: 0 });
    const audit = backend.store.sqlite
      .prepare(`SELECT entity_id, changes FROM audit_log WHERE channel = 'items:remove'`)
      .get() as { entity_id: string; changes: string };
    expect(audit.entity_id).toBe(item.id);
    expect(JSON.parse(audit.changes)).toMatchObject({
      reason: [null, 'Added to the wrong sitting'],
      removed: [{ itemType: 'Quality assurance or business item', title: 'Annual report' }, null],
    });
  });

  it('refuses once the papers have gone out, or when a record hangs on the item, and changes nothing', async () => {
    const { sitting } = await sittingWithTwoItems();
    const member = await as<{ id: string }>('members:create', memberInput({ name: 'Priya Shah' }));
    const second = sitting.items[1];
    if (!second) throw new Error('no item');
    const marked = await as<SittingDetail>(
      'sittings:recordAttendance',
      await attending(as, {
        sittingId: sitting.id,
        memberId: member.id,
        status: 'present',
        arrivedBeforeItemId: second.id,
      }),
    );
    const markedItem = marked.items[1];
    if (!markedItem) throw new Error('no item');
    expect(
      await refused('items:remove', { id: markedItem.id, version: markedItem.version, reason: 'Mistake' }),
    ).toMatchObject({
      message:
        'This item cannot be removed because a member’s late arrival or early leaving is recorded against it. Withdraw it instead.',
    });
    const sent = await as<SittingDetail>('sittings:progress', {
      id: sitting.id,
      version: marked.version,
      status: 'papers_sent',
      papersSentDate: '2027-01-04',
    });
    const item = sent.items[0];
    if (!item) throw new Error('no item');
    const before = databaseSnapshot(backend);
    expect(await refused('items:remove', { id: item.id, version: item.version, reason: 'Mistake' })).toMatchObject({
      code: 'RULE_VIOLATION',
      message:
        'The papers for this sitting have gone out, so the item can no longer be removed. Withdraw, defer or move it instead: the minutes will say so.',
    });
    expect(await refused('items:remove', { id: item.id, version: item.version, reason: '' })).toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    expect(databaseSnapshot(backend)).toBe(before);
  });

  it('refuses an approval item for a household that is already approved, pointing to a review or change of terms', async () => {
    const { household, sitting } = await sittingWithTwoItems();
    await as('households:changeStatus', {
      id: household.id,
      version: household.version,
      status: 'approved',
      effectiveDate: '2026-10-01',
      approvalDate: '2026-10-01',
      terms: TERMS,
    });
    const before = databaseSnapshot(backend);
    const error = await refused('items:add', {
      sittingId: sitting.id,
      householdId: household.id,
      itemType: 'approval_mainstream',
      durationMinutes: 45,
    });
    expect(error).toMatchObject({
      code: 'VALIDATION_FAILED',
      fieldErrors: {
        itemType: `Mr and Mrs Khan (${household.reference}) are already approved. To look at their approval again, add a review; to change their terms of approval, add a change of terms.`,
      },
    });
    expect(databaseSnapshot(backend)).toBe(before);
  });
});
