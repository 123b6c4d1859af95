import { describe, expect, it } from 'vitest';
import { laterReviewDrafts, laterReviewsMayShow } from '../../shared/domain/dashboard/routing-entries';
import { dueEntries } from '../../shared/domain/dashboard/due-entries';
import type { DashboardFacts } from '../../shared/domain/dashboard/dashboard-facts';
import { DUE_KINDS } from '../../shared/schemas/dashboard';

/*
 * The dashboard reads the households' review dates only when its answer can
 * hold a later review (issue 20): this says that skipping the read for the
 * others cannot change their answer.
 */

describe('when the dashboard reads the later reviews', () => {
  it('reads them only for a dashboard that can show a later review', () => {
    const drafts = laterReviewDrafts([
      {
        householdId: 'h',
        reference: 'H1',
        approvalDate: '2010-01-01',
        firstReviewOn: '2011-01-01',
        lastReviewOn: null,
        recordedOn: '2010-01-01',
        firstReviewDue: '2010-12-31',
      },
    ]);
    const viewers = [
      undefined,
      { roles: ['administrator'], userId: 'u', memberId: null },
      { roles: ['chair'], userId: 'u', memberId: 'm' },
      { roles: ['adm', 'nominated_officer'], userId: 'u', memberId: null },
    ];
    for (const viewer of viewers) {
      for (const whoActs of [undefined, 'administrator', 'chair', 'adm', 'nominated_officer'] as const) {
        for (const kinds of [undefined, [], ['later_review'], ['first_review'], [...DUE_KINDS]] as const) {
          const options = {
            ...(viewer ? { viewer } : {}),
            ...(whoActs ? { whoActs } : {}),
            ...(kinds ? { kinds } : {}),
          };
          const shown = dueEntries({ ...EMPTY, laterReviews: [LATE] }, '2036-11-23', options).length > 0;
          expect(laterReviewsMayShow(options)).toBe(shown);
        }
      }
    }
    expect(drafts.map((draft) => [draft.kind, draft.whoActs])).toEqual([['later_review', 'administrator']]);
  });
});

const EMPTY: DashboardFacts = {
  sittings: [],
  cases: [],
  households: [],
  resignations: [],
  members: [],
};

/** A household whose later review is long overdue: shown to anyone who can see later reviews at all. */
const LATE = {
  householdId: 'h',
  reference: 'H1',
  approvalDate: '2010-01-01',
  firstReviewOn: '2011-01-01',
  lastReviewOn: '2012-01-01',
  recordedOn: '2010-01-01',
  firstReviewDue: '2010-12-31',
};
