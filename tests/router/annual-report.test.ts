import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportTableCsv } from '../../shared/documents/report-csv';
import { reportTables } from '../../shared/domain/reports/report-tables';
import type { AnnualReport } from '../../shared/schemas/report';
import { openReportScenario, type ReportScenario } from '../factories/report-scenario';
import { windowSender } from '../factories/panel-sitting';

describe('the panel report for a period', () => {
  let scenario: ReportScenario;
  let report: AnnualReport;
  beforeAll(async () => {
    scenario = await openReportScenario();
    report = await scenario.report();
  }, 120_000);
  afterAll(() => scenario.panel.backend.dispose());

  it('defaults to the financial year containing today', () => {
    expect(report.period).toEqual({ from: '2026-04-01', to: '2027-03-31' });
    expect(report.builtOn).toBe('2026-11-23');
  });

  it('counts sittings by kind (held, to come, cancelled) and who presided, leaving out other years', () => {
    expect(report.sittings.byKind).toEqual([
      { kind: 'main', label: 'Main', held: 1, notYetHeld: 1, cancelled: 1 },
      { kind: 'extra', label: 'Extra', held: 1, notYetHeld: 0, cancelled: 0 },
    ]);
    expect(report.sittings.byPresider).toEqual([
      { name: 'David Okafor', listRole: 'Vice chair', main: 0, extra: 1, total: 1 },
      { name: 'Margaret Ellis', listRole: 'Chair', main: 1, extra: 0, total: 1 },
    ]);
  });

  it('counts items by type and the panel’s recommendations by outcome', () => {
    expect(report.items.byType.map((t) => [t.itemType, t.listed, t.heard, t.deferred, t.withdrawn])).toEqual([
      ['approval_mainstream', 3, 1, 2, 0],
      ['approval_connected_person', 1, 1, 0, 0],
      ['first_review', 1, 1, 0, 0],
      ['other_review', 1, 1, 0, 0],
      ['temporary_approval_extension', 1, 1, 0, 0],
      ['termination', 1, 1, 0, 0],
      ['resignation', 1, 1, 0, 0],
    ]);
    expect(report.items.outcomes.map((o) => [o.itemType, o.outcome, o.count])).toEqual(
      expect.arrayContaining([
        ['approval_mainstream', 'suitable', 1],
        ['approval_mainstream', 'deferred', 1],
        ['approval_connected_person', 'suitable', 1],
        ['first_review', 'remains_suitable_terms_unchanged', 1],
        ['other_review', 'continue', 1],
        ['temporary_approval_extension', 'views_for', 1],
        ['termination', 'terminate', 1],
        ['resignation', 'noted', 1],
      ]),
    );
    expect(report.items.outcomes).toHaveLength(8);
    expect(report.items.outcomes[0]).toMatchObject({
      typeLabel: 'Approval (mainstream)',
      outcomeLabel: expect.any(String),
    });
  });

  it('counts the ADM’s approvals by household type and terms, with the places they create', () => {
    expect(report.approvals.total).toBe(2);
    expect(report.approvals.places).toBe(3);
    expect(report.approvals.byHouseholdType.map((h) => [h.householdType, h.approvals, h.places])).toEqual([
      ['mainstream', 1, 2],
      ['connected_person', 1, 1],
      ['specialist', 0, 0],
    ]);
    // Mainstream and connected-person approvals by terms, apart: the connected person's long-term care is theirs only.
    const byCare = (rows: typeof report.approvals.mainstreamByCareType) =>
      Object.fromEntries(rows.map((c) => [c.careType, [c.approvals, c.places]]));
    const mainstream = byCare(report.approvals.mainstreamByCareType);
    expect(mainstream).toMatchObject({
      short_term: [1, 2],
      long_term: [0, 0],
      respite: [0, 0],
      parent_and_child: [0, 0],
    });
    expect(mainstream).not.toHaveProperty('child_specific');
    expect(report.approvals.connectedByCareType[0]).toMatchObject({
      careType: 'child_specific',
      label: 'Child-specific (connected person)',
    });
    expect(byCare(report.approvals.connectedByCareType)).toMatchObject({ short_term: [1, 1], long_term: [1, 1] });
    expect(report.connectedPersons).toEqual({ approvals: 1, places: 1, temporaryApprovals: 1, extensions: 1 });
  });

  it('counts first reviews (mainstream and connected) and other reviews with the ADM’s disagreement', () => {
    expect(report.firstReviews.mainstream).toBe(0);
    expect(report.firstReviews.connected).toBe(1);
    expect(report.firstReviews.rows.find((r) => r.outcome === 'remains_suitable_terms_unchanged')).toMatchObject({
      mainstream: 0,
      connected: 1,
      total: 1,
    });
    expect(report.otherReviews.rows.find((r) => r.outcome === 'continue')).toEqual({
      outcome: 'continue',
      label: 'Approval continues; terms unchanged',
      heard: 1,
      admAgreed: 0,
      admDisagreed: 1,
      awaitingAdm: 0,
    });
    expect(report.otherReviews.admDisagreements).toEqual([
      {
        householdReference: 'CAR-001',
        sittingDate: '2026-10-12',
        panelRecommendation: 'Approval continues; terms unchanged',
        admDecision: 'Approval continues on revised terms',
      },
    ]);
    expect(report.admDecisions.map((d) => [d.itemType, d.decided, d.agreed, d.disagreed])).toEqual([
      ['approval_mainstream', 1, 1, 0],
      ['approval_connected_person', 1, 1, 0],
      ['other_review', 1, 0, 1],
      ['termination', 1, 1, 0],
    ]);
  });

  it('counts resignations and terminations by household type and by reason as recorded', () => {
    expect(report.resignations).toEqual({
      total: 2,
      byHouseholdType: [
        { label: 'Mainstream', count: 2 },
        { label: 'Connected person', count: 0 },
        { label: 'Specialist scheme', count: 0 },
      ],
      byReason: [
        { reason: 'Moving to an independent fostering agency', count: 1 },
        { reason: 'Retirement', count: 1 },
      ],
    });
    expect(report.terminations).toMatchObject({
      total: 1,
      byReason: [{ reason: 'Standard of care', count: 1 }],
    });
    expect(report.terminations.byHouseholdType[0]).toEqual({ label: 'Mainstream', count: 1 });
  });

  it('counts extensions, deferrals with why, and determinations with their route', () => {
    expect(report.extensions).toEqual({
      rows: [
        { outcome: 'views_for', label: 'Views given in favour of an extension', heard: 1, approved: 1 },
        { outcome: 'views_against', label: 'Views given against an extension', heard: 0, approved: 0 },
      ],
      approved: 1,
    });
    expect(report.deferrals).toEqual({
      total: 2,
      byType: [{ label: 'Approval (mainstream)', count: 2 }],
      byReason: [{ reason: 'Statutory checks not back', count: 2 }],
    });
    expect(report.determinations.rows).toEqual([
      {
        decision: 'terminate',
        label: 'Terminate approval (qualifying determination)',
        made: 1,
        representations: 0,
        irm: 1,
        finalMade: 1,
        finalConfirmed: 1,
      },
    ]);
  });

  it('counts complaints by source, observers and feedback ratings', () => {
    expect(report.complaints.map((c) => [c.source, c.received, c.closed])).toEqual([
      ['applicant', 1, 1],
      ['carer', 0, 0],
      ['social_worker', 2, 1],
      ['manager', 0, 0],
      ['other', 0, 0],
    ]);
    expect(report.observers).toEqual({
      total: 3,
      sittingsWithObservers: 2,
      byDescription: [
        { label: 'Student social worker', count: 2 },
        { label: 'New staff member', count: 1 },
      ],
    });
    expect(report.feedback.map((f) => [f.fromKind, f.forms, f.averageRating])).toEqual([
      ['applicant', 2, 4.5],
      ['carer', 0, null],
      ['social_worker', 1, 3],
      ['other', 0, null],
    ]);
  });

  it('measures timeliness: papers against the 5-working-day rule, minutes, and the ADM’s 7 working days', () => {
    expect(report.timeliness.papers).toEqual({ onTime: 1, late: 1, notRecorded: 0 });
    expect(report.timeliness.admDecisions).toEqual({ onTime: 3, late: 1, waiting: 1, waitingOverdue: 1 });
    expect(report.timeliness.minutesApproved).toEqual({
      count: 2,
      averageDays: 1,
      longestDays: 2,
      notYetApproved: 0,
    });
    expect(report.timeliness.sentToAdm).toEqual({ count: 5, averageDays: 1.2, longestDays: 2 });
    expect(report.timeliness.admDecisionDays).toEqual({ count: 4, averageDays: 4, longestDays: 16 });
  });

  it('lists each member’s attendance and whether they were appraised in the period', () => {
    expect(
      report.members.rows.map((m) => [m.name, m.listRole, m.present, m.apologies, m.absent, m.appraisedInPeriod]),
    ).toEqual([
      ['Margaret Ellis', 'Chair', 1, 1, 0, true],
      ['David Okafor', 'Vice chair', 2, 0, 0, true],
      ['Aisha Rahman', 'Member', 2, 0, 0, true],
      ['Graham Pike', 'Member', 2, 0, 0, true],
      ['Helen Turner', 'Member', 2, 0, 0, true],
      ['Peter Quinn', 'Member', 1, 0, 0, false],
    ]);
    expect(report.members.appraisalsDone).toBe(5);
  });

  it('reports any period asked for, and refuses one that ends before it starts', async () => {
    const october = await scenario.report({ from: '2026-10-01', to: '2026-10-31' });
    expect(october.sittings.byKind.map((k) => k.held)).toEqual([0, 1]);
    expect(october.approvals.total).toBe(1);
    expect(october.complaints.find((c) => c.source === 'social_worker')?.received).toBe(0);
    const earlier = await scenario.report({ from: '2025-04-01', to: '2026-03-31' });
    expect(earlier.sittings.byKind[0]).toMatchObject({ held: 0, notYetHeld: 1 });
    expect(earlier.observers.total).toBe(1);
    expect(await scenario.panel.refused('reports:annual', { from: '2026-10-31', to: '2026-10-01' })).toMatchObject({
      code: 'VALIDATION_FAILED',
      fieldErrors: { to: 'The end of the period must be on or after its start' },
    });
    expect(await scenario.panel.refused('reports:annual', { from: '2027-04-01' })).toMatchObject({
      fieldErrors: { to: 'The end of the period must be on or after its start' },
    });
  });

  it('lets the chair read the report but only the administrator save a CSV, which is audited', async () => {
    expect((await scenario.panel.as<AnnualReport>('reports:annual', {}, scenario.chair)).approvals.total).toBe(2);
    expect(await scenario.panel.refused('reports:annual', {}, scenario.adm)).toMatchObject({ code: 'FORBIDDEN' });
    const csv = { from: '2026-04-01', to: '2027-03-31', tableId: 'sittings' };
    expect(await scenario.panel.refused('reports:saveCsv', csv, scenario.chair)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await scenario.panel.refused('reports:saveCsv', csv, windowSender(99))).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    const saved = await scenario.panel.as<{ path: string; sizeBytes: number }>('reports:saveCsv', csv);
    expect(saved.path).toMatch(/Panel-report-sittings-2026-04-01-to-2027-03-31\.csv$/);
    const sittings = reportTables(await scenario.panel.as<AnnualReport>('reports:annual', csv)).find(
      (table) => table.id === 'sittings',
    );
    if (!sittings) throw new Error('The report has no sittings table');
    expect(readFileSync(saved.path, 'utf8')).toBe(`\uFEFF${reportTableCsv(sittings)}`);
    const audit = scenario.panel.backend.store.sqlite
      .prepare(`SELECT channel, changes FROM audit_log WHERE channel = 'reports:saveCsv'`)
      .all() as { channel: string; changes: string }[];
    expect(audit).toHaveLength(1);
    expect(audit[0]?.changes).toContain(saved.path);
  });
});
