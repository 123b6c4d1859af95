import { describe, expect, it } from 'vitest';
import { CHANNELS, contract } from '../../shared/contract/channels';
import { ACTIONS, describeAction } from '../../shared/domain/audit/action-words';
import { changeLines, formatValue } from '../../shared/domain/audit/change-words';
import { RECORD_TYPES } from '../../shared/domain/audit/record-types';
import { recordWords, type RecordFacts } from '../../shared/domain/audit/record-words';
import { DEFAULT_SETTINGS } from '../../shared/schemas/settings';

const writes = CHANNELS.filter((channel) => contract[channel].kind === 'write');

describe('the audit trail in words', () => {
  it('has a record type for every kind of record a write channel changes, and words for every write', () => {
    const types = new Set<string>(RECORD_TYPES.map((type) => type.value));
    for (const channel of writes) expect(types, channel).toContain(contract[channel].entity);
    for (const channel of writes) expect(ACTIONS[channel], channel).toBeTruthy();
    expect(describeAction({ channel: 'auth:login', changes: { outcome: [null, 'refused'] } })).toBe('Failed to log in');
  });

  describe('settings changes, field by field', () => {
    const settings = (before: object, after: object) =>
      changeLines('settings', Object.fromEntries(Object.keys(after).map((key) => [key, [before, after]])));

    it('names each changed part of a group, before and after', () => {
      const lines = changeLines('settings', {
        quorum: [DEFAULT_SETTINGS.quorum, { ...DEFAULT_SETTINGS.quorum, minimumMembers: 6 }],
        clocks: [
          DEFAULT_SETTINGS.clocks,
          { ...DEFAULT_SETTINGS.clocks, papersWorkingDaysBefore: 7, firstReviewMonths: 11 },
        ],
        dbsRenewalYears: [3, 2],
      });
      expect(lines).toEqual([
        'Quorum: members present changed from 5 to 6',
        `Clock periods: working days before a sitting for papers changed from ${DEFAULT_SETTINGS.clocks.papersWorkingDaysBefore} to 7`,
        `Clock periods: months before a first review changed from ${DEFAULT_SETTINGS.clocks.firstReviewMonths} to 11`,
        'DBS renewal: years between checks changed from 3 to 2',
      ]);
      expect(settings({}, {})).toEqual([]);
    });

    it('writes dates, lists, Yes and No, and item types in words, and never a logo’s data', () => {
      expect(
        changeLines('settings', {
          bankHolidays: [
            { added: [], removed: ['2027-12-28'] },
            { added: ['2027-01-05', '2027-06-04'], removed: [] },
          ],
          directToAdm: [[], ['first_review', 'resignation']],
          agencyContact: [
            { address: '', phone: '', email: '', logoDataUrl: '' },
            { address: 'County Hall', phone: '', email: '', logoDataUrl: 'data:image/png;base64,AAAA' },
          ],
          backupFolder: ['/srv/backups', null],
        }),
      ).toEqual([
        'Bank holidays: days added set to 5 January 2027, 4 June 2027',
        'Bank holidays: days removed cleared (was 28 December 2027)',
        'Panel routing: item types that go straight to the ADM set to First annual review, Resignation (for noting)',
        'Service details: address set to County Hall',
        'Service details: logo set to a logo',
        'Backup folder cleared (was /srv/backups)',
      ]);
      expect(formatValue('requireQualifiedSocialWorker', true)).toBe('Yes');
      expect(formatValue('disabled', false)).toBe('No');
    });

    it('names a setting it does not know from its field name, so a new one is still in words', () => {
      expect(changeLines('settings', { sittingPattern: [{ weekday: 2 }, { weekday: 3, everyWeeks: 4 }] })).toEqual([
        'Sitting pattern: weekday changed from 2 to 3',
        'Sitting pattern: every weeks set to 4',
      ]);
    });
  });

  it('writes record edits the same way: codes by their labels, a checklist kept as text tick by tick', () => {
    expect(
      changeLines('member', { id: [null, 'abc'], status: ['active', 'on_notice'], leavingDate: [null, '2026-12-20'] }),
    ).toEqual(['Status changed from Active to On notice', 'Leaving date set to 20 December 2026']);
    expect(changeLines('household', { status: ['applicant', 'approved'] })).toEqual([
      'Status changed from Applicant to Approved',
    ]);
    expect(
      changeLines('sitting', {
        kind: [null, 'extra'],
        people: [null, []],
        createdAt: [null, '2026-11-23T09:00:00.000Z'],
        mustChangePassword: ['[not recorded]', '[not recorded]'],
      }),
    ).toEqual([
      'Kind set to Extra sitting',
      'Created at set to 23 November 2026',
      'Must change password changed (its value is never recorded)',
    ]);
    expect(changeLines('sitting', { presiderId: [null, 'm1'] }, { m1: 'Member Margaret Ellis' })).toEqual([
      'Presiding set to Member Margaret Ellis',
    ]);
    expect(changeLines('agenda item', { checklist: ['{}', '{"medical":true}'] })).toEqual([
      'Checklist: medical set to Yes',
    ]);
  });

  describe('naming the record', () => {
    const row = (
      entityType: string,
      changes: Record<string, [unknown, unknown]> = {},
      entityId: string | null = 'x',
    ) => ({
      entityType,
      entityId,
      changes,
    });
    const facts = (kind: RecordFacts['kind'], more: Partial<RecordFacts> = {}): RecordFacts => ({
      kind,
      name: null,
      date: null,
      number: null,
      household: null,
      ...more,
    });

    it('by what the database holds now', () => {
      expect(recordWords(row('household'), facts('household', { name: 'HH-2026-014' }))).toBe('Household HH-2026-014');
      expect(
        recordWords(row('decision'), facts('item', { date: '2027-03-05', number: 3, household: 'HH-2026-014' })),
      ).toBe('Sitting on 5 March 2027, item 3 (Household HH-2026-014)');
      expect(recordWords(row('minutes'), facts('sitting', { date: '2027-03-05' }))).toBe(
        'Minutes of the sitting on 5 March 2027',
      );
      expect(recordWords(row('member'), facts('member', { name: 'Jane Doe' }))).toBe('Member Jane Doe');
      expect(recordWords(row('session'), facts('user', { name: 'a.smith' }))).toBe('User a.smith');
      expect(recordWords(row('settings', {}, 'app'), undefined)).toBe('Settings');
    });

    it('by the name its own row kept once the record is gone, else as a deleted record', () => {
      expect(recordWords(row('retention', { purged: [null, 'FC-2019-003'] }), undefined)).toBe('Household FC-2019-003');
      expect(recordWords(row('member', { name: [null, 'Ann Smith'] }), undefined)).toBe('Member Ann Smith');
      expect(recordWords(row('agenda item'), undefined)).toBe('Agenda item: deleted record');
      expect(recordWords(row('session', { username: [null, 'intruder'] }, null), undefined)).toBe(
        'An unknown user name (intruder)',
      );
    });
  });
});
