import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegisterPage, SavedDocument } from '../../shared/contract/documents';
import type { HouseholdResignation, ResignationView } from '../../shared/schemas/decision';
import type { Household } from '../../shared/schemas/household';
import type { SittingDetail } from '../../shared/schemas/sitting-views';
import { OFFICE_TIMEOUT_MS, pdfPagesOf } from '../factories/office';
import { openPanelSitting, windowSender, type PanelSitting } from '../factories/panel-sitting';
import { recommending } from '../factories/versions';

const CHAIR = windowSender(31);

/** What LibreOffice reads in the letter, one page run together. */
const oneLine = (pages: readonly string[]) => pages.join('\n').replace(/\s+/g, ' ');

/**
 * The resignation acknowledgement (domain.md "Decision letters": the date
 * approval ends) for a notice recorded on the household, with no panel item:
 * built from the recorded notice and registered against it, as the window does.
 */
describe('the resignation acknowledgement for a notice recorded on the household', () => {
  let panel: PanelSitting;
  let carers: Household;
  let recorded: HouseholdResignation;
  let view: ResignationView;
  let saved: SavedDocument;
  let text: string;

  beforeAll(async () => {
    panel = await openPanelSitting();
    panel.userFor(panel.ids.chair, 'Margaret Ellis', ['chair'], CHAIR, 'chair-user');
    carers = await panel.approvedCarers('Mr and Mrs Retiring');
    recorded = await panel.as<HouseholdResignation>('resignations:record', {
      householdId: carers.id,
      noticeReceivedOn: '2026-11-20',
      reason: 'retirement',
    });
    view = await panel.as<ResignationView>('resignations:notice', { id: recorded.id });
    saved = await panel.as<SavedDocument>('documents:issue', {
      kind: 'letter-resignation',
      subjectId: recorded.id,
    });
    text = oneLine(pdfPagesOf(saved.path));
  }, OFFICE_TIMEOUT_MS);
  afterAll(() => panel.backend.dispose());

  it('is made from the notice alone and says the date approval ends', () => {
    expect(view).toMatchObject({
      itemId: null,
      resignationId: recorded.id,
      noticeReceivedOn: '2026-11-20',
      approvalEnds: '2026-12-18',
      linked: false,
      household: { id: carers.id, reference: carers.reference },
    });
    for (const expected of [
      'Your resignation as foster carers',
      'We received your written notice on 20 November 2026.',
      'Your approval will end on 18 December 2026, 28 days after we received your notice.',
      'Tester 1',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('is in the register against the household, with the notice as its subject, and can be issued again', async () => {
    const register = await panel.as<RegisterPage>('documents:register', { search: carers.reference });
    expect(register.documents).toEqual([
      expect.objectContaining({
        id: saved.documentId,
        kind: 'letter-resignation',
        householdReference: carers.reference,
        sittingDate: null,
      }),
    ]);
    const row = panel.backend.store.sqlite
      .prepare('SELECT subject_id, household_id FROM issued_documents WHERE id = ?')
      .get(saved.documentId);
    expect(row).toEqual({ subject_id: recorded.id, household_id: carers.id });
    const again = await panel.as<SavedDocument>('documents:reissue', { id: saved.documentId });
    expect(createHash('sha256').update(readFileSync(again.path)).digest('hex')).toBe(saved.sha256);
  });

  it('is the same acknowledgement once the panel notes the resignation: same notice, same subject, same words', async () => {
    const sitting = await panel.as<SittingDetail>('items:add', {
      sittingId: panel.sitting.id,
      householdId: carers.id,
      itemType: 'resignation',
      durationMinutes: 10,
    });
    const itemId = sitting.items.at(-1)?.id ?? '';
    await panel.as(
      'recommendations:record',
      await recommending(panel.as, { ...panel.resignationNoted(), itemId }),
      CHAIR,
    );
    const noted = await panel.as<ResignationView>('resignations:note', { itemId, noticeReceivedOn: '2026-11-20' });
    // The item's letter is registered against the same notice as the household's, with the same facts.
    expect(noted).toMatchObject({ itemId, resignationId: recorded.id, approvalEnds: '2026-12-18', linked: true });
    expect(await panel.as('resignations:notice', { id: recorded.id })).toEqual(noted);
    const { household, noticeReceivedOn, approvalEnds } = view;
    expect(noted).toMatchObject({ household, noticeReceivedOn, approvalEnds });
  });

  it('refuses a notice that does not exist, and a notice as the subject of any other letter', async () => {
    expect(await panel.refused('resignations:notice', { id: 'no-such-notice' })).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(
      await panel.refused('documents:issue', {
        kind: 'letter-approval',
        subjectId: recorded.id,
      }),
    ).toMatchObject({ code: 'NOT_FOUND' });
  });
});
