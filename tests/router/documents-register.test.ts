import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { steppingClock, type SteppingClock } from '../../electron/backend/clock';
import { REGISTER_PAGE_SIZE, type RegisterPage } from '../../shared/contract/documents';
import type { Household } from '../../shared/schemas/household';
import type { SittingDetail } from '../../shared/schemas/sitting-views';
import { LOOPBACK, loopbackCaller, openTestBackend, signIn, type TestBackend } from '../factories/backend';
import { householdInput } from '../factories/households';

/** The issued-documents register, read a page at a time and searched in SQL. */
describe('the issued-documents register', () => {
  let backend: TestBackend;
  let clock: SteppingClock;
  beforeEach(async () => {
    clock = steppingClock(new Date('2026-11-02T09:00:00'));
    backend = await openTestBackend({ clock });
    await signIn(backend);
  });
  afterEach(() => backend.dispose());

  const as = loopbackCaller(() => backend);
  const register = (filter: object) => as<RegisterPage>('documents:register', filter);

  /** 53 agendas for one sitting, then 2 approval letters about a household's item, a minute apart. */
  async function issue(): Promise<{ reference: string }> {
    const household = await as<Household>('households:create', householdInput({ reference: 'FC-2026-040' }));
    let sitting = await as<SittingDetail>('sittings:create', {
      kind: 'main',
      date: '2026-12-08',
      startTime: '10:00',
      venue: 'County Hall',
    });
    sitting = await as<SittingDetail>('items:add', {
      sittingId: sitting.id,
      householdId: household.id,
      itemType: 'approval_mainstream',
      durationMinutes: 60,
    });
    const itemId = sitting.items[0]?.id;
    // Written straight into the register: this is about reading it, and main issues an approval letter only
    // once the ADM has decided, which this household has not reached.
    const insert = backend.store.sqlite.prepare(
      `INSERT INTO issued_documents (id, kind, subject_id, household_id, sitting_id, file_name, sha256, size_bytes,
         bytes, issued_at, issued_by_user_id, issued_by_name)
       VALUES (?, ?, ?, ?, ?, ?, 'ab', 1, x'00', ?, NULL, 'Tester 1')`,
    );
    for (let n = 1; n <= 55; n += 1) {
      const agenda = n <= 53;
      insert.run(
        `document-${n}`,
        agenda ? 'agenda' : 'letter-approval',
        agenda ? sitting.id : itemId,
        agenda ? null : household.id,
        sitting.id,
        `document-${n}.docx`,
        new Date(Date.parse('2026-11-02T09:00:00') + n * 60_000).toISOString(),
      );
    }
    return { reference: household.reference };
  }

  it('gives the newest page first with the count of every match, and later pages in turn', async () => {
    await issue();
    const first = await register({});
    expect(first.total).toBe(55);
    expect(first.pageSize).toBe(REGISTER_PAGE_SIZE);
    expect(first.documents).toHaveLength(REGISTER_PAGE_SIZE);
    expect(first.documents.map((d) => d.fileName).slice(0, 3)).toEqual([
      'document-55.docx',
      'document-54.docx',
      'document-53.docx',
    ]);
    const second = await register({ page: 2 });
    expect(second).toMatchObject({ total: 55, page: 2 });
    expect(second.documents.map((d) => d.fileName)).toEqual([
      'document-5.docx',
      'document-4.docx',
      'document-3.docx',
      'document-2.docx',
      'document-1.docx',
    ]);
    expect(await register({ page: 3 })).toMatchObject({ documents: [], total: 55 });
  });

  it('searches the reference, the kind, the file name and who issued it, taking the text literally', async () => {
    const { reference } = await issue();
    const byReference = await register({ search: reference.toLowerCase() });
    expect(byReference.total).toBe(2);
    expect(byReference.documents.every((d) => d.householdReference === reference)).toBe(true);
    expect((await register({ search: 'APPROVAL LETTER' })).total).toBe(2);
    expect((await register({ search: 'document-5' })).total).toBe(7);
    const agendas = await register({ kind: 'agenda', search: 'tester' });
    expect(agendas).toMatchObject({ total: 53, page: 1 });
    expect(agendas.documents.every((d) => d.kind === 'agenda')).toBe(true);
    // Wildcards are text: nothing is named with a percent sign or an underscore.
    expect((await register({ search: 'document%' })).total).toBe(0);
    expect((await register({ search: '_' })).total).toBe(0);
  });

  it('refuses a page that is not a whole number from 1', async () => {
    for (const page of [0, -1, 1.5]) {
      const result = await backend.router.dispatch(LOOPBACK, 'documents:register', { page });
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    }
  });
});
