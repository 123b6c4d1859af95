import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Packer } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegisterPage } from '../../shared/contract/documents';
import { buildMinutesExtractDocument } from '../../shared/documents/minutes-document';
import { AGENCY, openMinutedSitting, type MinutedSitting } from '../factories/minuted-sitting';
import { OFFICE_TIMEOUT_MS, pdfPagesOfEach } from '../factories/office';

const oneLine = (pages: readonly string[]) => pages.join('\n').replace(/\s+/g, ' ');

/**
 * The minutes extract for the ADM through documents:issue, made from the
 * built-in Word template and opened in LibreOffice beside the code-built
 * extract of the same item: the same facts, with the header and footer the
 * template adds.
 */
describe('the minutes extract from its Word template', () => {
  let minuted: MinutedSitting;
  let templated: string[];
  let codeBuilt: string;
  let hash: string;

  beforeAll(async () => {
    minuted = await openMinutedSitting();
    const { panel, view } = minuted;
    const itemId = minuted.items.terminationItem;
    const issued = await panel.as<{ path: string }>('documents:issue', { kind: 'minutes-extract', subjectId: itemId });
    const { approvedContent, approval } = view;
    if (!approvedContent || !approval) throw new Error('The minutes were not approved');
    hash = approval.hash;
    const codeFile = path.join(panel.backend.folder, 'extract-code-built.docx');
    writeFileSync(codeFile, await Packer.toBuffer(buildMinutesExtractDocument(approvedContent, itemId, approval)));
    const [fromTemplate, fromCode] = pdfPagesOfEach([issued.path, codeFile]);
    templated = fromTemplate ?? [];
    codeBuilt = oneLine(fromCode ?? []);
  }, OFFICE_TIMEOUT_MS);
  afterAll(() => minuted.panel.backend.dispose());

  it('shows the same facts as the code-built extract: the sitting, the members, the item, the recommendation and the approval', () => {
    const text = oneLine(templated);
    for (const fact of [
      'Extract from the minutes of the fostering panel',
      AGENCY,
      'Monday 23 November 2026, 09:30',
      'Main sitting',
      'Venue: County Hall <Room 4> & "Annex"',
      'Presided by: Margaret Ellis (Chair)',
      'Ruth Agyei',
      '3. Termination of approval',
      'Household reference: KC-2027-009',
      'Presented by: Kim Supervising',
      'Quorum: Quorate, with 6 members counted',
      'Terminate approval',
      'Reasons: Standards of care concerns were not resolved.',
      'Vote: Unanimous (6 members)',
      'Approved by Margaret Ellis, chair, on 23 November 2026.',
      'Minutes version 1.',
      `Approved content reference: ${hash.slice(0, 12)}`,
      'Confidential. These minutes identify households by reference only',
    ]) {
      expect(codeBuilt, fact).toContain(fact);
      expect(text, fact).toContain(fact);
    }
    // Only the chosen item: not the approval item's discussion.
    expect(text).not.toContain('Members asked about the garden.');
  });

  it('carries the marking and the household’s reference in the header, and the page and template in the footer', async () => {
    const first = oneLine(templated.slice(0, 1));
    expect(first).toContain('OFFICIAL-SENSITIVE');
    expect(first).toContain('Reference: KC-2027-009');
    expect(first).toContain(`Page 1 of ${templated.length}`);
    expect(first).toContain('Built-in template');
    const register = await minuted.panel.as<RegisterPage>('documents:register', {});
    expect(register.documents[0]).toMatchObject({ kind: 'minutes-extract', template: 'Built-in template' });
  });

  it('refuses an extract for an item that did not go to an ADM, in words', async () => {
    const refused = await minuted.panel.refused('documents:issue', {
      kind: 'minutes-extract',
      subjectId: minuted.items.resignationItem,
    });
    expect(refused?.message).toBe('This item does not go to an ADM, so it has no extract.');
  });
});
