import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SittingDetail } from '../../shared/schemas/sitting-views';
import { docxParts } from '../factories/docx-text';
import { OFFICE_TIMEOUT_MS, pdfPagesOf } from '../factories/office';
import { openPanelSitting, type PanelSitting } from '../factories/panel-sitting';
import { attending } from '../factories/versions';

const flat = (text: string) => text.replace(/\s+/g, ' ');

/**
 * Issue 19: the agenda a panel would file. The standing items around the
 * cases, the members expected with their roles, the presenters of each item
 * (one recorded for the whole sitting at every item), the dates of the last
 * and next sittings from the sittings table, and column widths set in the
 * file: read back through LibreOffice.
 */
describe('the agenda, opened in LibreOffice', () => {
  let panel: PanelSitting;
  let text: string;
  let file: string;
  beforeAll(async () => {
    panel = await openPanelSitting();
    const { as, ids } = panel;
    const sittingId = panel.sitting.id;
    for (const [date, status] of [
      ['2026-10-26', 'earlier'],
      ['2027-01-11', 'next'],
      ['2027-02-08', 'later'],
    ] as const) {
      await as('sittings:create', {
        kind: 'main',
        date,
        startTime: '10:00',
        venue: `Room ${status}`,
        confirmPast: true,
      });
    }
    const sitting = await as<SittingDetail>(
      'sittings:recordAttendance',
      await attending(as, {
        sittingId,
        memberId: ids.m2,
        status: 'apologies',
      }),
    );
    await as('sittings:setRoles', {
      sittingId,
      version: sitting.version,
      presiderId: ids.chair,
      adviserName: 'Joan Adviser',
      minuteTakerName: 'Tom Minutes',
    });
    await as('sittings:addPerson', { sittingId, kind: 'presenter', name: 'Sam Social' });
    await as('sittings:addPerson', { sittingId, itemId: sitting.items[0]?.id, kind: 'presenter', name: 'Kim Worker' });
    file = (await as<{ path: string }>('documents:issue', { kind: 'agenda', subjectId: sittingId })).path;
    text = flat(pdfPagesOf(file).join('\n'));
  }, OFFICE_TIMEOUT_MS);
  afterAll(() => panel.backend.dispose());

  it('has the standing items around the cases, with the last and next sittings’ dates', () => {
    const order = [
      'Welcome and apologies',
      'Declarations of interest',
      'Minutes of the last sitting',
      'The minutes of the sitting on 26 October 2026.',
      'Items',
      'Any other business',
      'Date of the next sitting',
      'Monday 11 January 2027, 10:00.',
    ].map((words) => text.indexOf(words, text.indexOf('Agenda ')));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('lists the members expected with their roles, and the apologies', () => {
    expect(text).toContain('Members expected');
    expect(text).toMatch(/Margaret Ellis Chair \(presiding\)/);
    expect(text).toMatch(/David Okafor Vice chair/);
    expect(text).toMatch(/Helen Turner Member/);
    expect(text).toContain('Apologies received: Graham Pike');
    expect(text).toContain('Panel adviser: Joan Adviser');
    expect(text).toContain('Minute-taker: Tom Minutes');
    const expected = text.slice(text.indexOf('Members expected'), text.indexOf('Apologies received'));
    expect(expected).not.toContain('Graham Pike');
  });

  it('names the presenters of each item, a presenter for the whole sitting at every item', () => {
    expect(text).toMatch(/1\. 09:30 Approval \(mainstream\) \S+ Kim Worker, Sam Social/);
    expect(text).toMatch(/2\. 10:30 Resignation \(for noting\) \S+ Sam Social/);
  });

  it('sets its column widths: the number narrow, the item wide', () => {
    const xml = docxParts(file)['word/document.xml'] ?? '';
    const grids = [...xml.matchAll(/<w:tblGrid>(.*?)<\/w:tblGrid>/g)].map((m) =>
      [...(m[1] ?? '').matchAll(/w:w="(\d+)"/g)].map((w) => Number(w[1])),
    );
    const items = grids.find((g) => g.length === 5);
    if (!items) throw new Error('No items table with five columns');
    const [number = 0, time = 0, item = 0] = items;
    expect(number).toBeLessThan(time);
    expect(item).toBeGreaterThan(3 * time);
    expect(xml).toContain('w:type="fixed"');
  });
});
