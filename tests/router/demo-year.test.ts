import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { steppingClock } from '../../electron/backend/clock';
import { generateServiceHistory, historyStart, type HistorySummary } from '../../electron/demo/service-history';
import { plusDays, plusMonths } from '../../electron/demo/timeline';
import { retentionFor } from '../../db/repositories/retention/retention-facts';
import { ITEM_TYPES } from '../../shared/domain/sittings/item-types';
import type { RetentionEntry } from '../../shared/schemas/records';
import { openTestBackend, type TestBackend } from '../factories/backend';
import { TEST_TODAY } from '../factories/clock';
import { dataReturnOf } from '../../electron/features/reports/data-return-files';
import { dataReturnYearOf } from '../../shared/domain/reports/data-return';

const END = new Date(`${TEST_TODAY}T09:00:00`);
const YEAR_START = plusMonths(TEST_TODAY, -12);

describe('a year of demo panel business', () => {
  let backend: TestBackend;
  let summary: HistorySummary;
  const rows = <T>(query: string, ...params: unknown[]) => backend.store.sqlite.prepare(query).all(...params) as T[];
  const value = (query: string, ...params: unknown[]) =>
    (backend.store.sqlite
      .prepare(query)
      .pluck()
      .get(...params) as number | null) ?? 0;

  beforeAll(async () => {
    const clock = steppingClock(historyStart({ years: 1, today: TEST_TODAY }));
    backend = await openTestBackend({ clock });
    const started = performance.now();
    summary = await generateServiceHistory(backend.router, clock, { years: 1, seed: 2019, today: TEST_TODAY });
    const seconds = (performance.now() - started) / 1000;
    console.log(`One year of demo business generated in ${seconds.toFixed(1)} s:`, JSON.stringify(summary));
    expect(clock.now()).toEqual(END);
  }, 600_000);
  afterAll(() => backend.dispose());

  it('explains a late step of a case chain: the applicant told late, with the reason recorded', async () => {
    const explained = rows<{ household_id: string; step_key: string }>(
      `SELECT household_id, step_key FROM delay_reasons WHERE step_key LIKE 'told_orally:%'`,
    );
    expect(explained.length).toBeGreaterThan(0);
    const [first] = explained;
    const chain = await backend.router.call('households:caseChain', { id: first?.household_id ?? '' });
    expect(chain.steps.find((step) => step.key === first?.step_key)).toMatchObject({
      state: 'late',
      delay: { reason: 'Other (see note)', note: 'The applicants were away; told on their return.' },
    });
  });

  it('holds about 24 main sittings and 6 extra ones, chaired by the vice chairs', async () => {
    const held = rows<{ kind: string; presider: string }>(
      `SELECT s.kind, m.list_role AS presider FROM sittings s JOIN members m ON m.id = s.presider_id
       WHERE s.date >= ? AND s.date < ? AND s.status NOT IN ('planned', 'papers_sent', 'cancelled')`,
      YEAR_START,
      TEST_TODAY,
    );
    const main = held.filter((s) => s.kind === 'main');
    const extra = held.filter((s) => s.kind === 'extra');
    expect(main.length).toBeGreaterThanOrEqual(20);
    expect(main.length).toBeLessThanOrEqual(28);
    expect(extra.length).toBeGreaterThanOrEqual(4);
    expect(extra.length).toBeLessThanOrEqual(8);
    expect(extra.every((s) => s.presider === 'vice_chair')).toBe(true);
    expect(main.filter((s) => s.presider === 'chair').length).toBeGreaterThan(main.length / 2);
    const upcoming = await backend.router.call('sittings:list', { from: TEST_TODAY });
    expect(upcoming.length).toBeGreaterThan(0);
  });

  it('brings about 150 items of every type, for about 100 households', () => {
    const items = rows<{ item_type: string; status: string; outcome: string | null }>(
      `SELECT i.item_type, i.status, r.outcome FROM agenda_items i JOIN sittings s ON s.id = i.sitting_id
       LEFT JOIN recommendations r ON r.item_id = i.id WHERE s.date < ?`,
      TEST_TODAY,
    );
    expect(items.length).toBeGreaterThanOrEqual(120);
    expect(new Set(items.map((i) => i.item_type))).toEqual(new Set(ITEM_TYPES));
    expect(items.filter((i) => i.status === 'heard').every((i) => i.outcome !== null)).toBe(true);
    expect(items.filter((i) => i.outcome === 'deferred').length).toBeGreaterThanOrEqual(1);
    expect(items.filter((i) => i.status === 'deferred').length).toBeGreaterThanOrEqual(1);
    expect(value(`SELECT count(*) FROM households`)).toBeGreaterThanOrEqual(80);
    expect(value(`SELECT count(*) FROM households WHERE household_type = 'connected_person'`)).toBeGreaterThan(20);
    expect(value(`SELECT count(*) FROM household_children`)).toBeGreaterThan(20);
    expect(value(`SELECT count(*) FROM declarations WHERE withdrew = 1`)).toBeGreaterThanOrEqual(1);
    expect(value(`SELECT count(*) FROM recommendations WHERE unanimous = 0`)).toBeGreaterThanOrEqual(1);
    expect(value(`SELECT count(*) FROM recommendations WHERE report_quality_rating IS NOT NULL`)).toBeGreaterThan(50);
  });

  it('has the minutes of every sitting before the last three weeks approved, and sent to the ADM', () => {
    const settled = rows<{ status: string; referred: number; sent: number }>(
      `SELECT s.status,
         (SELECT count(*) FROM agenda_items i JOIN recommendations r ON r.item_id = i.id
          WHERE i.sitting_id = s.id AND r.outcome <> 'deferred'
            AND i.item_type NOT IN ('business', 'resignation', 'temporary_approval_extension')) AS referred,
         (SELECT count(*) FROM agenda_items i WHERE i.sitting_id = s.id AND i.sent_to_adm_date IS NOT NULL) AS sent
       FROM sittings s WHERE s.date < date(?, '-21 days') AND s.status <> 'cancelled'`,
      TEST_TODAY,
    );
    expect(settled.length).toBeGreaterThan(20);
    for (const sitting of settled) {
      expect(['minutes_approved', 'sent_to_adm']).toContain(sitting.status);
      expect(sitting.sent).toBe(sitting.referred);
    }
    const approvedByPresider = value(
      `SELECT count(*) FROM minutes m JOIN sittings s ON s.id = m.sitting_id
       JOIN users u ON u.id = m.approved_by_user_id WHERE u.member_id = s.presider_id`,
    );
    expect(approvedByPresider).toBe(value(`SELECT count(*) FROM minutes WHERE approved_at IS NOT NULL`));
  });

  it('records ADM decisions, qualifying determinations and their routes, extensions and resignations', () => {
    const cases = rows<{ state: string; verdict: string | null; route: string | null; letter_date: string | null }>(
      `SELECT state, verdict, route, letter_date FROM adm_cases`,
    );
    expect(cases.filter((c) => c.verdict === 'agree').length).toBeGreaterThan(60);
    expect(cases.filter((c) => c.verdict === 'disagree').length).toBeGreaterThanOrEqual(1);
    const determinations = cases.filter((c) => c.letter_date !== null);
    expect(determinations.length).toBeGreaterThanOrEqual(5);
    expect(cases.filter((c) => c.state === 'final').length).toBeGreaterThanOrEqual(3);
    expect(cases.some((c) => c.route === 'representations')).toBe(true);
    expect(cases.some((c) => c.route === 'irm')).toBe(true);
    expect(value(`SELECT count(*) FROM adm_cases WHERE info_requested_on IS NOT NULL`)).toBeGreaterThanOrEqual(1);
    expect(value(`SELECT count(*) FROM temporary_extensions`)).toBeGreaterThanOrEqual(3);
    expect(value(`SELECT count(*) FROM resignations`)).toBeGreaterThanOrEqual(5);
    // Notices recorded when they arrived, before the panel noted them (the panel's item is linked later).
    expect(
      value(`SELECT count(*) FROM resignations r JOIN agenda_items ai ON ai.id = r.item_id
             JOIN sittings s ON s.id = ai.sitting_id WHERE substr(r.recorded_at, 1, 10) < s.date`),
    ).toBeGreaterThanOrEqual(1);
    // Notices recorded on arrival are acknowledged at once, before any panel; never twice for one notice.
    expect(
      value(`SELECT count(*) FROM issued_documents d JOIN resignations r ON r.id = d.subject_id
             LEFT JOIN agenda_items ai ON ai.id = r.item_id LEFT JOIN sittings s ON s.id = ai.sitting_id
             WHERE d.kind = 'letter-resignation' AND (s.date IS NULL OR substr(d.issued_at, 1, 10) < s.date)`),
    ).toBeGreaterThanOrEqual(1);
    expect(
      value(`SELECT count(*) FROM (SELECT subject_id FROM issued_documents WHERE kind = 'letter-resignation'
             GROUP BY subject_id HAVING count(*) > 1)`),
    ).toBe(0);
    // Applicants told the decision orally, most the next working day; the letters tell them in writing.
    expect(value(`SELECT count(*) FROM adm_cases WHERE told_orally_on IS NOT NULL`)).toBeGreaterThan(60);
    expect(value(`SELECT count(*) FROM adm_cases WHERE told_in_writing_on IS NOT NULL`)).toBeGreaterThan(60);
    expect(value(`SELECT count(*) FROM complaints`)).toBeGreaterThanOrEqual(1);
    expect(value(`SELECT count(*) FROM feedback_forms`)).toBeGreaterThanOrEqual(1);
  });

  it('extends a temporary approval until the IRM outcome: one ended by the final decision, one still open', async () => {
    const extensions = rows<{
      householdId: string;
      kind: string;
      newEnd: string | null;
      decidedOn: string;
      previousEnd: string;
      iroToldOn: string;
      state: string;
      route: string | null;
      letterDate: string | null;
      routeOn: string | null;
      irmOn: string | null;
      finalCode: string | null;
      finalOn: string | null;
      considered: number | null;
      departs: number | null;
    }>(
      `SELECT e.household_id AS householdId, e.kind, e.new_end AS newEnd, e.decided_on AS decidedOn,
         e.previous_end AS previousEnd, e.iro_told_on AS iroToldOn, c.state, c.route, c.letter_date AS letterDate,
         c.route_received_on AS routeOn, c.irm_recommendation_on AS irmOn, c.final_code AS finalCode,
         c.final_decided_on AS finalOn, c.irm_considered AS considered, c.irm_departs AS departs
       FROM temporary_extensions e JOIN adm_cases c ON c.item_id = e.irm_case_item_id
       WHERE e.kind = 'irm' ORDER BY e.decided_on`,
    );
    expect(extensions).toHaveLength(2);
    const [closed, open] = extensions;
    if (!closed || !open) return;
    for (const extension of extensions) {
      // Applied to the IRM within the 28 days, extended that day, before the temporary approval ended.
      expect(extension).toMatchObject({ newEnd: null, route: 'irm', iroToldOn: extension.decidedOn });
      expect(extension.routeOn).toBe(extension.decidedOn);
      expect(extension.decidedOn <= plusDays(extension.letterDate ?? '', 28)).toBe(true);
      expect(extension.decidedOn <= extension.previousEnd).toBe(true);
    }
    // The closed one: the IRM panel's recommendation considered and followed; the final decision ended the extension.
    expect(closed).toMatchObject({ state: 'final', finalCode: 'approve', considered: 1, departs: 0 });
    expect((closed.irmOn ?? '') < (closed.finalOn ?? '')).toBe(true);
    expect(open).toMatchObject({ state: 'qualifying', irmOn: null, finalOn: null });
    const due = await backend.router.call('dashboard:due', { withinDays: 366 });
    const entry = (householdId: string) => due.entries.find((e) => e.id === `extension:${householdId}`);
    expect(entry(open.householdId)).toMatchObject({ title: expect.stringContaining('until the IRM outcome') });
    expect(entry(closed.householdId)).toBeUndefined();
    const closedItem = backend.store.sqlite
      .prepare(`SELECT item_id FROM temporary_extensions WHERE household_id = ? AND kind = 'irm'`)
      .pluck()
      .get(closed.householdId) as string;
    const view = await backend.router.call('extensions:get', { itemId: closedItem });
    expect(view.extension).toMatchObject({ kind: 'irm', endedOn: closed.finalOn });
    // Each has its qualifying determination letter and its extension letter in the register.
    const letters = (kind: string) =>
      value(
        `SELECT count(DISTINCT d.household_id) FROM issued_documents d JOIN temporary_extensions e
           ON e.household_id = d.household_id AND e.kind = 'irm' WHERE d.kind = ?`,
        kind,
      );
    expect(letters('letter-qualifying-determination')).toBe(2);
    expect(letters('letter-extension')).toBe(2);
  });

  it('keeps real letters and minutes in the issued-documents register', async () => {
    const register = await backend.router.call('documents:register', {});
    const kinds = new Set(register.documents.map((d) => d.kind));
    expect(register.total).toBeGreaterThanOrEqual(10);
    for (const kind of ['minutes-final', 'letter-approval', 'letter-qualifying-determination', 'letter-resignation']) {
      expect(kinds).toContain(kind);
    }
  });

  it('moves time forward: nothing dated in the future, nothing decided before it could be', () => {
    const endIso = END.toISOString();
    const future = (table: string, column: string, limit: string) =>
      value(`SELECT count(*) FROM ${table} WHERE ${column} > ?`, limit);
    for (const [table, column] of [
      ['audit_log', 'at'],
      ['recommendations', 'recorded_at'],
      ['minutes', 'approved_at'],
      ['issued_documents', 'issued_at'],
    ]) {
      expect(future(table as string, column as string, endIso), `${table}.${column}`).toBe(0);
    }
    for (const [table, column] of [
      ['agenda_items', 'sent_to_adm_date'],
      ['agenda_items', 'papers_received_date'],
      ['adm_cases', 'decided_on'],
      ['adm_cases', 'letter_date'],
      ['adm_cases', 'route_received_on'],
      ['adm_cases', 'final_decided_on'],
      ['temporary_extensions', 'decided_on'],
      ['resignations', 'notice_received_on'],
      ['households', 'application_received_date'],
      ['households', 'approval_date'],
      ['sittings', 'papers_sent_date'],
      ['complaints', 'received_on'],
      ['feedback_forms', 'received_on'],
      ['member_training', 'date'],
    ]) {
      expect(future(table as string, column as string, TEST_TODAY), `${table}.${column}`).toBe(0);
    }
    expect(
      value(`SELECT count(*) FROM sittings WHERE status IN ('held', 'minutes_drafted') AND date > ?`, TEST_TODAY),
    ).toBe(0);
    const misordered = value(
      `SELECT count(*) FROM agenda_items i JOIN sittings s ON s.id = i.sitting_id JOIN minutes m ON m.sitting_id = s.id
       LEFT JOIN adm_cases c ON c.item_id = i.id
       WHERE i.sent_to_adm_date < s.date OR i.sent_to_adm_date < substr(m.approved_at, 1, 10)
          OR c.decided_on < i.sent_to_adm_date OR c.final_decided_on < c.decided_on`,
    );
    expect(misordered).toBe(0);
    const audit = rows<{ at: string }>(`SELECT at FROM audit_log ORDER BY seq`).map((r) => r.at);
    expect(audit).toEqual([...audit].sort());
  });

  it('gives later reviews a kind, applications their reg 26 dates, and records reviews done without panel', () => {
    expect(value(`SELECT count(*) FROM agenda_items WHERE item_type = 'other_review' AND review_kind IS NULL`)).toBe(0);
    expect(
      value(`SELECT count(DISTINCT review_kind) FROM agenda_items WHERE item_type = 'other_review'`),
    ).toBeGreaterThan(1);
    expect(
      value(`SELECT count(*) FROM agenda_items WHERE item_type LIKE 'approval_%' AND report_given_date IS NOT NULL`),
    ).toBeGreaterThan(10);
    expect(value(`SELECT count(*) FROM reviews_without_panel`)).toBeGreaterThan(0);
  });

  it('has applications that ended before panel, withdrawn and ended by the service, in this year’s data return', () => {
    const figures = dataReturnOf(backend.store.db, dataReturnYearOf(TEST_TODAY), TEST_TODAY);
    const value = (name: string) => figures.fields.find((f) => f.field === name)?.value ?? 0;
    expect(value('applications_ended_withdrawn')).toBeGreaterThanOrEqual(1);
    expect(value('applications_ended_by_service')).toBeGreaterThanOrEqual(1);
    expect(value('applications_received')).toBeGreaterThanOrEqual(2);
  });

  it('keeps the audit chain intact', () => {
    expect(backend.audit.verify(backend.store.sqlite)).toMatchObject({ ok: true });
  });
  /** Every ended household in the retention lists, by id. */
  async function listedRetention(): Promise<Map<string, RetentionEntry>> {
    const listed = new Map<string, RetentionEntry>();
    for (const section of ['due', 'kept', 'purged'] as const) {
      for (let page = 1; ; page += 1) {
        const overview = await backend.router.call('records:retention', { section, page });
        for (const entry of overview.entries) listed.set(entry.id, entry);
        if (overview.entries.length < overview.pageSize) break;
      }
    }
    return listed;
  }

  async function expectStoredRetentionTrue(): Promise<number> {
    const listed = await listedRetention();
    let ended = 0;
    for (const { id } of rows<{ id: string }>('SELECT id FROM households')) {
      const fresh = retentionFor(backend.store.db, id, TEST_TODAY);
      if (fresh?.retention.kind === 'open') {
        expect(listed.has(id)).toBe(false);
      } else {
        ended += 1;
        expect(listed.get(id)).toEqual(fresh?.entry);
      }
    }
    expect(value('SELECT count(*) FROM retention_stale')).toBe(0);
    return ended;
  }

  // Last: it changes the year's data underneath, as only a fault or a future feature would.
  it('keeps each stored retention date exactly as the rule works it out, whatever fact changes', async () => {
    expect(await expectStoredRetentionTrue()).toBeGreaterThan(20);
    const run = (statement: string) => backend.store.sqlite.prepare(statement).run().changes;
    // Every fact the rule reads, changed directly in SQLite one at a time: a trigger must catch each.
    for (const change of [
      // A placement recorded as starting after the approval ended moves a connected person's date on.
      `UPDATE household_children SET placement_date = '2030-06-30' WHERE household_id IN
       (SELECT id FROM households WHERE household_type = 'connected_person' AND status IN ('resigned', 'terminated'))`,
      // The end of a placement (FSR reg 32 for connected persons), entered or moved.
      `UPDATE household_children SET placement_ended_on = '2030-06-30' WHERE placement_ended_on IS NOT NULL`,
      // A reg 24 temporary approval decides whether a refused connected person is kept 10 years or 3.
      `UPDATE households SET temporary_approval_date = NULL
       WHERE household_type = 'connected_person' AND status NOT IN ('applicant', 'approved', 'on_hold')`,
      `UPDATE household_status_history SET effective_date = date(effective_date, '-400 days')
       WHERE status IN ('withdrawn', 'refused')`,
      `UPDATE adm_cases SET approval_ends = date(approval_ends, '+200 days') WHERE approval_ends IS NOT NULL`,
      `UPDATE resignations SET approval_ends = date(approval_ends, '+400 days')`,
      `UPDATE households SET status = 'applicant' WHERE id = (SELECT id FROM households WHERE status = 'refused' LIMIT 1)`,
    ]) {
      expect(run(change)).toBeGreaterThan(0);
      expect(await expectStoredRetentionTrue()).toBeGreaterThan(20);
    }
  });
});
