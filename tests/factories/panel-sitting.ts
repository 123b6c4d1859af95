import { attendanceVersion } from '../../shared/domain/sittings/attendance-version';
import type { Household } from '../../shared/schemas/household';
import type { SittingDetail } from '../../shared/schemas/sitting-views';
import type { Sender } from '../../electron/backend/sender';
import { openTestBackend, signIn, type TestBackend } from './backend';
import { movableClock } from './clock';
import { householdInput } from './households';
import { memberInput } from './members';
import { panelCaller, windowSender } from './panel-caller';

export const TERMS = {
  typesOfCare: ['short_term'],
  numberOfChildren: 2,
  ageFrom: 0,
  ageTo: 10,
  gender: 'any',
  namedChildren: [],
  siblingGroup: true,
};

export { windowSender };

export type PanelMembers = Record<'chair' | 'vice' | 'sw' | 'm1' | 'm2', string>;

/**
 * A held-today sitting of five present members (chair presiding) with an
 * approval and a resignation for one household — built through the real
 * backend, signed in as the administrator.
 */
export async function openPanelSitting(options: Parameters<typeof openTestBackend>[0] = {}) {
  const backend: TestBackend = await openTestBackend(options);
  await signIn(backend);

  const { as, refused, userFor, wake } = panelCaller(backend);

  const make = (overrides: Parameters<typeof memberInput>[0]) =>
    as<{ id: string }>('members:create', memberInput(overrides));
  const ids: PanelMembers = {
    chair: (await make({ name: 'Margaret Ellis', listRole: 'chair' })).id,
    vice: (await make({ name: 'David Okafor', listRole: 'vice_chair' })).id,
    sw: (await make({ name: 'Helen Turner', background: 'social_worker', socialWorkerPqe3: true })).id,
    m1: (await make({ name: 'Aisha Rahman' })).id,
    m2: (await make({ name: 'Graham Pike' })).id,
  };
  const household = await as<Household>('households:create', householdInput());
  let sitting = await as<SittingDetail>('sittings:create', {
    kind: 'main',
    date: '2026-11-23',
    startTime: '09:30',
    venue: 'County Hall',
    confirmPast: true,
  });
  for (const [itemType, durationMinutes] of [
    ['approval_mainstream', 60],
    ['resignation', 10],
  ] as const) {
    sitting = await as<SittingDetail>('items:add', {
      sittingId: sitting.id,
      householdId: household.id,
      itemType,
      durationMinutes,
    });
  }
  for (const memberId of Object.values(ids)) {
    sitting = await as<SittingDetail>('sittings:recordAttendance', {
      sittingId: sitting.id,
      memberId,
      version: attendanceVersion(sitting, memberId),
      status: 'present',
    });
  }
  sitting = await as<SittingDetail>('sittings:setRoles', {
    sittingId: sitting.id,
    version: sitting.version,
    presiderId: ids.chair,
  });

  /**
   * The recommendation of suitability on the approval item, with a split vote and one dissent; at version 0 (the
   * first recorded): a test that records it again passes the version it read (`recommending`).
   */
  const approval = (overrides: Record<string, unknown> = {}) => ({
    itemId: sitting.items[0]?.id,
    version: 0,
    outcome: 'suitable',
    terms: TERMS,
    reasons: 'A thorough assessment; strong support network.',
    keyIssues: 'Space for two children.',
    unanimous: false,
    votesFor: 4,
    votesAgainst: 1,
    votesAbstaining: 0,
    dissent: [{ memberId: ids.m1, view: 'Wanted the bedroom arrangements confirmed first.' }],
    reportQualityRating: 4,
    ...overrides,
  });
  /** The resignation noted, unanimously (the first recommendation on it: version 0). */
  const resignationNoted = () => ({
    itemId: sitting.items[1]?.id,
    version: 0,
    outcome: 'noted',
    reasons: 'Retiring after twelve years.',
    unanimous: true,
    votesFor: 0,
    votesAgainst: 0,
    votesAbstaining: 0,
    dissent: [],
  });
  /** Moves the sitting through papers sent to held. */
  async function markHeld(): Promise<SittingDetail> {
    let current = await as<SittingDetail>('sittings:get', { id: sitting.id });
    for (const status of ['papers_sent', 'held']) {
      current = await as<SittingDetail>('sittings:progress', {
        id: current.id,
        version: current.version,
        status,
        papersSentDate: '2026-11-16',
      });
    }
    return current;
  }

  /** A carer household brought in already approved (1 May 2024, on TERMS), as a review or termination needs. */
  async function approvedCarers(displayName: string): Promise<Household> {
    const created = await as<Household>('households:create', householdInput({ displayName }));
    return as<Household>('households:changeStatus', {
      id: created.id,
      version: created.version,
      status: 'approved',
      effectiveDate: '2024-05-01',
      approvalDate: '2024-05-01',
      terms: TERMS,
    });
  }
  return {
    backend,
    ids,
    household,
    sitting,
    as,
    refused,
    userFor,
    wake,
    approval,
    resignationNoted,
    markHeld,
    approvedCarers,
  };
}
export type PanelSitting = Awaited<ReturnType<typeof openPanelSitting>>;

/** A panel sitting on a clock the test moves on, with a second administrator signed in at `other` (another seat). */
export async function openSittingWithTwoAdministrators(other: Sender) {
  const clock = movableClock(new Date('2026-11-23T09:00:00Z'));
  const panel = await openPanelSitting({ clock });
  panel.userFor(null, 'Margaret Ellis', ['administrator'], other, 'other-admin');
  return { panel, clock };
}
