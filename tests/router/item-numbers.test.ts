import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MinutesView } from '../../shared/schemas/minutes';
import type { SittingDetail } from '../../shared/schemas/sitting-views';
import { openTestBackend, signIn, type TestBackend } from '../factories/backend';
import { docxText } from '../factories/docx-text';
import { panelCaller } from '../factories/panel-caller';

/**
 * Issue 19: one numbering for the agenda and the minutes, fixed when the papers
 * go out. A withdrawn item keeps its number; an item added later takes the next
 * one and is marked as added late; before the papers go out the numbers follow
 * the order, so an item removed in error leaves no gap.
 */
describe('item numbers', () => {
  let backend: TestBackend;
  let as: ReturnType<typeof panelCaller>['as'];
  beforeEach(async () => {
    backend = await openTestBackend();
    await signIn(backend);
    as = panelCaller(backend).as;
  });
  afterEach(() => backend.dispose());

  const titled = (sitting: SittingDetail) =>
    sitting.items.map((i) => `${i.number}${i.addedLate ? ' late' : ''} ${i.title ?? ''}`);

  async function sittingWith(titles: string[]): Promise<SittingDetail> {
    let sitting = await as<SittingDetail>('sittings:create', {
      kind: 'main',
      date: '2026-11-23',
      startTime: '09:30',
      venue: 'County Hall',
    });
    for (const title of titles) {
      sitting = await as<SittingDetail>('items:add', {
        sittingId: sitting.id,
        itemType: 'business',
        title,
        durationMinutes: 15,
      });
    }
    return sitting;
  }
  const progress = (sitting: SittingDetail, status: 'papers_sent' | 'held') =>
    as<SittingDetail>('sittings:progress', {
      id: sitting.id,
      version: sitting.version,
      status,
      papersSentDate: '2026-11-16',
    });
  const item = (sitting: SittingDetail, title: string) => {
    const found = sitting.items.find((i) => i.title === title);
    if (!found) throw new Error(`No item ${title}`);
    return found;
  };
  async function agendaText(sittingId: string): Promise<string> {
    const file = await as<{ path: string }>('documents:issue', { kind: 'agenda', subjectId: sittingId });
    return docxText(file.path);
  }

  it('keeps a withdrawn item’s number in the agenda and the minutes, so both number every item alike', async () => {
    let sitting = await progress(await sittingWith(['Alpha', 'Bravo', 'Charlie']), 'papers_sent');
    const bravo = item(sitting, 'Bravo');
    sitting = await as<SittingDetail>('items:changeOutcome', {
      id: bravo.id,
      version: bravo.version,
      action: 'withdraw',
      reason: 'The report was not ready',
    });
    expect(titled(sitting)).toEqual(['1 Alpha', '2 Bravo', '3 Charlie']);
    const agenda = await agendaText(sitting.id);
    expect(agenda).toMatch(/2\.\s*—\s*Quality assurance or business item: Bravo\. Withdrawn\./);
    expect(agenda).toMatch(/3\.\s*\d\d:\d\d\s*Quality assurance or business item: Charlie/);

    sitting = await progress(sitting, 'held');
    const minutes = await as<MinutesView>('minutes:get', { sittingId: sitting.id });
    expect(minutes.draft.items.map((i) => `${i.number} ${i.title ?? ''} ${i.status}`)).toEqual([
      '1 Alpha scheduled',
      '2 Bravo withdrawn',
      '3 Charlie scheduled',
    ]);
  });

  it('gives an item added after the papers went out the next number, marked late, wherever it is moved', async () => {
    let sitting = await progress(await sittingWith(['Alpha', 'Bravo', 'Charlie']), 'papers_sent');
    sitting = await as<SittingDetail>('items:add', {
      sittingId: sitting.id,
      itemType: 'business',
      title: 'Delta',
      durationMinutes: 10,
    });
    expect(titled(sitting)).toEqual(['1 Alpha', '2 Bravo', '3 Charlie', '4 late Delta']);
    // Heard first, it is still item 4: the numbers members hold do not change.
    const order = ['Delta', 'Alpha', 'Bravo', 'Charlie'].map((title) => item(sitting, title).id);
    sitting = await as<SittingDetail>('items:reorder', { sittingId: sitting.id, itemIds: order });
    expect(titled(sitting)).toEqual(['4 late Delta', '1 Alpha', '2 Bravo', '3 Charlie']);
    expect(await agendaText(sitting.id)).toMatch(
      /4\.\s*\d\d:\d\d\s*Quality assurance or business item: Delta \(added late\)/,
    );

    sitting = await progress(sitting, 'held');
    const minutes = await as<MinutesView>('minutes:get', { sittingId: sitting.id });
    expect(minutes.draft.items.map((i) => [i.number, i.title, i.addedLate ?? false])).toEqual([
      [4, 'Delta', true],
      [1, 'Alpha', false],
      [2, 'Bravo', false],
      [3, 'Charlie', false],
    ]);
    const file = await as<{ path: string }>('documents:issue', { kind: 'minutes-draft', subjectId: sitting.id });
    expect(docxText(file.path)).toMatch(/4\. Quality assurance or business item: Delta\s*Added late: this item/);
  });

  it('follows the order before the papers go out: a removed item leaves no gap, and only later items are late', async () => {
    let sitting = await sittingWith(['Alpha', 'Bravo', 'Charlie']);
    const bravo = item(sitting, 'Bravo');
    sitting = await as<SittingDetail>('items:remove', {
      id: bravo.id,
      version: bravo.version,
      reason: 'Added to the wrong sitting',
    });
    expect(titled(sitting)).toEqual(['1 Alpha', '2 Charlie']);
    sitting = await as<SittingDetail>('items:reorder', {
      sittingId: sitting.id,
      itemIds: [item(sitting, 'Charlie').id, item(sitting, 'Alpha').id],
    });
    expect(titled(sitting)).toEqual(['1 Charlie', '2 Alpha']);
    sitting = await as<SittingDetail>('items:add', {
      sittingId: sitting.id,
      itemType: 'business',
      title: 'Echo',
      durationMinutes: 10,
    });
    expect(titled(sitting)).toEqual(['1 Charlie', '2 Alpha', '3 Echo']);

    sitting = await progress(sitting, 'papers_sent');
    sitting = await as<SittingDetail>('items:add', {
      sittingId: sitting.id,
      itemType: 'business',
      title: 'Foxtrot',
      durationMinutes: 10,
    });
    expect(titled(sitting)).toEqual(['1 Charlie', '2 Alpha', '3 Echo', '4 late Foxtrot']);
  });
});
