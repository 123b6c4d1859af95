import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Household } from '../../shared/schemas/household';
import { databaseSnapshot, LOOPBACK, openTestBackend, signIn, type TestBackend } from '../factories/backend';
import { householdInput } from '../factories/households';

const TERMS = {
  typesOfCare: ['short_term', 'respite'] as const,
  numberOfChildren: 2,
  ageFrom: 0,
  ageTo: 11,
  gender: 'any' as const,
  namedChildren: [],
  siblingGroup: true,
};

describe('households register', () => {
  let backend: TestBackend;
  beforeEach(async () => {
    backend = await openTestBackend();
    await signIn(backend);
  });
  afterEach(() => backend.dispose());

  const call = (channel: string, input: unknown) => backend.router.dispatch(LOOPBACK, channel, input);
  async function create(overrides = {}): Promise<Household> {
    const result = await call('households:create', householdInput(overrides));
    if (!result.ok) throw new Error(result.error.message);
    return result.value as Household;
  }

  it('adds an applicant household with its first history entry', async () => {
    const household = await create({ reference: 'FC-2026-014', displayName: 'Mr and Mrs A' });
    expect(household).toMatchObject({
      reference: 'FC-2026-014',
      status: 'applicant',
      applicantNames: [expect.any(String), expect.any(String)],
      history: [{ status: 'applicant', effectiveDate: '2026-04-01', reason: 'Added to the register' }],
    });
  });

  it('refuses a duplicate reference, ignoring case', async () => {
    await create({ reference: 'FC-1' });
    const before = databaseSnapshot(backend);
    expect(await call('households:create', householdInput({ reference: 'fc-1' }))).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', fieldErrors: { reference: expect.any(String) } },
    });
    expect(databaseSnapshot(backend)).toBe(before);
  });

  it('checks type-specific fields and dates', async () => {
    const specialist = await call('households:create', householdInput({ householdType: 'specialist' }));
    expect(specialist).toMatchObject({
      ok: false,
      error: { fieldErrors: { specialistScheme: 'Name the specialist scheme' } },
    });
    const temporary = await call('households:create', householdInput({ temporaryApprovalDate: '2026-05-01' }));
    expect(temporary).toMatchObject({
      ok: false,
      error: { fieldErrors: { temporaryApprovalDate: expect.any(String) } },
    });
    const future = await call('households:create', householdInput({ applicationReceivedDate: '2027-01-01' }));
    expect(future).toMatchObject({
      ok: false,
      error: { fieldErrors: { applicationReceivedDate: expect.stringContaining('future') } },
    });
  });

  it('keeps linked children to initials and dates', async () => {
    const household = await create({
      householdType: 'connected_person',
      temporaryApprovalDate: '2026-03-02',
      children: [{ initials: 'JS', dateOfBirth: '2019-05-04', placementDate: '2026-03-02', iroName: 'Pat Iro' }],
    });
    expect(household.children).toEqual([
      {
        initials: 'JS',
        dateOfBirth: '2019-05-04',
        placementDate: '2026-03-02',
        placementEndedOn: null,
        iroName: 'Pat Iro',
      },
    ]);
    const full = await call(
      'households:create',
      householdInput({ children: [{ initials: 'Jane Smith', dateOfBirth: '2019-05-04' }] }),
    );
    expect(full).toMatchObject({
      ok: false,
      error: { fieldErrors: { 'children.0.initials': expect.stringContaining('initials') } },
    });
  });

  it('records status changes with history, terms on approval, and refuses stale edits', async () => {
    const household = await create();
    const noTerms = await call('households:changeStatus', {
      id: household.id,
      version: 1,
      status: 'approved',
      effectiveDate: '2026-11-01',
    });
    expect(noTerms).toMatchObject({ ok: false, error: { fieldErrors: { terms: 'Record the terms of approval' } } });
    const approved = await call('households:changeStatus', {
      id: household.id,
      version: 1,
      status: 'approved',
      effectiveDate: '2026-11-01',
      reason: 'Brought in from the old spreadsheet',
      terms: TERMS,
    });
    expect(approved).toMatchObject({
      ok: true,
      value: {
        status: 'approved',
        approvalDate: '2026-11-01',
        terms: { typesOfCare: ['short_term', 'respite'] },
        history: [{ status: 'approved' }, { status: 'applicant' }],
      },
    });
    const stale = await call('households:update', {
      ...householdInput({ reference: household.reference }),
      id: household.id,
      version: 1,
    });
    expect(stale).toMatchObject({ ok: false, error: { code: 'STALE_VERSION' } });
  });

  it('searches by reference, name and applicant', async () => {
    await create({ reference: 'FC-100', displayName: 'Ms B', applicantNames: ['Beth Brown'] });
    await create({
      reference: 'KC-200',
      displayName: 'Mr C',
      applicantNames: ['Carl Cole'],
      householdType: 'connected_person',
    });
    const refs = async (filter: object) => {
      const result = await call('households:list', filter);
      return result.ok ? (result.value as { reference: string }[]).map((h) => h.reference) : [];
    };
    expect(await refs({ search: 'kc-' })).toEqual(['KC-200']);
    expect(await refs({ search: 'beth' })).toEqual(['FC-100']);
    expect(await refs({ householdType: 'connected_person' })).toEqual(['KC-200']);
    // Current households only (what an agenda item can be about): not one whose application was withdrawn.
    const withdrawn = await create({ reference: 'FC-300', displayName: 'Mr D' });
    await call('households:changeStatus', {
      id: withdrawn.id,
      version: 1,
      status: 'withdrawn',
      effectiveDate: '2026-11-20',
      reason: 'Moved away',
    });
    expect(await refs({})).toEqual(['FC-100', 'FC-300', 'KC-200']);
    expect(await refs({ current: true })).toEqual(['FC-100', 'KC-200']);
  });

  it('reads only as many as a picker asks for, the first in reference order, with the search applied first', async () => {
    for (const n of [5, 3, 1, 4, 2]) {
      await create({ reference: `FC-00${n}`, displayName: `Household ${n}`, applicantNames: [`Applicant ${n}`] });
    }
    await create({ reference: 'KC-900', displayName: 'Mr Okafor', applicantNames: ['Obi Okafor'] });
    const refs = async (filter: object) => {
      const result = await call('households:list', filter);
      return result.ok ? (result.value as { reference: string }[]).map((h) => h.reference) : [];
    };
    expect(await refs({ limit: 3 })).toEqual(['FC-001', 'FC-002', 'FC-003']);
    expect(await refs({ limit: 3, current: true })).toEqual(['FC-001', 'FC-002', 'FC-003']);
    // The search narrows in SQL before the limit, so a match past the first few is still found.
    expect(await refs({ limit: 3, search: 'okafor' })).toEqual(['KC-900']);
    expect(await refs({ limit: 50 })).toEqual(['FC-001', 'FC-002', 'FC-003', 'FC-004', 'FC-005', 'KC-900']);
    const refused = await call('households:list', { limit: 0 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
  });

  it('reads the households list a page at a time, with the search and filters in SQL before the page', async () => {
    for (let n = 1; n <= 52; n += 1) {
      await create({ reference: `FC-${String(n).padStart(3, '0')}`, displayName: `Household ${n}` });
    }
    // The oldest reference sorts last but one: past the first page, and found by searching.
    await create({ reference: 'FC-051A', displayName: 'Mr and Mrs Okafor', applicantNames: ['Obi Okafor'] });
    type Page = { page: number; pageSize: number; households: { reference: string }[]; hasMore: boolean };
    const page = async (filter: object) => {
      const result = await call('households:page', filter);
      if (!result.ok) throw new Error(result.error.message);
      const value = result.value as Page;
      return { ...value, households: value.households.map((h) => h.reference) };
    };
    const first = await page({});
    expect(first).toMatchObject({ page: 1, pageSize: 50, hasMore: true });
    expect(first.households).toHaveLength(50);
    expect(first.households[0]).toBe('FC-001');
    expect(first.households).not.toContain('FC-051A');
    expect(await page({ page: 2 })).toEqual({
      page: 2,
      pageSize: 50,
      households: ['FC-051', 'FC-051A', 'FC-052'],
      hasMore: false,
    });
    expect(await page({ search: 'okafor' })).toMatchObject({ households: ['FC-051A'], hasMore: false });
    expect(await page({ search: 'okafor', page: 2 })).toMatchObject({ households: [], hasMore: false });
    expect(await page({ status: 'approved' })).toMatchObject({ households: [], hasMore: false });
    expect(await call('households:page', { page: 0 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', fieldErrors: { page: 'Choose a page of households' } },
    });
  });

  it('puts every change in the audit trail', async () => {
    const household = await create();
    await call('households:changeStatus', {
      id: household.id,
      version: 1,
      status: 'on_hold',
      effectiveDate: '2026-11-20',
      reason: 'House move',
    });
    const audit = await call('audit:list', { entityType: 'household', entityId: household.id });
    expect(audit).toMatchObject({
      ok: true,
      value: {
        entries: [
          { channel: 'households:changeStatus', changes: { status: ['applicant', 'on_hold'] } },
          { channel: 'households:create' },
        ],
      },
    });
  });
});
