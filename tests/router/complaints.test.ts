import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Complaint, ComplaintPage, FeedbackForm, FeedbackPage } from '../../shared/schemas/complaints';
import type { AuditEntry } from '../../shared/schemas/audit';
import type { SittingDetail } from '../../shared/schemas/sitting-views';
import type { Sender } from '../../electron/backend/sender';
import { databaseSnapshot } from '../factories/backend';
import { openPanelSitting, windowSender, type PanelSitting } from '../factories/panel-sitting';

const CHAIR = windowSender(31);

describe('complaints log and feedback forms', () => {
  let panel: PanelSitting;
  let approvalItem: string;

  beforeEach(async () => {
    panel = await openPanelSitting();
    panel.userFor(panel.ids.chair, 'Margaret Ellis', ['chair'], CHAIR, 'chair-user');
    approvalItem = panel.sitting.items[0]?.id ?? '';
  });
  afterEach(() => panel.backend.dispose());

  const complaint = (overrides: Record<string, unknown> = {}) => ({
    receivedOn: '2026-11-20',
    source: 'applicant',
    summary: 'The applicants felt rushed at panel.',
    sittingId: panel.sitting.id,
    householdId: panel.household.id,
    ...overrides,
  });
  const feedback = (overrides: Record<string, unknown> = {}) => ({
    receivedOn: '2026-11-23',
    fromKind: 'applicant',
    sittingId: panel.sitting.id,
    itemId: approvalItem,
    rating: 4,
    comment: 'The chair put us at ease.',
    ...overrides,
  });

  /** Refused with this field's message, and nothing in the database changed. */
  async function refusedUnchanged(channel: string, input: unknown, sender?: Sender) {
    const before = databaseSnapshot(panel.backend);
    const error = await panel.refused(channel, input, sender);
    expect(databaseSnapshot(panel.backend)).toBe(before);
    return error;
  }

  it('logs a complaint linked to a sitting and household, then records its outcome, audited', async () => {
    const created = await panel.as<Complaint>('complaints:create', complaint());
    expect(created).toMatchObject({
      version: 1,
      source: 'applicant',
      sitting: { id: panel.sitting.id, date: '2026-11-23' },
      household: { id: panel.household.id, reference: panel.household.reference },
      outcome: null,
      closedOn: null,
    });
    const closed = await panel.as<Complaint>('complaints:update', {
      ...complaint(),
      id: created.id,
      version: created.version,
      outcome: 'Apology given; the chair will allow more time.',
      closedOn: '2026-11-23',
    });
    expect(closed).toMatchObject({ version: 2, closedOn: '2026-11-23' });
    expect((await panel.as<ComplaintPage>('complaints:list', { status: 'open' })).complaints).toEqual([]);
    expect((await panel.as<ComplaintPage>('complaints:list', { status: 'closed' })).complaints).toHaveLength(1);
    expect(
      (await panel.as<ComplaintPage>('complaints:list', { householdId: panel.household.id })).complaints,
    ).toHaveLength(1);

    const audit = await panel.as<{ entries: AuditEntry[] }>('audit:list', {
      entityType: 'complaint',
      entityId: created.id,
    });
    expect(audit.entries.map((e) => e.channel)).toEqual(['complaints:update', 'complaints:create']);
    expect(audit.entries[0]?.changes).toMatchObject({
      closedOn: [null, '2026-11-23'],
      outcome: [null, 'Apology given; the chair will allow more time.'],
    });
  });

  it('refuses a stale version of a complaint and keeps the newer one', async () => {
    const created = await panel.as<Complaint>('complaints:create', complaint());
    await panel.as('complaints:update', { ...complaint(), id: created.id, version: 1, summary: 'First edit.' });
    const error = await refusedUnchanged('complaints:update', {
      ...complaint(),
      id: created.id,
      version: 1,
      summary: 'Second edit.',
    });
    expect(error?.code).toBe('STALE_VERSION');
    expect((await panel.as<ComplaintPage>('complaints:list', {})).complaints[0]?.summary).toBe('First edit.');
  });

  it.each([
    [{ receivedOn: '2026-11-24' }, 'receivedOn', 'The date the complaint was received cannot be in the future'],
    [
      { outcome: 'Resolved', closedOn: '2026-11-24' },
      'closedOn',
      'The date the complaint was closed cannot be in the future',
    ],
    [{ closedOn: '2026-11-21' }, 'outcome', 'Record the outcome before closing the complaint'],
    [
      { outcome: 'Resolved', closedOn: '2026-11-19' },
      'closedOn',
      'The date it was closed cannot be before the date it was received',
    ],
    [{ summary: '   ' }, 'summary', 'Enter a summary of the complaint'],
    [{ source: 'neighbour' }, 'source', 'Choose who made the complaint'],
    [{ receivedOn: '2026-02-30' }, 'receivedOn', 'Enter a real date, for example 5 January 2027'],
    [{ sittingId: 'no-such-sitting' }, 'sittingId', 'The sitting chosen could not be found. Choose another, or none.'],
    [
      { householdId: 'no-such-household' },
      'householdId',
      'The household chosen could not be found. Choose another, or none.',
    ],
  ])('refuses a complaint %j with a message on %s', async (overrides, field, message) => {
    const error = await refusedUnchanged('complaints:create', complaint(overrides));
    expect(error?.code).toBe('VALIDATION_FAILED');
    expect(error?.fieldErrors?.[field]).toBe(message);
  });

  it('takes a complaint about nothing in particular', async () => {
    const created = await panel.as<Complaint>('complaints:create', complaint({ sittingId: '', householdId: null }));
    expect(created).toMatchObject({ sitting: null, household: null });
  });

  it('records feedback forms per sitting and per item, with ratings and comments', async () => {
    const onItem = await panel.as<FeedbackForm>('feedback:create', feedback());
    expect(onItem).toMatchObject({
      rating: 4,
      comment: 'The chair put us at ease.',
      sitting: { id: panel.sitting.id, date: '2026-11-23' },
      item: { id: approvalItem, typeLabel: 'Approval (mainstream)', householdReference: panel.household.reference },
    });
    await panel.as('feedback:create', feedback({ itemId: null, fromKind: 'social_worker', rating: 2, comment: '' }));
    const listed = (await panel.as<FeedbackPage>('feedback:list', { sittingId: panel.sitting.id })).forms;
    expect(listed.map((f) => [f.fromKind, f.rating, f.item?.id ?? null, f.comment])).toEqual(
      expect.arrayContaining([
        ['applicant', 4, approvalItem, 'The chair put us at ease.'],
        ['social_worker', 2, null, null],
      ]),
    );
    const audit = await panel.as<{ entries: AuditEntry[] }>('audit:list', { entityType: 'feedback form' });
    expect(audit.entries).toHaveLength(2);
  });

  it.each([
    [{ rating: 0 }, 'rating', 'Choose a rating from 1 to 5'],
    [{ rating: 6 }, 'rating', 'Choose a rating from 1 to 5'],
    [{ rating: 3.5 }, 'rating', 'Choose a rating from 1 to 5'],
    [{ rating: '5' }, 'rating', 'Choose a rating from 1 to 5'],
    [{ receivedOn: '2026-11-24' }, 'receivedOn', 'The date the form was received cannot be in the future'],
    [
      { receivedOn: '2026-11-22' },
      'receivedOn',
      'Feedback cannot be received before the sitting it is about, on 23 November 2026',
    ],
    [{ sittingId: '' }, 'sittingId', 'Choose the sitting the feedback is about'],
    [{ sittingId: 'gone' }, 'sittingId', 'The sitting chosen could not be found. Choose another.'],
    [{ itemId: 'gone' }, 'itemId', "Choose an item on this sitting's agenda, or none for the sitting as a whole"],
    [{ fromKind: 'nobody' }, 'fromKind', 'Choose who gave the feedback'],
  ])('refuses a feedback form %j with a message on %s', async (overrides, field, message) => {
    const error = await refusedUnchanged('feedback:create', feedback(overrides));
    expect(error?.code).toBe('VALIDATION_FAILED');
    expect(error?.fieldErrors?.[field]).toBe(message);
  });

  it("refuses feedback on another sitting's item, or on a cancelled sitting", async () => {
    let other = await panel.as<SittingDetail>('sittings:create', {
      kind: 'extra',
      date: '2026-11-16',
      startTime: '10:00',
      venue: 'County Hall',
      confirmPast: true,
    });
    const wrongItem = await refusedUnchanged('feedback:create', feedback({ sittingId: other.id }));
    expect(wrongItem?.fieldErrors?.itemId).toMatch(/agenda/);
    other = await panel.as<SittingDetail>('sittings:cancel', {
      id: other.id,
      version: other.version,
      reason: 'Not enough business',
    });
    const cancelled = await refusedUnchanged('feedback:create', feedback({ sittingId: other.id, itemId: null }));
    expect(cancelled?.fieldErrors?.sittingId).toBe(
      'This sitting was cancelled, so there is no panel to give feedback on',
    );
  });

  it('reads the complaints and feedback forms a page at a time, newest first, counting every match', async () => {
    const received = (n: number) =>
      `2026-${String(1 + Math.floor(n / 28)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`;
    for (let n = 0; n < 53; n += 1) {
      await panel.as('complaints:create', complaint({ receivedOn: received(n), summary: `Complaint ${n}` }));
    }
    const first = await panel.as<ComplaintPage>('complaints:list', {});
    expect(first).toMatchObject({ page: 1, pageSize: 50, total: 53 });
    expect(first.complaints).toHaveLength(50);
    expect(first.complaints[0]?.summary).toBe('Complaint 52');
    const second = await panel.as<ComplaintPage>('complaints:list', { page: 2 });
    expect(second.complaints.map((c) => c.summary)).toEqual(['Complaint 2', 'Complaint 1', 'Complaint 0']);
    expect((await panel.as<ComplaintPage>('complaints:list', { page: 3 })).complaints).toEqual([]);
    expect((await panel.as<ComplaintPage>('complaints:list', { status: 'open', page: 2 })).total).toBe(53);

    // Feedback can only be received from the day of the sitting until today: the same day for all of them here.
    for (let n = 0; n < 51; n += 1) await panel.as('feedback:create', feedback({ rating: n < 50 ? 5 : 1 }));
    const forms = await panel.as<FeedbackPage>('feedback:list', { sittingId: panel.sitting.id });
    expect(forms).toMatchObject({ page: 1, pageSize: 50, total: 51 });
    expect(forms.forms).toHaveLength(50);
    // The average is of all 51 forms, not of the page shown.
    expect(forms.averageRating).toBeCloseTo((50 * 5 + 1) / 51, 10);
    const last = await panel.as<FeedbackPage>('feedback:list', { page: 2 });
    expect(last).toMatchObject({ page: 2, total: 51 });
    const both = [...forms.forms, ...last.forms];
    expect(new Set(both.map((f) => f.id)).size).toBe(51);
    expect(both.reduce((sum, f) => sum + f.rating, 0)).toBe(251);
    expect((await panel.refused('feedback:list', { page: 0 }))?.code).toBe('VALIDATION_FAILED');
  });

  it('lets only the administrator write; the chair may read', async () => {
    await panel.as('complaints:create', complaint());
    for (const [channel, input] of [
      ['complaints:create', complaint()],
      ['feedback:create', feedback()],
    ] as const) {
      expect((await refusedUnchanged(channel, input, CHAIR))?.code).toBe('FORBIDDEN');
    }
    expect((await panel.as<ComplaintPage>('complaints:list', {}, CHAIR)).complaints).toHaveLength(1);
    expect((await panel.as<FeedbackPage>('feedback:list', {}, CHAIR)).forms).toEqual([]);
  });
});
