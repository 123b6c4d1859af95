import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SittingDetail } from '../../shared/schemas/sitting-views';
import { memberInput } from '../factories/members';
import { OFFICE_TIMEOUT_MS, pdfPagesOf } from '../factories/office';
import { openPanelSitting, type PanelSitting } from '../factories/panel-sitting';
import { attending } from '../factories/versions';

/**
 * The minutes of a sitting where the chair withdrew from the approval item and
 * the vice chair took the chair for it, with the service's recommendation in
 * the papers: read back through LibreOffice as a reader would see them.
 */
describe('minutes of an item presided by a vice chair', () => {
  let panel: PanelSitting;
  let pages: string[];
  beforeAll(async () => {
    panel = await openPanelSitting();
    const { as, ids } = panel;
    let sitting = panel.sitting;
    const sixth = (await as<{ id: string }>('members:create', memberInput({ name: 'Ruth Agyei' }))).id;
    sitting = await as<SittingDetail>(
      'sittings:recordAttendance',
      await attending(as, {
        sittingId: sitting.id,
        memberId: sixth,
        status: 'present',
      }),
    );
    const itemId = sitting.items[0]?.id;
    sitting = await as<SittingDetail>('items:declare', {
      itemId,
      memberId: ids.chair,
      interest: 'Knows the applicants through her church',
      withdrew: true,
    });
    sitting = await as<SittingDetail>('items:setPresider', {
      id: itemId,
      version: sitting.items[0]?.version,
      presiderId: ids.vice,
    });
    sitting = await as<SittingDetail>('items:setServiceRecommendation', {
      id: itemId,
      version: sitting.items[0]?.version,
      outcome: 'suitable',
      reasons: 'A thorough assessment with strong references.',
    });
    await as('recommendations:record', panel.approval({ dissent: [] }));
    await as('recommendations:record', panel.resignationNoted());
    const file = await as<{ path: string }>('documents:issue', {
      kind: 'minutes-draft',
      subjectId: sitting.id,
    });
    pages = pdfPagesOf(file.path);
  }, OFFICE_TIMEOUT_MS);
  afterAll(() => panel.backend.dispose());

  it('says who presided the item and why, and what the service recommended', () => {
    const text = pages.join('\n');
    expect(text).toContain('Presided by: Margaret Ellis (Chair)');
    expect(text).toContain('Presided by David Okafor (vice chair) for this item; the chair had withdrawn.');
    expect(text).toContain('The service’s recommendation: Suitable to be approved');
    expect(text).toContain('The service’s reasons: A thorough assessment with strong references.');
    // Only the approval item changed hands: the resignation says nothing of a stand-in.
    expect(text.match(/for this item; the chair had/g)).toHaveLength(1);
    const resignation = text.slice(text.indexOf('2. Resignation'));
    expect(resignation).not.toContain('Presided by David Okafor');
  });
});
