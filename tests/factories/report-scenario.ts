import { complaints, feedbackForms } from '../../db/schema';
import type { DecisionCaseView } from '../../shared/schemas/decision';
import type { Household } from '../../shared/schemas/household';
import type { MinutesView } from '../../shared/schemas/minutes';
import type { AnnualReport } from '../../shared/schemas/report';
import type { SittingDetail } from '../../shared/schemas/sitting-views';
import { movableClock } from './clock';
import { householdInput } from './households';
import { memberInput } from './members';
import { openPanelSitting, TERMS, windowSender } from './panel-sitting';
import { IRM_CONTACT } from './letter-views';
import { attending, recommending, settingsVersion } from './versions';

const CHAIR = windowSender(41);
const VICE = windowSender(42);
const ADM = windowSender(43);
const OFFICER = windowSender(44);
const DAY = 24 * 60 * 60 * 1000;

export const CONNECTED_TERMS = {
  typesOfCare: ['short_term', 'long_term'],
  numberOfChildren: 1,
  ageFrom: 5,
  ageTo: 9,
  gender: 'any',
  namedChildren: ['AB'],
  siblingGroup: false,
};
const REVISED_TERMS = { ...TERMS, typesOfCare: ['respite'], numberOfChildren: 1 };
const UNANIMOUS = { unanimous: true, votesFor: 0, votesAgainst: 0, votesAbstaining: 0, dissent: [] };

/**
 * A year of panel business with known figures, built through the real
 * channels on a clock that moves from 12 October to 23 November 2026:
 *
 * - an extra sitting on 12 October 2026 (vice chair presiding, papers late):
 *   a connected-person approval, a standards-of-care review the ADM decides
 *   against (late), a connected person's first review left with the ADM, two
 *   deferred approvals (statutory checks) and a reg 25 extension approved;
 * - the main sitting on 23 November 2026 (chair presiding, papers on time): a
 *   mainstream approval, a resignation and a termination the ADM confirms
 *   after an IRM application;
 * - a cancelled and a future main sitting, and a sitting in March 2026 (the
 *   previous financial year) that must not count;
 * - a resignation recorded outside panel, complaints and feedback forms.
 */
export async function openReportScenario() {
  const clock = movableClock(new Date('2026-10-12T09:00:00'));
  const panel = await openPanelSitting({ clock });
  const { as, ids } = panel;
  panel.userFor(ids.chair, 'Margaret Ellis', ['chair'], CHAIR, 'chair-user');
  panel.userFor(ids.vice, 'David Okafor', ['chair'], VICE, 'vice-user');
  panel.userFor(null, 'Priya Shah', ['adm'], ADM, 'adm-user');
  panel.userFor(null, 'Nina Officer', ['nominated_officer'], OFFICER, 'officer-user');
  const peter = await as<{ id: string }>(
    'members:create',
    memberInput({ name: 'Peter Quinn', lastAppraisalDate: '2025-06-01', nextAppraisalDue: '2026-06-01' }),
  );
  const household = (overrides: Parameters<typeof householdInput>[0]) =>
    as<Household>('households:create', householdInput(overrides));
  const approve = async (h: Household) =>
    as<Household>('households:changeStatus', {
      id: h.id,
      version: h.version,
      status: 'approved',
      effectiveDate: '2024-05-01',
      approvalDate: '2024-05-01',
      terms: TERMS,
    });
  const kin = await household({
    reference: 'KIN-001',
    householdType: 'connected_person',
    temporaryApprovalDate: '2026-09-07',
  });
  const carers = await approve(await household({ reference: 'CAR-001' }));
  const kinReview = await approve(await household({ reference: 'KIN-002', householdType: 'connected_person' }));
  const deferredOne = await household({ reference: 'DEF-001' });
  const deferredTwo = await household({ reference: 'DEF-002' });
  const leaving = await approve(await household({ reference: 'OUT-001' }));
  await as('households:changeStatus', {
    id: leaving.id,
    version: leaving.version,
    status: 'resigned',
    effectiveDate: '2026-06-30',
    reason: 'Moving to an independent fostering agency',
  });

  // The extra sitting, held today (12 October 2026).
  let extra = await as<SittingDetail>('sittings:create', {
    kind: 'extra',
    date: '2026-10-12',
    startTime: '13:30',
    venue: 'County Hall',
  });
  const add = async (sittingId: string, householdId: string, itemType: string) =>
    as<SittingDetail>('items:add', {
      sittingId,
      householdId,
      itemType,
      durationMinutes: 30,
      ...(itemType === 'other_review' ? { reviewKind: 'standards_of_care' } : {}),
    });
  for (const [h, type] of [
    [kin, 'approval_connected_person'],
    [carers, 'other_review'],
    [kinReview, 'first_review'],
    [deferredOne, 'approval_mainstream'],
    [deferredTwo, 'approval_mainstream'],
    [kin, 'temporary_approval_extension'],
  ] as const) {
    extra = await add(extra.id, h.id, type);
  }
  const [kinApproval, review, firstReview, deferredByPanel, deferredBefore, extension] = extra.items.map((i) => i.id);
  if (!kinApproval || !review || !firstReview || !deferredByPanel || !deferredBefore || !extension) {
    throw new Error('Items missing');
  }
  for (const memberId of [ids.vice, ids.sw, ids.m1, ids.m2, peter.id]) {
    await as('sittings:recordAttendance', await attending(as, { sittingId: extra.id, memberId, status: 'present' }));
  }
  await as(
    'sittings:recordAttendance',
    await attending(as, { sittingId: extra.id, memberId: ids.chair, status: 'apologies' }),
  );
  extra = await as<SittingDetail>('sittings:get', { id: extra.id });
  await as('sittings:setRoles', { sittingId: extra.id, version: extra.version, presiderId: ids.vice });
  for (const person of [
    { kind: 'observer', name: 'Nia New', description: 'New staff member' },
    { kind: 'observer', name: 'Sam Student', description: 'Student social worker' },
  ]) {
    await as('sittings:addPerson', { sittingId: extra.id, ...person });
  }
  extra = await as<SittingDetail>('sittings:get', { id: extra.id });
  await as('items:changeOutcome', {
    id: deferredBefore,
    version: extra.items[4]?.version,
    action: 'defer',
    reason: 'Statutory  checks not back',
  });
  // The service's own recommendations in the papers (domain.md "Service's recommendation"): the panel departs from one.
  for (const [itemId, outcome] of [
    [kinApproval, 'suitable'],
    [review, 'revise_terms'],
  ] as const) {
    extra = await as<SittingDetail>('sittings:get', { id: extra.id });
    const version = extra.items.find((i) => i.id === itemId)?.version;
    await as('items:setServiceRecommendation', { id: itemId, version, outcome });
  }
  const record = async (itemId: string, outcome: string, reasons: string, more: Record<string, unknown> = {}) =>
    as('recommendations:record', await recommending(as, { itemId, outcome, reasons, ...UNANIMOUS, ...more }));
  await record(kinApproval, 'suitable', 'A safe home for AB with the grandparents.', { terms: CONNECTED_TERMS });
  await record(review, 'continue', 'Standards of care have improved.');
  await record(firstReview, 'remains_suitable_terms_unchanged', 'Caring well for AB.');
  await record(deferredByPanel, 'deferred', 'Not ready.', { outstanding: 'Statutory checks not back' });
  await record(extension, 'views_for', 'The viability assessment needs six more weeks.');
  await heldWithPapers(extra.id, '2026-10-08');
  let minutes = await as<MinutesView>('minutes:save', { sittingId: extra.id, version: 0, notes: {} });

  // Two days later the vice chair approves the minutes; they go to the ADM.
  clock.advance(2 * DAY);
  panel.wake();
  minutes = await as<MinutesView>(
    'minutes:approve',
    { sittingId: extra.id, versionNumber: minutes.versions[0]?.number },
    VICE,
  );
  await as('minutes:sendToAdm', {
    sittingId: extra.id,
    version: minutes.version,
    itemIds: [kinApproval, review, firstReview],
    admUserId: 'adm-user',
    sentDate: '2026-10-14',
  });
  await decide(kinApproval, { verdict: 'agree', decidedOn: '2026-10-14' });

  // 30 October: the review decided late (due 23 October); the extension approved.
  clock.advance(16 * DAY);
  panel.wake();
  await decide(review, {
    verdict: 'disagree',
    decisionCode: 'revise_terms',
    terms: REVISED_TERMS,
    carerAgreed: true,
    reasons: 'The carers asked to offer respite only.',
    decidedOn: '2026-10-30',
  });
  await as(
    'extensions:approve',
    { itemId: extension, newEndDate: '2027-02-01', decidedOn: '2026-10-30', iroToldOn: '2026-10-30' },
    OFFICER,
  );

  // 23 November: the main sitting.
  clock.advance(24 * DAY);
  panel.wake();
  let main = await add(panel.sitting.id, carers.id, 'termination');
  const [approvalItem, resignationItem, terminationItem] = main.items.map((i) => i.id);
  if (!approvalItem || !resignationItem || !terminationItem) throw new Error('Items missing');
  await as('sittings:addPerson', {
    sittingId: main.id,
    kind: 'observer',
    name: 'Olu Observer',
    description: 'Student social worker',
  });
  await as('recommendations:record', panel.approval(), CHAIR);
  await as('recommendations:record', panel.resignationNoted(), CHAIR);
  await as(
    'recommendations:record',
    await recommending(as, {
      itemId: terminationItem,
      outcome: 'terminate',
      reasons: 'Standards of care concerns remain.',
      ...UNANIMOUS,
    }),
    CHAIR,
  );
  main = await panel.markHeld();
  minutes = await as<MinutesView>('minutes:save', { sittingId: main.id, version: 0, notes: {} });
  minutes = await as<MinutesView>(
    'minutes:approve',
    { sittingId: main.id, versionNumber: minutes.versions[0]?.number },
    CHAIR,
  );
  await as('minutes:sendToAdm', {
    sittingId: main.id,
    version: minutes.version,
    itemIds: [approvalItem, terminationItem],
    admUserId: 'adm-user',
    sentDate: '2026-11-23',
  });
  await decide(approvalItem, { verdict: 'agree', decidedOn: '2026-11-23' });
  let view = await decide(terminationItem, { verdict: 'agree', decidedOn: '2026-11-23' });
  await as('settings:update', { version: await settingsVersion(as), irmContact: IRM_CONTACT });
  view = await as<DecisionCaseView>('decisions:recordLetterDate', {
    itemId: terminationItem,
    version: view.case.version,
    letterDate: '2026-11-23',
  });
  view = await as<DecisionCaseView>('decisions:recordRoute', {
    itemId: terminationItem,
    version: view.case.version,
    route: 'irm',
    receivedOn: '2026-11-23',
  });
  view = await as<DecisionCaseView>('decisions:recordIrmRecommendation', {
    itemId: terminationItem,
    version: view.case.version,
    recommendation: 'The IRM panel agrees approval should end.',
    receivedOn: '2026-11-23',
  });
  await as(
    'decisions:finalise',
    {
      itemId: terminationItem,
      version: view.case.version,
      decisionCode: 'terminate',
      reasons: 'Standards of care were not met.',
      decidedOn: '2026-11-23',
      endingReason: 'standard_of_care',
      irmConsidered: true,
      irmDeparts: false,
    },
    ADM,
  );
  await as('resignations:note', { itemId: resignationItem, noticeReceivedOn: '2026-11-02', reason: 'retirement' });

  // Sittings that are cancelled, still to come, or in the previous financial year.
  const cancelled = await as<SittingDetail>('sittings:create', {
    kind: 'main',
    date: '2026-12-07',
    startTime: '09:30',
    venue: 'County Hall',
  });
  await as('sittings:cancel', { id: cancelled.id, version: cancelled.version, reason: 'Not enough business' });
  await as('sittings:create', { kind: 'main', date: '2027-01-11', startTime: '09:30', venue: 'County Hall' });
  const before = await as<SittingDetail>('sittings:create', {
    kind: 'main',
    date: '2026-03-16',
    startTime: '09:30',
    venue: 'County Hall',
    confirmPast: true,
  });
  await as('sittings:addPerson', { sittingId: before.id, kind: 'observer', name: 'Earlier Observer' });

  // Complaints and feedback forms (their screens come later: written straight to the store).
  const db = panel.backend.store.db;
  const at = clock.now().toISOString();
  const complaint = (
    id: string,
    receivedOn: string,
    source: 'applicant' | 'social_worker' | 'other',
    closedOn: string | null,
  ) =>
    db
      .insert(complaints)
      .values({ id, receivedOn, source, summary: 'About panel', closedOn, createdAt: at, updatedAt: at })
      .run();
  complaint('c1', '2026-05-01', 'applicant', '2026-06-01');
  complaint('c2', '2026-07-01', 'social_worker', '2026-07-20');
  complaint('c3', '2026-11-01', 'social_worker', null);
  complaint('c4', '2026-03-01', 'other', null);
  const form = (id: string, sittingId: string, fromKind: 'applicant' | 'social_worker' | 'carer', rating: number) =>
    db.insert(feedbackForms).values({ id, receivedOn: '2026-11-23', fromKind, sittingId, rating, createdAt: at }).run();
  form('f1', main.id, 'applicant', 4);
  form('f2', main.id, 'applicant', 5);
  form('f3', main.id, 'social_worker', 3);
  form('f4', before.id, 'carer', 1);

  async function heldWithPapers(sittingId: string, papersSentDate: string): Promise<void> {
    let current = await as<SittingDetail>('sittings:get', { id: sittingId });
    for (const status of ['papers_sent', 'held']) {
      current = await as<SittingDetail>('sittings:progress', {
        id: sittingId,
        version: current.version,
        status,
        papersSentDate,
      });
    }
  }
  async function decide(itemId: string, decision: Record<string, unknown>): Promise<DecisionCaseView> {
    const current = await as<DecisionCaseView>('decisions:get', { itemId }, ADM);
    return as<DecisionCaseView>('decisions:decide', { itemId, version: current.case.version, ...decision }, ADM);
  }

  const report = (input: { from?: string; to?: string } = {}) => as<AnnualReport>('reports:annual', input);
  return {
    panel,
    clock,
    report,
    households: { kin, carers, kinReview, leaving, first: panel.household },
    sittings: { main: main.id, extra: extra.id, cancelled: cancelled.id, before: before.id },
    chair: CHAIR,
    adm: ADM,
  };
}
export type ReportScenario = Awaited<ReturnType<typeof openReportScenario>>;
