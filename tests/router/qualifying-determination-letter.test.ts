import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { letterProblem, type LetterInput } from '../../shared/documents/letters';
import type { LetterKind } from '../../shared/domain/decisions/decision-rules';
import type { DueList } from '../../shared/schemas/dashboard';
import type { DecisionCaseView } from '../../shared/schemas/decision';
import type { AppSettings } from '../../shared/schemas/settings';
import { OFFICE_TIMEOUT_MS, pdfPagesOfEach } from '../factories/office';
import { openMinutedSitting, type MinutedSitting } from '../factories/minuted-sitting';
import { windowSender } from '../factories/panel-sitting';
import { settingsVersion } from '../factories/versions';

const ADM = windowSender(32);
const IRM = {
  name: 'Independent Review Mechanism (test details)',
  address: 'Review House\n1 Example Street\nLeeds LS1 4AP',
  telephone: '0113 496 0000',
  website: 'https://irm.example.org.uk/apply',
};
const ADM_REASONS = 'Two unannounced visits found the children without a safe place to sleep.';
/** pdftotext lays text out as on the page: compare with every run of white space as one space. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

/**
 * The qualifying determination letter is the notice FSR reg 27(6)/28(7)
 * requires: it cannot go out without the IRM's details, which the app never
 * invents; once an administrator enters them, it says everything the notice must.
 */
describe('the qualifying determination letter and the IRM’s contact details', () => {
  let minuted: MinutedSitting;
  let view: DecisionCaseView;
  const as = <T>(channel: string, input: unknown, sender?: ReturnType<typeof windowSender>) =>
    minuted.panel.as<T>(channel, input, sender);
  const dashboard = async () =>
    (await as<DueList>('dashboard:due', { kinds: ['irm_details'], withinDays: 60 })).entries;
  const letterInput = async (subject: DecisionCaseView): Promise<LetterInput> => {
    const settings = await as<AppSettings>('settings:get', {});
    return {
      agency: {
        agencyName: settings.agencyName,
        agencyContact: settings.agencyContact,
        irmContact: settings.irmContact,
      },
      letterDate: '2026-11-24',
      subject: { kind: 'case', view: subject },
    };
  };
  const save = async (kind: LetterKind) =>
    minuted.panel.refused('documents:issue', {
      kind,
      subjectId: minuted.items.terminationItem,
    });

  beforeAll(async () => {
    minuted = await openMinutedSitting();
    const itemId = minuted.items.terminationItem;
    view = await as<DecisionCaseView>('decisions:get', { itemId }, ADM);
    view = await as(
      'decisions:decide',
      { itemId, version: view.case.version, verdict: 'agree', reasons: ADM_REASONS, decidedOn: '2026-11-23' },
      ADM,
    );
  });
  afterAll(() => minuted.panel.backend.dispose());

  it('ships no IRM details, so the letter is refused by the window and by the register, and the dashboard says why', async () => {
    expect((await as<AppSettings>('settings:get', {})).irmContact).toEqual({
      name: '',
      address: '',
      telephone: '',
      website: '',
    });
    const input = await letterInput(view);
    expect(letterProblem('letter-qualifying-determination', input)).toMatch(
      /Independent Review Mechanism’s contact details .* have not been entered\. An administrator enters them in Settings/,
    );
    // Dating the letter would open the 28 days on a letter that cannot be sent.
    expect(
      await minuted.panel.refused('decisions:recordLetterDate', {
        itemId: view.case.itemId,
        version: view.case.version,
        letterDate: '2026-11-23',
      }),
    ).toMatchObject({ code: 'RULE_VIOLATION', message: expect.stringContaining('The letter cannot be dated yet') });
    // Main refuses to issue it, whatever the window shows: documents:issue knows its kind.
    const refusal = await save('letter-qualifying-determination');
    expect(refusal).toMatchObject({ code: 'RULE_VIOLATION' });
    expect(refusal?.message).toMatch(/^This qualifying determination letter cannot be issued\. The Independent Review/);
    // The decision record for the same case is not held up.
    expect(await save('letter-decision-record')).toBeNull();

    expect(await dashboard()).toEqual([
      expect.objectContaining({
        kind: 'irm_details',
        subject: minuted.second.reference,
        // Told in writing within 5 working days of the decision on Monday 23 November 2026.
        dueDate: '2026-11-30',
        whoActs: 'administrator',
        link: '/backups',
        title: expect.stringContaining('Enter the IRM’s contact details in Settings'),
      }),
    ]);
    // Not the ADM's to do.
    expect(await as<DueList>('dashboard:due', { kinds: ['irm_details'] }, ADM)).toMatchObject({ entries: [] });
  });

  it('refuses IRM details that are partial or malformed, naming the field', async () => {
    const refused = async (irmContact: Record<string, string>) =>
      minuted.panel.refused('settings:update', {
        version: await settingsVersion(minuted.panel.as),
        irmContact: { ...IRM, ...irmContact },
      });
    expect(await refused({ telephone: '0113 CALL US' })).toMatchObject({
      code: 'VALIDATION_FAILED',
      fieldErrors: { 'irmContact.telephone': expect.stringContaining('digits and spaces') },
    });
    for (const website of [
      'http://irm.example.org.uk',
      'javascript:alert(1)',
      'irm',
      'https://user:pw@irm.example.org',
    ]) {
      expect(await refused({ website }), website).toMatchObject({
        fieldErrors: { 'irmContact.website': expect.stringContaining('https://') },
      });
    }
    expect(await refused({ address: '', website: '' })).toMatchObject({
      fieldErrors: {
        'irmContact.address': 'Enter its postal address, or leave all four IRM details blank',
        'irmContact.website': 'Enter its website, or leave all four IRM details blank',
      },
    });
    // A bare domain is fine; only an administrator may enter them.
    expect(
      await minuted.panel.refused(
        'settings:update',
        { version: await settingsVersion(minuted.panel.as), irmContact: IRM },
        ADM,
      ),
    ).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(
      (
        await as<AppSettings>('settings:update', {
          version: await settingsVersion(as),
          irmContact: { ...IRM, website: 'irm.example.org.uk' },
        })
      ).irmContact.website,
    ).toBe('irm.example.org.uk');
  });

  it(
    'once entered, says the proposal, both reasons, 28 days, one route not both, how to reach the IRM and what follows if nothing comes',
    async () => {
      await as('settings:update', { version: await settingsVersion(as), irmContact: IRM });
      expect(await dashboard()).toEqual([]);
      view = await as('decisions:recordLetterDate', {
        itemId: view.case.itemId,
        version: view.case.version,
        letterDate: '2026-11-23',
      });
      const input = await letterInput(view);
      expect(letterProblem('letter-qualifying-determination', input)).toBeNull();
      const files: string[] = [];
      for (const kind of ['letter-qualifying-determination', 'letter-decision-record'] as const) {
        const saved = await as<{ path: string }>('documents:issue', {
          kind,
          subjectId: minuted.items.terminationItem,
        });
        files.push(saved.path);
      }
      const [letter, record] = pdfPagesOfEach(files).map((pages) => flat(pages.join('\n')));
      for (const expected of [
        'I have considered the panel’s recommendation and all the papers. I propose to end (terminate) your approval',
        `My reasons for this proposal are: ${ADM_REASONS}`,
        // A copy of the panel's recommendation with its reasons, not only its label.
        'The fostering panel’s recommendation',
        'The fostering panel met on Monday 23 November 2026 and considered your case. This is a copy of its recommendation.',
        'It recommended: Terminate approval',
        'Its reasons: Standards of care concerns were not resolved.',
        'You have 28 days from the date of this letter, that is until 21 December 2026,',
        'Make written representations to us.',
        'Or apply to the Independent Review Mechanism (IRM).',
        'You can choose one of these, not both.',
        'How to apply to the Independent Review Mechanism',
        IRM.name,
        'Review House 1 Example Street Leeds LS1 4AP',
        `Telephone: ${IRM.telephone}`,
        `Website: ${IRM.website}`,
        'If we hear nothing from you',
        'by 21 December 2026, I will then make the final decision. This proposal does not take effect by itself when the 28 days end',
      ]) {
        expect(letter).toContain(expected);
      }
      expect(letter).not.toContain('will stand and take effect');
      expect(letter).not.toContain('We can give you its contact details');
      // The decision record no longer says the determination takes effect when the window ends.
      expect(record).toContain('This is a qualifying determination.');
      expect(record).toContain(
        'It does not take effect by itself: when the 28 days end with nothing received, or once the panel’s fresh recommendation on the representations or the IRM panel’s recommendation is received, the agency decision maker confirms or changes it in a final decision.',
      );
      expect(record).not.toContain('takes effect when the 28 days end');
    },
    OFFICE_TIMEOUT_MS,
  );
});
