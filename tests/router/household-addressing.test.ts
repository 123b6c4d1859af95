import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SavedDocument } from '../../shared/contract/documents';
import type { HouseholdResignation } from '../../shared/schemas/decision';
import type { Household } from '../../shared/schemas/household';
import { householdInput } from '../factories/households';
import { OFFICE_TIMEOUT_MS, pdfPagesOf } from '../factories/office';
import { openPanelSitting, type PanelSitting } from '../factories/panel-sitting';

/**
 * Each applicant's title and the household's preferred form of address are
 * kept on the household record, and the letters main builds from it greet
 * them by title and surname, or as they asked.
 */
describe('titles and the preferred form of address on the household record', () => {
  let panel: PanelSitting;
  let created: Household;

  beforeAll(async () => {
    panel = await openPanelSitting();
    created = await panel.as<Household>(
      'households:create',
      householdInput({
        applicantNames: ['Sam Rahman', 'Alex Jones'],
        applicantTitles: ['Mr', 'Revd'],
        address: '4 Mill Lane, Oldtown OT4 4DD',
      }),
    );
  });
  afterAll(() => panel.backend.dispose());

  it('keeps each applicant’s title, typed or from the list, and no form of address until one is given', async () => {
    expect(created).toMatchObject({ applicantTitles: ['Mr', 'Revd'], formOfAddress: null });
    const read = await panel.as<Household>('households:get', { id: created.id });
    expect(read).toMatchObject({ applicantTitles: ['Mr', 'Revd'], formOfAddress: null });
  });

  it('keeps a household from before titles (none recorded) without titles', async () => {
    const plain = await panel.as<Household>('households:create', householdInput());
    expect(plain).toMatchObject({ applicantTitles: [], formOfAddress: null });
  });

  it('refuses a title for a second applicant who is not named, saying so beside the title', async () => {
    const refused = await panel.refused(
      'households:create',
      householdInput({ applicantNames: ['Sam Rahman'], applicantTitles: ['Mr', 'Mrs'] }),
    );
    expect(refused).toMatchObject({
      code: 'VALIDATION_FAILED',
      fieldErrors: { 'applicantTitles.1': 'Enter the second applicant’s name, or leave their title blank' },
    });
  });

  it(
    'greets them as they asked in the letter main builds, the address line by line with the postcode alone',
    async () => {
      const updated = await panel.as<Household>('households:update', {
        ...householdInput(),
        id: created.id,
        version: created.version,
        reference: created.reference,
        applicantNames: created.applicantNames,
        applicantTitles: created.applicantTitles,
        address: created.address,
        formOfAddress: 'Dear Sam and Alex',
      });
      expect(updated.formOfAddress).toBe('Dear Sam and Alex');
      const approved = await panel.as<Household>('households:changeStatus', {
        id: updated.id,
        version: updated.version,
        status: 'approved',
        effectiveDate: '2024-05-01',
        approvalDate: '2024-05-01',
        terms: {
          typesOfCare: ['short_term'],
          numberOfChildren: 1,
          ageFrom: 0,
          ageTo: 10,
          gender: 'any',
          namedChildren: [],
          siblingGroup: false,
        },
      });
      const notice = await panel.as<HouseholdResignation>('resignations:record', {
        householdId: approved.id,
        noticeReceivedOn: '2026-11-20',
        reason: 'retirement',
      });
      const saved = await panel.as<SavedDocument>('documents:issue', {
        kind: 'letter-resignation',
        subjectId: notice.id,
      });
      const lines = pdfPagesOf(saved.path)
        .join('\n')
        .split('\n')
        .map((line) => line.trim());
      const start = lines.findIndex((line) => line.startsWith('Mr Sam Rahman'));
      expect(lines.slice(start, start + 5).map((line) => line.split(/\s{2,}/)[0])).toEqual([
        'Mr Sam Rahman',
        'Revd Alex Jones',
        '4 Mill Lane',
        'Oldtown',
        'OT4 4DD',
      ]);
      expect(lines).toContain('Dear Sam and Alex,');
    },
    OFFICE_TIMEOUT_MS,
  );
});
