import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Packer, type Document } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildDraftMinutesDocument,
  buildFinalMinutesDocument,
  buildMinutesExtractDocument,
} from '../../shared/documents/minutes-document';
import type { MinutesContent } from '../../shared/schemas/minutes';
import { docxHeadersAndFooters, docxParts, docxText } from '../factories/docx-text';
import { AGENCY, AWKWARD_TEXT, openMinutedSitting, type MinutedSitting } from '../factories/minuted-sitting';
import { OFFICE_TIMEOUT_MS, pdfPagesOf } from '../factories/office';

/** A discussion long enough to run the draft over several pages. */
const LONG_DISCUSSION = Array.from(
  { length: 40 },
  (_, i) =>
    `Point ${i + 1}: members discussed the household's support network, the bedroom arrangements, the applicants' own childhoods and how they would manage contact with birth families.`,
).join('\n');

describe('minutes as Word documents', () => {
  let minuted: MinutedSitting;
  beforeAll(async () => {
    minuted = await openMinutedSitting();
  });
  afterAll(() => minuted.panel.backend.dispose());

  const approved = () => {
    const { approvedContent, approval } = minuted.view;
    if (!approvedContent || !approval) throw new Error('The minutes were not approved');
    return { content: approvedContent, approval };
  };

  /**
   * Issued through main's documents:issue, as the app does, and returns the path written. `expected` is the
   * same document built here from the minutes view with the shared builder: main's must say the same.
   */
  async function written(name: string, document: Document): Promise<string> {
    const file = path.join(minuted.panel.backend.folder, `${name}.docx`);
    writeFileSync(file, await Packer.toBuffer(document));
    return file;
  }

  async function saved(kind: string, expected: Document, subjectId = minuted.view.sittingId): Promise<string> {
    const file = await minuted.panel.as<{ path: string }>('documents:issue', {
      kind,
      subjectId,
    });
    expect(docxText(file.path)).toBe(docxText(await written(`expected-${kind}`, expected)));
    return file.path;
  }

  it('the draft says every fact of the sitting and each item, by household reference only', async () => {
    const file = await saved('minutes-draft', buildDraftMinutesDocument(minuted.view.draft));
    const text = docxText(file);
    const household = minuted.panel.household;
    for (const expected of [
      'DRAFT — not approved by the chair',
      'Minutes of the fostering panel',
      AGENCY,
      'Monday 23 November 2026, 09:30',
      'Main sitting',
      'Venue: County Hall <Room 4> & "Annex"',
      'Remote: https://meet.example.org/panel?room=4&pin="1234"',
      'Presided by: Margaret Ellis (Chair)',
      'Apologies: Colin Barnes',
      'Absent: Nadia Novak',
      'Panel adviser: Joan Adviser',
      'Minute-taker: Tom Minutes',
      'Observers: Olu Observer (Student social worker)',
      AWKWARD_TEXT,
      '1. Approval (mainstream)',
      `Household reference: ${household.reference}`,
      'Presented by: Sam Social',
      'Also attending: Bea Supporter (Supporter)',
      'Graham Pike: Knows the applicants from church (withdrew from this item)',
      'Quorum: Quorate, with 5 members counted',
      'Form F assessment; three references',
      'Members asked about the garden.\nThe applicants answered in full.',
      'Suitable to be approved',
      'Types of care: Short-term',
      'Number of children: 2',
      'Age range: aged 0 to 10',
      'Gender: Any',
      'Named children: None',
      'Sibling group: Yes',
      'Reasons: A thorough assessment; strong support network.',
      'Key issues: Space for two children.',
      'Members’ views: Most members were confident in the assessment.',
      'Vote: For 4, against 1, abstaining 0',
      'Aisha Rahman: Wanted the bedroom arrangements confirmed first.',
      'Report quality: 4 out of 5',
      'Comment on the report: Clear and well evidenced.',
      'Recorded by: Margaret Ellis',
      'Adviser to check the bedroom sizes.',
      '2. Resignation (for noting)',
      'Resignation noted',
      'Vote: Unanimous (6 members)',
      '3. Termination of approval',
      'Household reference: KC-2027-009',
      'Presented by: Kim Supervising',
      'Standards of care concerns were not resolved.',
      '4. First annual review\nHousehold reference: KC-2027-009\nWithdrawn from the agenda: The carers asked for more time\nAny other business',
      'Any other business',
      'Training dates for 2027 were agreed.',
      'The meeting closed at 12:10.',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/Name\s*Role\s*Aisha Rahman\s*Member/);
    expect(text).toMatch(/Margaret Ellis\s*Chair, presiding/);
    expect(text).toMatch(/Ruth Agyei\s*Member/);
    expect(text).not.toContain(household.displayName);
    for (const applicant of household.applicantNames) expect(text).not.toContain(applicant);
    expect(text).not.toContain(minuted.second.displayName);

    const { headers, footers } = docxHeadersAndFooters(file);
    expect(headers.length).toBeGreaterThan(0);
    expect(footers.length).toBeGreaterThan(0);
    for (const part of [...headers, ...footers]) expect(part).toContain('DRAFT — not approved by the chair');
  });

  it('escapes what XML treats specially, drops what XML forbids, and never makes a link', async () => {
    // The builder's own defence, on text the forms would refuse: written here, not issued.
    const draft: MinutesContent = { ...minuted.view.draft, closing: 'Closed\u0007 at <12:10> & "done"\u0001.' };
    const file = await written('hostile-draft', buildDraftMinutesDocument(draft));
    const parts = docxParts(file);
    const xml = parts['word/document.xml'] ?? '';
    expect(xml).toContain('Closed at &lt;12:10&gt; &amp; ');
    expect(xml).not.toContain('\u0001');
    expect(xml).not.toContain('\u0007');
    expect(docxText(file)).toContain('Closed at <12:10> & "done".');
    for (const [name, content] of Object.entries(parts)) {
      expect(content, name).not.toContain('w:hyperlink');
      // Field codes are upper case; styles.xml's "Hyperlink" style name is not one.
      expect(content, name).not.toContain('HYPERLINK');
      expect(content, name).not.toContain('TargetMode="External"');
    }
    expect(parts['word/_rels/document.xml.rels']).not.toContain('meet.example.org');
  });

  it('the final minutes close with the approval and when they went to the ADM, with no DRAFT marks', async () => {
    const { content, approval } = approved();
    const file = await saved('minutes-final', buildFinalMinutesDocument(content, approval, minuted.view.referrals));
    const text = docxText(file);
    expect(text).toContain('Approved by Margaret Ellis, chair, on 23 November 2026.');
    expect(text).toContain(`Minutes version ${approval.versionNumber}.`);
    expect(approval.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(text).toContain(`Approved content reference: ${approval.hash.slice(0, 12)}`);
    expect(text).not.toContain(approval.hash);
    expect(text).toMatch(/1\. Approval \(mainstream\) \(FC-\d+\): sent to Priya Shah on 23 November 2026/);
    expect(text).toContain('3. Termination of approval (KC-2027-009): sent to Priya Shah on 23 November 2026');
    expect(text).toContain('Reasons: A thorough assessment; strong support network.');
    const { headers, footers } = docxHeadersAndFooters(file);
    for (const part of [text, ...headers, ...footers]) expect(part).not.toMatch(/draft/i);
  });

  it('the extract for the ADM holds the sitting’s facts and only the chosen item, then the approval', async () => {
    const { content, approval } = approved();
    const file = await saved(
      'minutes-extract',
      buildMinutesExtractDocument(content, minuted.items.terminationItem, approval),
      minuted.items.terminationItem,
    );
    const text = docxText(file);
    for (const expected of [
      'Extract from the minutes of the fostering panel',
      AGENCY,
      'Monday 23 November 2026, 09:30',
      'Main sitting',
      'Venue: County Hall <Room 4> & "Annex"',
      'Presided by: Margaret Ellis (Chair)',
      'Helen Turner',
      '3. Termination of approval',
      'Household reference: KC-2027-009',
      'Quorum: Quorate, with 6 members counted',
      'Terminate approval',
      'Reasons: Standards of care concerns were not resolved.',
      'Vote: Unanimous (6 members)',
      `Approved by Margaret Ellis, chair, on 23 November 2026.`,
      `Approved content reference: ${approval.hash.slice(0, 12)}`,
    ]) {
      expect(text).toContain(expected);
    }
    for (const absent of [
      minuted.panel.household.reference,
      'A thorough assessment',
      'Retiring after twelve years.',
      'Approval (mainstream)',
      'The carers asked for more time',
      'Training dates',
      'DRAFT',
    ]) {
      expect(text).not.toContain(absent);
    }
    expect(() => buildMinutesExtractDocument(content, 'no-such-item', approval)).toThrow();
  });

  describe('opened in a real word processor (LibreOffice)', () => {
    it(
      'a draft over several pages says DRAFT on every page',
      async () => {
        const long = await openMinutedSitting({ discussion: LONG_DISCUSSION });
        try {
          const { path } = await long.panel.as<{ path: string }>('documents:issue', {
            kind: 'minutes-draft',
            subjectId: long.view.sittingId,
          });
          const pages = pdfPagesOf(path);
          expect(pages.length).toBeGreaterThanOrEqual(2);
          pages.forEach((page, index) => {
            expect(
              page.match(/DRAFT — not approved by the chair/g)?.length ?? 0,
              `page ${index + 1}`,
            ).toBeGreaterThanOrEqual(2);
            expect(page).toContain(`Page ${index + 1}`);
          });
          const all = pages.join('\n');
          expect(all).toContain('Point 40: members discussed');
        } finally {
          long.panel.backend.dispose();
        }
      },
      OFFICE_TIMEOUT_MS * 2,
    );

    it(
      'the final minutes open and carry the approval line',
      async () => {
        const { content, approval } = approved();
        const pages = pdfPagesOf(
          await saved('minutes-final', buildFinalMinutesDocument(content, approval, minuted.view.referrals)),
        );
        const all = pages.join('\n');
        expect(all).toContain('Approved by Margaret Ellis, chair, on 23 November 2026.');
        expect(all).toContain(`Approved content reference: ${approval.hash.slice(0, 12)}`);
        expect(all).not.toContain('DRAFT');
      },
      OFFICE_TIMEOUT_MS,
    );
  });
});
