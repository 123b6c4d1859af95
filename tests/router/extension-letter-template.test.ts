import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Packer } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLetter } from '../../shared/documents/letters';
import type { RegisterPage } from '../../shared/contract/documents';
import type { ExtensionView } from '../../shared/schemas/decision';
import type { Household } from '../../shared/schemas/household';
import type { AppSettings } from '../../shared/schemas/settings';
import type { SittingDetail } from '../../shared/schemas/sitting-views';
import { testClock } from '../factories/clock';
import { householdInput } from '../factories/households';
import { OFFICE_TIMEOUT_MS, pdfPagesOfEach } from '../factories/office';
import { openPanelSitting, windowSender, type PanelSitting } from '../factories/panel-sitting';
import { recommending } from '../factories/versions';

const CHAIR = windowSender(31);
const OFFICER = windowSender(33);
const PANEL_SAYS = 'The child is settled and the assessment needs six more weeks.';
const oneLine = (pages: readonly string[]) => pages.join('\n').replace(/\s+/g, ' ');

/**
 * The extension letter through documents:issue, made from the built-in Word
 * template and opened in LibreOffice beside the code-built letter for the same
 * record: the same facts, with the header and footer the template adds.
 */
describe('the extension letter from its Word template', () => {
  let panel: PanelSitting;
  let itemId: string;
  let templated: string[];
  let codeBuilt: string;
  let reference: string;

  beforeAll(async () => {
    panel = await openPanelSitting();
    panel.userFor(panel.ids.chair, 'Margaret Ellis', ['chair'], CHAIR, 'chair-user');
    panel.userFor(null, 'Nina Officer', ['nominated_officer'], OFFICER, 'officer-user');
    const kin = await panel.as<Household>(
      'households:create',
      householdInput({ householdType: 'connected_person', temporaryApprovalDate: '2026-09-07' }),
    );
    reference = kin.reference;
    const sitting = await panel.as<SittingDetail>('items:add', {
      sittingId: panel.sitting.id,
      householdId: kin.id,
      itemType: 'temporary_approval_extension',
      durationMinutes: 20,
    });
    itemId = sitting.items.at(-1)?.id ?? '';
    const unanimous = { unanimous: true, votesFor: 0, votesAgainst: 0, votesAbstaining: 0, dissent: [] };
    await panel.as(
      'recommendations:record',
      await recommending(panel.as, { itemId, outcome: 'views_for', reasons: PANEL_SAYS, ...unanimous }),
      CHAIR,
    );
    // Before the nominated officer approves it, there is no letter to make.
    const refused = await panel.refused('documents:issue', { kind: 'letter-extension', subjectId: itemId });
    expect(refused?.message).toBe(
      'The temporary approval extension letter cannot be made yet. The extension has not been approved yet.',
    );
    const view = await panel.as<ExtensionView>(
      'extensions:approve',
      { itemId, newEndDate: '2027-02-21', decidedOn: '2026-11-23', iroToldOn: '2026-11-23' },
      OFFICER,
    );
    const issued = await panel.as<{ path: string }>('documents:issue', { kind: 'letter-extension', subjectId: itemId });
    const settings = await panel.as<AppSettings>('settings:get', {});
    const codeFile = path.join(panel.backend.folder, 'extension-code-built.docx');
    const letter = buildLetter('letter-extension', {
      agency: settings,
      letterDate: testClock.today(),
      subject: { kind: 'extension', view },
    });
    writeFileSync(codeFile, await Packer.toBuffer(letter));
    const [fromTemplate, fromCode] = pdfPagesOfEach([issued.path, codeFile]);
    templated = fromTemplate ?? [];
    codeBuilt = oneLine(fromCode ?? []);
  }, OFFICE_TIMEOUT_MS);
  afterAll(() => panel.backend.dispose());

  it('shows the same facts as the code-built letter, the reg 25(6) warning among them', () => {
    const text = oneLine(templated);
    for (const fact of [
      'The extension of your temporary approval',
      'was due to end on 27 December 2026',
      'We sought the fostering panel’s views',
      PANEL_SAYS,
      'I approved the extension as the nominated officer on 23 November 2026',
      'Your temporary approval now ends on 21 February 2027.',
      'If you are not approved as a foster carer by 21 February 2027, the child’s placement with you must end',
      'regulation 25(6)',
      'was told of the extension on 23 November 2026',
      'Nina Officer',
      'Nominated officer',
      `Our reference: ${reference}`,
    ]) {
      expect(codeBuilt, fact).toContain(fact);
      expect(text, fact).toContain(fact);
    }
  });

  it('carries the marking and reference in the header, and the page and template in the footer', async () => {
    const first = oneLine(templated.slice(0, 1));
    expect(first).toContain('OFFICIAL-SENSITIVE');
    expect(first).toContain(`Reference: ${reference}`);
    expect(first).toMatch(new RegExp(`Page 1 of ${templated.length}`));
    expect(first).toContain('Built-in template');
    const register = await panel.as<RegisterPage>('documents:register', {});
    expect(register.documents[0]).toMatchObject({ kind: 'letter-extension', template: 'Built-in template' });
  });
});
