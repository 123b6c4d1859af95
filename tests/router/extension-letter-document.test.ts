import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Packer } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLetter } from '../../shared/documents/letters';
import type { ExtensionView } from '../../shared/schemas/decision';
import type { Household } from '../../shared/schemas/household';
import type { SittingDetail } from '../../shared/schemas/sitting-views';
import { householdInput } from '../factories/households';
import { agency, extensionView } from '../factories/letter-views';
import { OFFICE_TIMEOUT_MS, pdfPagesOfEach } from '../factories/office';
import { openPanelSitting, windowSender, type PanelSitting } from '../factories/panel-sitting';
import { recommending } from '../factories/versions';

const CHAIR = windowSender(31);
const OFFICER = windowSender(33);
const PANEL_SAYS = 'The child is settled and the assessment needs six more weeks.';

/** What LibreOffice reads in the extension letters (CPPCR reg 25), one page run together. */
const oneLine = (pages: readonly string[]) => pages.join('\n').replace(/\s+/g, ' ');

describe('the extension letter as a word processor reads it', () => {
  let panel: PanelSitting;
  let ordinary: string;
  let untilIrm: string;

  beforeAll(async () => {
    panel = await openPanelSitting();
    panel.userFor(panel.ids.chair, 'Margaret Ellis', ['chair'], CHAIR, 'chair-user');
    panel.userFor(null, 'Nina Officer', ['nominated_officer'], OFFICER, 'officer-user');
    const kin = await panel.as<Household>(
      'households:create',
      householdInput({ householdType: 'connected_person', temporaryApprovalDate: '2026-09-07' }),
    );
    const sitting = await panel.as<SittingDetail>('items:add', {
      sittingId: panel.sitting.id,
      householdId: kin.id,
      itemType: 'temporary_approval_extension',
      durationMinutes: 20,
    });
    const itemId = sitting.items.at(-1)?.id ?? '';
    const unanimous = { unanimous: true, votesFor: 0, votesAgainst: 0, votesAbstaining: 0, dissent: [] };
    await panel.as(
      'recommendations:record',
      await recommending(panel.as, { itemId, outcome: 'views_for', reasons: PANEL_SAYS, ...unanimous }),
      CHAIR,
    );
    const view = await panel.as<ExtensionView>(
      'extensions:approve',
      { itemId, newEndDate: '2027-02-21', decidedOn: '2026-11-23', iroToldOn: '2026-11-23' },
      OFFICER,
    );
    expect(view.extension).not.toBeNull();
    // The ordinary extension as main issues it from the record; the IRM case (no such item in this sitting)
    // straight from the shared builder, as main would build it.
    const issued = await panel.as<{ path: string }>('documents:issue', { kind: 'letter-extension', subjectId: itemId });
    const irmFile = path.join(panel.backend.folder, 'extension-irm.docx');
    const irmLetter = buildLetter('letter-extension', {
      agency: agency(),
      letterDate: '2026-11-23',
      subject: { kind: 'extension', view: extensionView(true, 'irm') },
    });
    writeFileSync(irmFile, await Packer.toBuffer(irmLetter));
    const files = [issued.path, irmFile];
    const [first, second] = pdfPagesOfEach(files);
    ordinary = oneLine(first ?? []);
    untilIrm = oneLine(second ?? []);
  }, OFFICE_TIMEOUT_MS);
  afterAll(() => panel.backend.dispose());

  it('an ordinary extension: the new end date, the panel’s views sought, the placement ending without approval', () => {
    for (const expected of [
      'was due to end on 27 December 2026',
      'We sought the fostering panel’s views',
      PANEL_SAYS,
      'I approved the extension as the nominated officer on 23 November 2026',
      'Your temporary approval now ends on 21 February 2027.',
      'If you are not approved as a foster carer by 21 February 2027, the child’s placement with you must end',
      'regulation 25(6)',
      'extended again until the outcome of that review is known',
      'Nina Officer',
    ]) {
      expect(ordinary).toContain(expected);
    }
    expect(ordinary).not.toContain('only once');
  });

  it('an extension until the IRM outcome: no end date, until the outcome and the ADM’s final decision', () => {
    for (const expected of [
      'You applied to the Independent Review Mechanism (IRM)',
      'now lasts until the outcome of the IRM review is known',
      'the agency decision maker makes the final decision',
      'the child’s placement with you must end',
      'regulation 25(6)',
      'We sought the fostering panel’s views',
      'I approved the extension as the nominated officer on 10 June 2026',
      'was told of the extension on 11 June 2026',
    ]) {
      expect(untilIrm).toContain(expected);
    }
    expect(untilIrm).not.toContain('only once');
    expect(untilIrm).not.toContain('now ends on');
  });
});
