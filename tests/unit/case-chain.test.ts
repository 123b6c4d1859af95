import { describe, expect, it } from 'vitest';
import { caseChain, stepsInPeriod } from '../../shared/domain/chain/case-chain';
import type { ChainFacts, ChainItemFacts } from '../../shared/domain/chain/chain-facts';
import { stateWords } from '../../shared/domain/chain/step-state';

const item = (overrides: Partial<ChainItemFacts> & Pick<ChainItemFacts, 'id' | 'itemType'>): ChainItemFacts => ({
  sittingDate: null,
  sittingCancelled: false,
  papersSentDate: null,
  minutesApprovedOn: null,
  sentToAdmDate: null,
  status: 'heard',
  reportGivenDate: null,
  observationsReceivedDate: null,
  directReportDate: null,
  admCase: null,
  ...overrides,
});

/**
 * A connected person given temporary approval on Mon 2 Mar 2026 (ends Sun 21
 * Jun), extended on Mon 22 Jun (a day after it ended: late) to Sun 16 Aug,
 * approved at panel and by the ADM on 10 Aug; first review heard on 5 Aug
 * 2027 (due by 9 Aug 2027), a review without panel on 1 Sep 2028 (due by 4
 * Aug 2028: late), and a resignation notice on 1 Oct 2028.
 */
const facts: ChainFacts = {
  household: {
    id: 'h1',
    reference: 'KC-1',
    displayName: 'Mrs G',
    applicationReceivedDate: null,
    approvalDate: '2026-08-10',
    temporaryApprovalDate: '2026-03-02',
    status: 'approved',
  },
  items: [
    item({
      id: 'approval',
      itemType: 'approval_connected_person',
      sittingDate: '2026-08-04',
      reportGivenDate: '2026-07-13',
      observationsReceivedDate: null,
      admCase: {
        decidedOn: '2026-08-10',
        tellingTracked: false,
        toldOrallyOn: null,
        toldInWritingOn: null,
        letterDate: null,
        qualifying: false,
        route: null,
        routeReceivedOn: null,
        finalDecidedOn: null,
      },
      sentToAdmDate: '2026-08-05',
    }),
    item({ id: 'first', itemType: 'first_review', sittingDate: '2027-08-05' }),
  ],
  extensions: [
    { itemId: 'ext', kind: 'ordinary', previousEnd: '2026-06-21', newEnd: '2026-08-16', decidedOn: '2026-06-22' },
  ],
  resignations: [{ id: 'notice', noticeReceivedOn: '2028-10-01' }],
  reviewsWithoutPanel: [{ id: 'r2', reviewDate: '2028-09-01' }],
};

describe('the case chain of a connected person', () => {
  const steps = caseChain(facts, { today: '2028-10-10' });
  const step = (key: string) => steps.find((s) => s.key === key);

  it('dates the extension against the approval it extended, and the decision against the extended end', () => {
    expect(step('extension:ext')).toMatchObject({
      dueDate: '2026-06-21',
      actualDate: '2026-06-22',
      state: 'late',
      daysLate: 1,
    });
    expect(step('temporary_approval:h1')).toMatchObject({
      dueDate: '2026-08-16',
      actualDate: '2026-08-10',
      state: 'on_time',
    });
  });

  it('shows the reg 26 window, the ADM decision, the first review and the later review late', () => {
    expect(step('observations:approval')).toMatchObject({ dueDate: '2026-07-27', state: 'window_closed' });
    expect(step('decision:approval')).toMatchObject({ dueDate: '2026-08-14', state: 'on_time' });
    expect(step('first_review:h1')).toMatchObject({
      dueDate: '2027-08-09',
      actualDate: '2027-08-05',
      state: 'on_time',
    });
    expect(step('later_review:after-first')).toMatchObject({
      dueDate: '2028-08-04',
      actualDate: '2028-09-01',
      state: 'late',
      daysLate: 28,
    });
    expect(step('later_review:after-r2')).toMatchObject({ dueDate: '2029-08-31', state: 'not_yet_due' });
  });

  it('ends approval 28 days after the resignation notice, and picks a period’s steps', () => {
    expect(step('resignation:notice')).toMatchObject({ dueDate: '2028-10-29', state: 'window_open' });
    expect(stepsInPeriod(steps, '2028-04-01', '2029-03-31').map((s) => s.key)).toEqual([
      'later_review:after-first',
      'resignation:notice',
    ]);
    expect(stateWords('late', 1)).toBe('Late by 1 day');
    expect(stateWords('overdue', 3)).toBe('Overdue by 3 days');
  });
});
