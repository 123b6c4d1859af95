import type { Household, TermsOfApproval } from '../../shared/schemas/household';
import { openTestBackend, signIn } from './backend';
import { householdInput } from './households';
import { panelCaller } from './panel-caller';

export const termsFor = (numberOfChildren: number, connected = false): TermsOfApproval => ({
  typesOfCare: connected ? ['child_specific'] : ['short_term'],
  numberOfChildren,
  ageFrom: 0,
  ageTo: 17,
  gender: 'any',
  namedChildren: connected ? ['AB'] : [],
  siblingGroup: false,
});

/**
 * A data-return year (1 April 2025 to 31 March 2026) built through the real
 * router on 23 November 2026, each household with the figures it must move
 * (see tests/router/data-return.test.ts for the expected values):
 * approvals mainstream, specialist and connected (with a reg 24 temporary
 * approval), applications withdrawn, ended by the service, ended with no reason
 * and refused; resignations and terminations by reason, one in the next year;
 * an approval after the year end.
 */
export async function openDataReturnYear() {
  const backend = await openTestBackend();
  await signIn(backend);
  const caller = panelCaller(backend);
  const { as } = caller;
  const add = (reference: string, overrides: Parameters<typeof householdInput>[0] = {}) =>
    as<Household>('households:create', householdInput({ reference, ...overrides }));
  const approve = async (h: Household, date: string, terms: TermsOfApproval) =>
    as<Household>('households:changeStatus', {
      id: h.id,
      version: h.version,
      status: 'approved',
      effectiveDate: date,
      approvalDate: date,
      terms,
    });
  const change = async (h: Household, status: string, effectiveDate: string, reason?: string) =>
    as<Household>('households:changeStatus', { id: h.id, version: h.version, status, effectiveDate, reason });

  const ids: Record<string, string> = {};
  const keep = (h: Household) => {
    ids[h.reference] = h.id;
    return h;
  };
  // Approved in the year: 254, 274 and 183 days from application (median 254); 2 + 3 + 1 places.
  keep(await approve(await add('A1', { applicationReceivedDate: '2025-05-01' }), '2026-01-10', termsFor(2)));
  keep(
    await approve(
      await add('A2', {
        applicationReceivedDate: '2024-12-01',
        householdType: 'specialist',
        specialistScheme: 'Step down',
      }),
      '2025-09-01',
      termsFor(3),
    ),
  );
  keep(
    await approve(
      await add('C1', {
        applicationReceivedDate: '2025-06-01',
        householdType: 'connected_person',
        temporaryApprovalDate: '2025-06-02',
      }),
      '2025-12-01',
      termsFor(1, true),
    ),
  );
  // Applications ended before approval: withdrawn, ended by the service, no reason (a status changed by hand), refused.
  const w1 = keep(await add('W1', { applicationReceivedDate: '2025-07-01' }));
  await as('households:recordApplicationOutcome', { householdId: w1.id, reason: 'withdrawn', endedOn: '2025-10-01' });
  const s1 = keep(await add('S1', { applicationReceivedDate: '2025-08-01' }));
  await as('households:recordApplicationOutcome', {
    householdId: s1.id,
    reason: 'ended_by_service',
    endedOn: '2026-02-01',
  });
  keep(await change(await add('N1', { applicationReceivedDate: '2025-09-01' }), 'withdrawn', '2025-11-01'));
  keep(await change(await add('R1', { applicationReceivedDate: '2025-04-15' }), 'refused', '2026-03-01'));
  // Approved after the year end: received in it, approved in the next.
  keep(await approve(await add('F1', { applicationReceivedDate: '2025-10-01' }), '2026-06-01', termsFor(1)));

  // Resignations: retirement (ends 12 February 2026), no reason (ends 29 May 2025), and one ending in the next year.
  const old = { applicationReceivedDate: '2015-01-01' };
  const p1 = keep(await approve(await add('P1', old), '2016-01-01', termsFor(2)));
  await as('resignations:record', { householdId: p1.id, noticeReceivedOn: '2026-01-15', reason: 'retirement' });
  const p2 = keep(await approve(await add('P2', old), '2016-02-01', termsFor(2)));
  await as('resignations:record', { householdId: p2.id, noticeReceivedOn: '2026-03-20', reason: 'moving_to_ifa' });
  const p3 = keep(await approve(await add('P3', old), '2016-03-01', termsFor(1)));
  await as('resignations:record', { householdId: p3.id, noticeReceivedOn: '2025-05-01' });

  // Terminations recorded outside panel business, the reason as the list words it, or in other words.
  const t1 = keep(await approve(await add('T1', old), '2016-04-01', termsFor(1)));
  keep(await change(t1, 'terminated', '2025-09-30', 'Standard of care'));
  const t2 = keep(
    await approve(await add('T2', { ...old, householdType: 'connected_person' }), '2016-05-01', termsFor(1, true)),
  );
  keep(
    await change(
      t2,
      'terminated',
      '2026-03-31',
      'Child no longer placed with the connected person (care plan changed)',
    ),
  );
  const t3 = keep(await approve(await add('T3', old), '2016-06-01', termsFor(2)));
  keep(await change(t3, 'terminated', '2025-06-01', 'They moved away'));
  return { backend, ...caller, ids };
}
export type DataReturnYear = Awaited<ReturnType<typeof openDataReturnYear>>;
