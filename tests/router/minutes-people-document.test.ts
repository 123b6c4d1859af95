import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Packer } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDraftMinutesDocument } from '../../shared/documents/minutes-document';
import type { MinutesView } from '../../shared/schemas/minutes';
import type { SittingDetail } from '../../shared/schemas/sitting-views';
import { memberInput } from '../factories/members';
import { OFFICE_TIMEOUT_MS, pdfPagesOfEach } from '../factories/office';
import { openPanelSitting, windowSender, type PanelSitting } from '../factories/panel-sitting';
import { attending, recommending } from '../factories/versions';

const CHAIR = windowSender(41);
const flat = (text: string) => text.replace(/\s+/g, ' ');

/**
 * Issue 19: a member who arrived late, one who left early, a presenter for the
 * whole sitting and one for an item, and a vice chair presiding one item. The
 * draft and the final minutes, read back through LibreOffice, must say each at
 * its item, and never "Presented by: None" when a presenter is recorded.
 */
describe('minutes say who came and went, who presented and who presided each item', () => {
  let panel: PanelSitting;
  let draft: string;
  let final: string;
  let nobody: string;
  beforeAll(async () => {
    panel = await openPanelSitting();
    const { as, ids } = panel;
    const sittingId = panel.sitting.id;
    panel.userFor(ids.chair, 'Margaret Ellis', ['chair'], CHAIR, 'chair-user');
    let sitting = await as<SittingDetail>('items:add', {
      sittingId,
      itemType: 'business',
      title: 'Training plan',
      durationMinutes: 15,
    });
    const [approval, resignation, business] = sitting.items.map((i) => i.id);
    const jane = (await as<{ id: string }>('members:create', memberInput({ name: 'Jane Doe' }))).id;
    await as(
      'sittings:recordAttendance',
      await attending(as, {
        sittingId,
        memberId: jane,
        status: 'present',
        arrivedBeforeItemId: business,
      }),
    );
    await as(
      'sittings:recordAttendance',
      await attending(as, {
        sittingId,
        memberId: ids.m1,
        status: 'present',
        leftAfterItemId: resignation,
      }),
    );
    await as('sittings:addPerson', { sittingId, kind: 'presenter', name: 'Sam Social' });
    await as('sittings:addPerson', { sittingId, itemId: approval, kind: 'presenter', name: 'Kim Supervising' });
    sitting = await as<SittingDetail>('items:setPresider', {
      id: resignation,
      version: sitting.items[1]?.version,
      presiderId: ids.vice,
    });
    await as('recommendations:record', panel.approval());
    await as('recommendations:record', panel.resignationNoted());
    await as(
      'recommendations:record',
      await recommending(as, {
        itemId: business,
        outcome: 'noted',
        reasons: 'Agreed.',
        unanimous: true,
        votesFor: 0,
        votesAgainst: 0,
        votesAbstaining: 0,
        dissent: [],
      }),
    );
    await panel.markHeld();
    let view = await as<MinutesView>('minutes:save', { sittingId, version: 0, notes: { items: {} } });
    const draftFile = await as<{ path: string }>('documents:issue', { kind: 'minutes-draft', subjectId: sittingId });
    // The same minutes with no presenter recorded anywhere, built straight from the shared builder.
    nobody = path.join(panel.backend.folder, 'no-presenters.docx');
    const withoutPresenters = { ...view.draft, items: view.draft.items.map((i) => ({ ...i, presenters: [] })) };
    writeFileSync(nobody, await Packer.toBuffer(buildDraftMinutesDocument(withoutPresenters)));
    view = await as<MinutesView>('minutes:approve', { sittingId, versionNumber: view.versions[0]?.number }, CHAIR);
    const finalFile = await as<{ path: string }>('documents:issue', { kind: 'minutes-final', subjectId: sittingId });
    const pages = pdfPagesOfEach([draftFile.path, finalFile.path, nobody]);
    [draft, final, nobody] = pages.map((p) => flat(p.join('\n'))) as [string, string, string];
  }, OFFICE_TIMEOUT_MS * 2);
  afterAll(() => panel.backend.dispose());

  /** The text of item `n` (from its heading to the next item's heading, or the end of the items). */
  const item = (text: string, n: number, next: string) => {
    const start = text.indexOf(`${n}. `, text.indexOf('Items'));
    const end = text.indexOf(next, start + 3);
    return text.slice(start, end === -1 ? undefined : end);
  };

  it('says at each item who joined before it and who left after it, in the draft and the final minutes', () => {
    for (const text of [draft, final]) {
      expect(item(text, 3, 'Any other business')).toContain('Jane Doe joined the meeting before this item.');
      expect(item(text, 2, '3. Quality')).toContain('Aisha Rahman left the meeting after this item.');
      expect(item(text, 1, '2. Resignation')).not.toContain('Jane Doe');
    }
  });

  it('lists the presenters of each item, counting a presenter for the whole sitting at every item', () => {
    for (const text of [draft, final]) {
      expect(item(text, 1, '2. Resignation')).toContain('Presented by: Kim Supervising, Sam Social');
      expect(item(text, 2, '3. Quality')).toContain('Presented by: Sam Social');
      expect(item(text, 3, 'Any other business')).toContain('Presented by: Sam Social');
      expect(text).not.toContain('Presented by: None');
    }
    expect(nobody).toContain('No presenter recorded.');
    expect(nobody).not.toContain('Presented by: None');
  });

  it('says who presided each item: the sitting’s presider, or the vice chair where one took the chair', () => {
    for (const text of [draft, final]) {
      expect(item(text, 1, '2. Resignation')).toContain('Presided by: Margaret Ellis (Chair)');
      expect(item(text, 2, '3. Quality')).toContain('Presided by David Okafor (vice chair) for this item');
      expect(item(text, 3, 'Any other business')).toContain('Presided by: Margaret Ellis (Chair)');
    }
  });
});
