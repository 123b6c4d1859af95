import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AnnualReport } from '../../shared/schemas/report';
import type { DueList } from '../../shared/schemas/dashboard';
import type { Household } from '../../shared/schemas/household';
import type { HouseholdReviews } from '../../shared/schemas/routing';
import type { SittingDetail } from '../../shared/schemas/sitting-views';
import { databaseSnapshot } from '../factories/backend';
import { householdInput } from '../factories/households';
import { openPanelSitting, TERMS, windowSender, type PanelSitting } from '../factories/panel-sitting';
import { recommending } from '../factories/versions';

const CHAIR = windowSender(41);

/** FSR reg 28(2): reviews after the first at intervals of no more than 12 months, at panel or not. */
describe('reviews after the first', () => {
  let panel: PanelSitting;
  let carers: Household;
  const review = (overrides: Record<string, unknown> = {}) => ({
    householdId: carers.id,
    reviewDate: '2026-11-20',
    kind: 'standards_of_care',
    outcomeSummary: 'Standards of care met; a training plan agreed.',
    reviewedBy: 'Rita Reviewer (independent reviewing officer)',
    ...overrides,
  });

  beforeEach(async () => {
    panel = await openPanelSitting();
    panel.userFor(panel.ids.chair, 'Margaret Ellis', ['chair'], CHAIR, 'chair-user');
    carers = await panel.approvedCarers('Mr and Mrs Kindly');
  });
  afterEach(() => panel.backend.dispose());

  it('tracks the next review on the dashboard and resets it when a review is done without panel', async () => {
    const before = await panel.as<HouseholdReviews>('reviews:forHousehold', { id: carers.id });
    // Approved 1 May 2024, brought in on 23 November 2026: the next anniversary is not invented as overdue.
    expect(before).toEqual({ reviews: [], nextDue: '2027-04-30', cannotRecordReason: null });
    const due = await panel.as<DueList>('dashboard:due', { kinds: ['later_review'], withinDays: 366 });
    expect(due.entries).toEqual([
      expect.objectContaining({ kind: 'later_review', subject: carers.reference, dueDate: '2027-04-30' }),
    ]);

    const after = await panel.as<HouseholdReviews>('reviews:recordWithoutPanel', review());
    expect(after.nextDue).toBe('2027-11-19');
    expect(after.reviews).toEqual([
      expect.objectContaining({
        reviewDate: '2026-11-20',
        kind: 'standards_of_care',
        kindLabel: 'Standards of care review',
        route: 'without_panel',
        outcomeSummary: review().outcomeSummary,
        reviewedBy: review().reviewedBy,
        recordedByName: expect.any(String),
      }),
    ]);
    const audit = panel.backend.store.sqlite
      .prepare(`SELECT count(*) AS n FROM audit_log WHERE channel = 'reviews:recordWithoutPanel'`)
      .get() as { n: number };
    expect(audit.n).toBe(1);
    const dueAfter = await panel.as<DueList>('dashboard:due', { kinds: ['later_review'], withinDays: 366 });
    expect(dueAfter.entries.map((e) => e.dueDate)).toEqual(['2027-11-19']);
  });

  it('refuses a review without panel where the first review is still due, or the household is not approved', async () => {
    const fresh = await panel.as<Household>('households:create', householdInput());
    const approved = await panel.as<Household>('households:changeStatus', {
      id: fresh.id,
      version: fresh.version,
      status: 'approved',
      effectiveDate: '2026-11-02',
      approvalDate: '2026-11-02',
      terms: TERMS,
    });
    const before = databaseSnapshot(panel.backend);
    const first = await panel.refused('reviews:recordWithoutPanel', review({ householdId: approved.id }));
    expect(first?.fieldErrors?.reviewDate).toMatch(/first review must be heard by panel \(FSR reg 28\(3\)\)/);
    const applicant = await panel.refused('reviews:recordWithoutPanel', review({ householdId: panel.household.id }));
    expect(applicant?.fieldErrors?.householdId).toMatch(/not approved/);
    const future = await panel.refused('reviews:recordWithoutPanel', review({ reviewDate: '2026-11-24' }));
    expect(future?.fieldErrors?.reviewDate).toMatch(/future/);
    const kind = await panel.refused('reviews:recordWithoutPanel', review({ kind: 'not_recorded' }));
    expect(kind?.fieldErrors?.kind).toMatch(/Choose the kind of review/);
    expect(databaseSnapshot(panel.backend)).toBe(before);
  });

  it('asks the kind of a later review when it is added, and the annual report counts each kind apart', async () => {
    const noKind = await panel.refused('items:add', {
      sittingId: panel.sitting.id,
      householdId: carers.id,
      itemType: 'other_review',
      durationMinutes: 30,
    });
    expect(noKind?.fieldErrors?.reviewKind).toBe('Choose the kind of review');
    const sitting = await panel.as<SittingDetail>('items:add', {
      sittingId: panel.sitting.id,
      householdId: carers.id,
      itemType: 'other_review',
      reviewKind: 'allegation',
      durationMinutes: 30,
    });
    const item = sitting.items.find((i) => i.itemType === 'other_review');
    expect(item?.reviewKind).toBe('allegation');
    await panel.as(
      'recommendations:record',
      await recommending(panel.as, {
        itemId: item?.id,
        outcome: 'continue',
        reasons: 'The allegation was not substantiated.',
        unanimous: true,
        votesFor: 0,
        votesAgainst: 0,
        votesAbstaining: 0,
        dissent: [],
      }),
      CHAIR,
    );
    await panel.as('reviews:recordWithoutPanel', review());
    await panel.as('reviews:recordWithoutPanel', review({ kind: 'annual', reviewDate: '2026-11-21' }));
    const report = await panel.as<AnnualReport>('reports:annual', { from: '2026-04-01', to: '2027-03-31' });
    const counts = Object.fromEntries(report.reviewKinds.map((r) => [r.kind, [r.atPanel, r.direct, r.withoutPanel]]));
    expect(counts).toEqual({
      annual: [0, 0, 1],
      standards_of_care: [0, 0, 1],
      allegation: [1, 0, 0],
      change_of_circumstances: [0, 0, 0],
      not_recorded: [0, 0, 0],
    });
    const reviews = await panel.as<HouseholdReviews>('reviews:forHousehold', { id: carers.id });
    expect(reviews.reviews.map((r) => [r.reviewDate, r.kindLabel, r.route])).toEqual([
      ['2026-11-23', 'Review after an allegation', 'panel'],
      ['2026-11-21', 'Annual review', 'without_panel'],
      ['2026-11-20', 'Standards of care review', 'without_panel'],
    ]);
  });

  it('counts the next review from the first review heard by panel', async () => {
    const fresh = await panel.as<Household>('households:create', householdInput());
    const approved = await panel.as<Household>('households:changeStatus', {
      id: fresh.id,
      version: fresh.version,
      status: 'approved',
      effectiveDate: '2025-12-01',
      approvalDate: '2025-12-01',
      terms: TERMS,
    });
    const waiting = await panel.as<HouseholdReviews>('reviews:forHousehold', { id: approved.id });
    expect(waiting.nextDue).toBeNull();
    expect(waiting.cannotRecordReason).toMatch(/due by 30 November 2026/);
    const sitting = await panel.as<SittingDetail>('items:add', {
      sittingId: panel.sitting.id,
      householdId: approved.id,
      itemType: 'first_review',
      durationMinutes: 30,
    });
    const item = sitting.items.find((i) => i.itemType === 'first_review');
    await panel.as(
      'recommendations:record',
      await recommending(panel.as, {
        itemId: item?.id,
        outcome: 'remains_suitable_terms_unchanged',
        reasons: 'Settled placements.',
        unanimous: true,
        votesFor: 0,
        votesAgainst: 0,
        votesAbstaining: 0,
        dissent: [],
      }),
      CHAIR,
    );
    const reviewed = await panel.as<HouseholdReviews>('reviews:forHousehold', { id: approved.id });
    expect(reviewed).toMatchObject({ nextDue: '2027-11-22', cannotRecordReason: null });
    const due = await panel.as<DueList>('dashboard:due', { kinds: ['later_review', 'first_review'], withinDays: 366 });
    expect(due.entries.filter((e) => e.subject === approved.reference).map((e) => [e.kind, e.dueDate])).toEqual([
      ['later_review', '2027-11-22'],
    ]);
  });
});
