import { describe, expect, it } from 'vitest';
import { addWholeYears, purgeRefusal, retentionOf, type RetentionFacts } from '../../shared/domain/records/retention';

function facts(overrides: Partial<RetentionFacts> = {}): RetentionFacts {
  return {
    householdType: 'mainstream',
    status: 'resigned',
    approvalDate: '2010-05-01',
    history: [
      { status: 'applicant', effectiveDate: '2009-09-01' },
      { status: 'approved', effectiveDate: '2010-05-01' },
    ],
    approvalEnds: [],
    temporaryApprovalDate: null,
    placementEnds: [],
    ...overrides,
  };
}

describe('retention under FSR regulation 32', () => {
  it.each(['applicant', 'approved', 'on_hold'] as const)('has no date while the household is %s', (status) => {
    const retention = retentionOf(facts({ status }));
    expect(retention.kind).toBe('open');
    expect(purgeRefusal(retention, '2099-01-01')).toMatch(/records are in use\. It cannot be purged\.$/);
  });

  it('keeps an approved carer 10 years from the end of approval, to the day', () => {
    const retention = retentionOf(facts({ approvalEnds: ['2016-12-21'] }));
    expect(retention).toEqual({
      kind: 'dated',
      basis: 'approval_ended',
      endedOn: '2016-12-21',
      years: 10,
      purgeableFrom: '2026-12-21',
    });
    expect(purgeRefusal(retention, '2026-12-20')).toBe(
      'These records must be kept until 21 December 2026: 10 years from the end of approval on 21 December 2016 (FSR regulation 32). They cannot be purged before then.',
    );
    expect(purgeRefusal(retention, '2026-12-21')).toBeNull();
    expect(purgeRefusal(retention, '2030-01-01')).toBeNull();
  });

  it('takes the latest end of approval the records show: decisions, resignations and status history', () => {
    const retention = retentionOf(
      facts({
        status: 'terminated',
        approvalEnds: ['2015-03-01', '2014-01-01'],
        history: [...facts().history, { status: 'terminated', effectiveDate: '2015-06-30' }],
      }),
    );
    expect(retention).toMatchObject({ basis: 'approval_ended', endedOn: '2015-06-30', purgeableFrom: '2025-06-30' });
  });

  it('never shortens the period: approval ending on 29 February is kept until 1 March', () => {
    expect(addWholeYears('2016-02-29', 10)).toBe('2026-03-01');
    expect(addWholeYears('2016-02-29', 8)).toBe('2024-02-29');
    const retention = retentionOf(facts({ approvalEnds: ['2016-02-29'] }));
    expect(purgeRefusal(retention, '2026-02-28')).toMatch(/kept until 1 March 2026/);
    expect(purgeRefusal(retention, '2026-03-01')).toBeNull();
  });

  it('keeps a refused applicant 3 years from the refusal', () => {
    const retention = retentionOf(
      facts({
        status: 'refused',
        approvalDate: null,
        history: [
          { status: 'applicant', effectiveDate: '2022-01-10' },
          { status: 'refused', effectiveDate: '2023-11-24' },
        ],
      }),
    );
    expect(retention).toMatchObject({ basis: 'refused', years: 3, purgeableFrom: '2026-11-24' });
    expect(purgeRefusal(retention, '2026-11-23')).toMatch(
      /^These records must be kept until 24 November 2026: 3 years from the refusal on 24 November 2023/,
    );
    expect(purgeRefusal(retention, '2026-11-24')).toBeNull();
  });

  it('keeps a withdrawn applicant 3 years from the withdrawal', () => {
    const retention = retentionOf(
      facts({
        status: 'withdrawn',
        approvalDate: null,
        history: [
          { status: 'applicant', effectiveDate: '2023-01-10' },
          { status: 'withdrawn', effectiveDate: '2023-11-23' },
        ],
      }),
    );
    expect(retention).toMatchObject({ basis: 'withdrawn', endedOn: '2023-11-23', purgeableFrom: '2026-11-23' });
  });

  it('keeps a connected person 10 years from the latest placement end, and waits while any is not entered', () => {
    const connected = (placementEnds: (string | null)[]) =>
      retentionOf(facts({ householdType: 'connected_person', approvalEnds: ['2018-04-01'], placementEnds }));
    expect(connected(['2017-01-01'])).toMatchObject({
      basis: 'placement_ended',
      endedOn: '2017-01-01',
      purgeableFrom: '2027-01-01',
    });
    expect(connected(['2017-01-01', '2019-02-02'])).toMatchObject({
      endedOn: '2019-02-02',
      purgeableFrom: '2029-02-02',
    });
    for (const ends of [[], [null], ['2019-02-02', null]]) {
      const waiting = connected(ends);
      expect(waiting).toMatchObject({ kind: 'waiting', basis: 'placement_ended' });
      expect(purgeRefusal(waiting, '2099-01-01')).toContain('Waiting for the placement end date');
    }
  });

  it('keeps a connected person temporarily approved under reg 24 and then refused 10 years from the placement end, not 3', () => {
    const refused = (temporaryApprovalDate: string | null, placementEnds: (string | null)[]) =>
      retentionOf(
        facts({
          householdType: 'connected_person',
          status: 'refused',
          approvalDate: null,
          temporaryApprovalDate,
          placementEnds,
          history: [{ status: 'refused', effectiveDate: '2020-03-01' }],
        }),
      );
    expect(refused('2019-10-01', ['2020-04-15'])).toMatchObject({
      basis: 'placement_ended',
      endedOn: '2020-04-15',
      purgeableFrom: '2030-04-15',
    });
    expect(refused('2019-10-01', [])).toMatchObject({ kind: 'waiting' });
    // Without a temporary approval the refused connected person is an applicant like any other.
    expect(refused(null, [])).toMatchObject({ basis: 'refused', purgeableFrom: '2023-03-01' });
  });

  it('uses the longest period when more than one applies', () => {
    const retention = retentionOf(
      facts({
        status: 'resigned',
        history: [
          { status: 'applicant', effectiveDate: '2008-01-01' },
          { status: 'withdrawn', effectiveDate: '2008-06-01' },
          { status: 'applicant', effectiveDate: '2009-09-01' },
          { status: 'approved', effectiveDate: '2010-05-01' },
          { status: 'resigned', effectiveDate: '2012-01-31' },
        ],
      }),
    );
    expect(retention).toMatchObject({ basis: 'approval_ended', purgeableFrom: '2022-01-31' });
  });

  it('counts a carer refused after approval from the refusal, as an end of approval', () => {
    const retention = retentionOf(
      facts({ status: 'refused', history: [...facts().history, { status: 'refused', effectiveDate: '2014-07-07' }] }),
    );
    expect(retention).toMatchObject({ basis: 'approval_ended', endedOn: '2014-07-07', purgeableFrom: '2024-07-07' });
  });

  it('gives no date, and refuses a purge, when the end was never recorded', () => {
    const retention = retentionOf(facts({ status: 'resigned', approvalDate: null, history: [] }));
    expect(retention.kind).toBe('unknown');
    expect(purgeRefusal(retention, '2099-01-01')).toMatch(/cannot be worked out\. It cannot be purged\.$/);
  });
});
