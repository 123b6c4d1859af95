import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SavedDocument } from '../../shared/contract/documents';
import { DATA_RETURN_FIELD_NAMES } from '../../shared/domain/reports/data-return-fields';
import type { ApplicationOutcome, DataReturn } from '../../shared/schemas/data-return';
import type { Household } from '../../shared/schemas/household';
import { parseCsv } from '../factories/csv';
import { openDataReturnYear, type DataReturnYear } from '../factories/data-return-year';
import { householdInput } from '../factories/households';
import { windowSender } from '../factories/panel-caller';

const CHAIR = windowSender(71);
const VIEWER = windowSender(72);

describe('the annual fostering data return', () => {
  let year: DataReturnYear;
  let figures: DataReturn;
  const field = (name: string, from: DataReturn = figures) => {
    const found = from.fields.find((f) => f.field === name);
    if (!found) throw new Error(`No field ${name}`);
    return found;
  };
  const counted = (name: string, from: DataReturn = figures) => field(name, from).households.map((h) => h.reference);

  beforeAll(async () => {
    year = await openDataReturnYear();
    year.userFor(null, 'Chris Chair', ['chair'], CHAIR, 'chair-user');
    year.userFor(null, 'Vic Viewer', ['viewer'], VIEWER, 'viewer-user');
    figures = await year.as<DataReturn>('reports:dataReturn', { year: 2025 });
  }, 120_000);
  afterAll(() => year.backend.dispose());

  it('gives every field of domain.md in its order, each with its definition, for 1 April 2025 to 31 March 2026', () => {
    expect(figures).toMatchObject({ year: 2025, yearName: '2025/26', from: '2025-04-01', to: '2026-03-31' });
    expect(figures.fields.map((f) => f.field)).toEqual(DATA_RETURN_FIELD_NAMES);
    expect(DATA_RETURN_FIELD_NAMES).toEqual([
      'applications_received',
      'applications_ended_withdrawn',
      'applications_ended_by_service',
      'applications_refused',
      'applications_ended_reason_not_recorded',
      'approved_mainstream',
      'approved_connected',
      'temporary_approvals_reg24',
      'places_created',
      'days_application_to_approval_median',
      'resignations_retirement',
      'resignations_change_of_circumstances',
      'resignations_moving_to_ifa',
      'resignations_moving_to_another_la',
      'resignations_dissatisfaction',
      'resignations_other',
      'resignations_reason_not_recorded',
      'terminations_standard_of_care',
      'terminations_no_contact',
      'terminations_child_no_longer_placed',
      'terminations_unwilling_or_unavailable',
      'terminations_other',
      'terminations_reason_not_recorded',
      'households_approved_at_year_end_mainstream',
      'households_approved_at_year_end_connected',
      'places_at_year_end',
    ]);
    for (const f of figures.fields) expect(f.definition, f.field).toMatch(/\w.*\.$/);
  });

  it('counts applications received in the year, and those that ended before approval by reason', () => {
    expect(counted('applications_received')).toEqual(['R1', 'A1', 'C1', 'W1', 'S1', 'N1', 'F1']);
    expect(field('applications_received').value).toBe(7);
    expect(counted('applications_ended_withdrawn')).toEqual(['W1']);
    expect(counted('applications_ended_by_service')).toEqual(['S1']);
    expect(counted('applications_refused')).toEqual(['R1']);
    expect(counted('applications_ended_reason_not_recorded')).toEqual(['N1']);
    expect(field('applications_ended_withdrawn').households[0]?.date).toBe('2025-10-01');
    expect(field('applications_ended_by_service').households[0]?.date).toBe('2026-02-01');
  });

  it('counts first approvals mainstream (specialist included) and connected apart, reg 24 approvals and places', () => {
    expect(counted('approved_mainstream')).toEqual(['A2', 'A1']);
    expect(field('approved_mainstream').value).toBe(2);
    expect(counted('approved_connected')).toEqual(['C1']);
    expect(counted('temporary_approvals_reg24')).toEqual(['C1']);
    expect(field('places_created').value).toBe(6);
    expect(field('places_created').households.map((h) => [h.reference, h.places])).toEqual([
      ['A2', 3],
      ['C1', 1],
      ['A1', 2],
    ]);
  });

  it('gives the median days from application to approval, and each household’s days', () => {
    expect(field('days_application_to_approval_median').value).toBe(254);
    expect(field('days_application_to_approval_median').households.map((h) => [h.reference, h.days])).toEqual([
      ['A2', 274],
      ['C1', 183],
      ['A1', 254],
    ]);
  });

  it('counts approvals ended by resignation in the year by reason, the reason not recorded apart', () => {
    expect(counted('resignations_retirement')).toEqual(['P1']);
    expect(field('resignations_retirement').households[0]?.date).toBe('2026-02-12');
    expect(counted('resignations_reason_not_recorded')).toEqual(['P3']);
    // P2's approval ends on 17 April 2026, in the next year.
    expect(field('resignations_moving_to_ifa').value).toBe(0);
    for (const name of ['change_of_circumstances', 'moving_to_another_la', 'dissatisfaction', 'other'])
      expect(field(`resignations_${name}`).value, name).toBe(0);
  });

  it('counts terminations in the year by deregistration reason, other words counted as not recorded', () => {
    expect(counted('terminations_standard_of_care')).toEqual(['T1']);
    expect(counted('terminations_child_no_longer_placed')).toEqual(['T2']);
    expect(counted('terminations_reason_not_recorded')).toEqual(['T3']);
    for (const name of ['no_contact', 'unwilling_or_unavailable', 'other'])
      expect(field(`terminations_${name}`).value, name).toBe(0);
  });

  it('counts households approved on 31 March and the places their terms in force then allow', () => {
    expect(counted('households_approved_at_year_end_mainstream')).toEqual(['A1', 'A2', 'P2']);
    expect(counted('households_approved_at_year_end_connected')).toEqual(['C1']);
    expect(field('places_at_year_end').value).toBe(8);
  });

  it('moves each figure to its own year: the next year has P2’s resignation and F1’s approval; a year with no approval has no median', async () => {
    const next = await year.as<DataReturn>('reports:dataReturn', {});
    expect(next.year).toBe(2026);
    expect(counted('resignations_moving_to_ifa', next)).toEqual(['P2']);
    expect(counted('approved_mainstream', next)).toEqual(['F1']);
    expect(field('days_application_to_approval_median', next).value).toBe(243);
    expect(counted('households_approved_at_year_end_mainstream', next)).toEqual(['A1', 'A2', 'F1']);
    const empty = await year.as<DataReturn>('reports:dataReturn', { year: 2010 });
    expect(field('days_application_to_approval_median', empty).value).toBeNull();
  });

  it('is the chair’s and the administrator’s to read, and refuses a year that is not one', async () => {
    expect((await year.as<DataReturn>('reports:dataReturn', { year: 2025 }, CHAIR)).fields).toEqual(figures.fields);
    expect((await year.refused('reports:dataReturn', { year: 2025 }, VIEWER))?.code).toBe('FORBIDDEN');
    expect((await year.refused('reports:dataReturn', { year: 'last' }))?.code).toBe('VALIDATION_FAILED');
  });

  it('issues the CSV through the register: a header row of the field names and values that read back as the figures', async () => {
    const saved = await year.as<SavedDocument>('documents:issue', {
      kind: 'data-return-csv',
      subjectId: 'data-return-2025',
    });
    const text = readFileSync(saved.path, 'utf8');
    expect(text.startsWith('\uFEFF"applications_received",')).toBe(true);
    const rows = parseCsv(text.replace(/^\uFEFF/, ''));
    expect(rows[0]).toEqual(DATA_RETURN_FIELD_NAMES);
    expect(rows[1]).toEqual(figures.fields.map((f) => (f.value === null ? '' : String(f.value))));
    expect(rows).toHaveLength(2);
    const register = await year.as<{ documents: { kind: string; sha256: string }[] }>('documents:register', {});
    expect(register.documents[0]).toMatchObject({ kind: 'data-return-csv', sha256: saved.sha256 });
    expect(
      (await year.refused('documents:issue', { kind: 'data-return-csv', subjectId: 'data-return-25' }))?.code,
    ).toBe('NOT_FOUND');
  });
});

describe('recording how an application ended', () => {
  let year: DataReturnYear;
  beforeAll(async () => {
    year = await openDataReturnYear();
    year.userFor(null, 'Chris Chair', ['chair'], CHAIR, 'chair-user');
  }, 120_000);
  afterAll(() => year.backend.dispose());

  it('records why and when, closes the application as withdrawn, and is audited once in words', async () => {
    const h = await year.as<Household>('households:create', householdInput({ applicationReceivedDate: '2026-05-01' }));
    const before = await year.as<ApplicationOutcome | null>('households:applicationOutcome', { id: h.id });
    expect(before).toBeNull();
    const saved = await year.as<ApplicationOutcome>('households:recordApplicationOutcome', {
      householdId: h.id,
      reason: 'ended_by_service',
      endedOn: '2026-09-01',
    });
    expect(saved).toMatchObject({
      reason: 'ended_by_service',
      reasonLabel: 'Ended by the service before panel',
      version: 1,
    });
    const after = await year.as<Household>('households:get', { id: h.id });
    expect(after.status).toBe('withdrawn');
    expect(after.history[0]).toMatchObject({ status: 'withdrawn', effectiveDate: '2026-09-01' });
    const changed = await year.as<ApplicationOutcome>('households:recordApplicationOutcome', {
      householdId: h.id,
      version: 1,
      reason: 'withdrawn',
      endedOn: '2026-08-30',
    });
    expect(changed).toMatchObject({ reason: 'withdrawn', endedOn: '2026-08-30', version: 2 });
    const stale = await year.refused('households:recordApplicationOutcome', {
      householdId: h.id,
      version: 1,
      reason: 'withdrawn',
      endedOn: '2026-08-30',
    });
    expect(stale?.code).toBe('STALE_VERSION');
    const rows = year.backend.store.sqlite
      .prepare(
        `SELECT entity_type AS type, entity_id AS id, changes FROM audit_log WHERE channel = 'households:recordApplicationOutcome'`,
      )
      .all() as { type: string; id: string; changes: string }[];
    const mine = rows.filter((r) => r.id === h.id);
    expect(mine).toHaveLength(2);
    expect(mine[0]?.type).toBe('application outcome');
    expect(JSON.parse(mine[1]?.changes ?? '{}')).toMatchObject({ applicationEnded: ['ended_by_service', 'withdrawn'] });
  });

  it('refuses an approved or refused household, a future date, one before the application, and anyone but the administrator', async () => {
    const approved = await year.refused('households:recordApplicationOutcome', {
      householdId: year.ids.A1,
      reason: 'withdrawn',
      endedOn: '2026-01-01',
    });
    expect(approved?.message).toMatch(/was approved on 10 January 2026/);
    const refused = await year.refused('households:recordApplicationOutcome', {
      householdId: year.ids.R1,
      reason: 'withdrawn',
      endedOn: '2026-01-01',
    });
    expect(refused?.message).toMatch(/decided not to approve/);
    const h = await year.as<Household>('households:create', householdInput({ applicationReceivedDate: '2026-05-01' }));
    const input = { householdId: h.id, reason: 'withdrawn' };
    expect(
      (await year.refused('households:recordApplicationOutcome', { ...input, endedOn: '2026-12-01' }))?.fieldErrors,
    ).toEqual({
      endedOn: 'The date the application ended cannot be in the future.',
    });
    expect(
      (await year.refused('households:recordApplicationOutcome', { ...input, endedOn: '2026-04-01' }))?.fieldErrors
        ?.endedOn,
    ).toMatch(/cannot end before it was received \(1 May 2026\)/);
    expect(
      (await year.refused('households:recordApplicationOutcome', { ...input, reason: 'bored', endedOn: '2026-06-01' }))
        ?.fieldErrors,
    ).toEqual({
      reason: 'Choose why the application ended',
    });
    expect(
      (await year.refused('households:recordApplicationOutcome', { ...input, endedOn: '2026-06-01' }, CHAIR))?.code,
    ).toBe('FORBIDDEN');
    expect(await year.as('households:applicationOutcome', { id: h.id })).toBeNull();
  });
});
