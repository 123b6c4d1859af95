import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DecisionCaseView, DecisionQueue, ExtensionView, ResignationView } from '../../shared/schemas/decision';
import type { Household } from '../../shared/schemas/household';
import type { MinutesView } from '../../shared/schemas/minutes';
import type { SittingDetail } from '../../shared/schemas/sitting-views';
import { movableClock } from '../factories/clock';
import { householdInput } from '../factories/households';
import { openPanelSitting, TERMS, windowSender, type PanelSitting } from '../factories/panel-sitting';
import { IRM_CONTACT } from '../factories/letter-views';
import { attending, recommending, settingsVersion } from '../factories/versions';

const CHAIR = windowSender(31);
const ADM = windowSender(32);
const OFFICER = windowSender(33);
const DAY = 24 * 60 * 60 * 1000;

describe('ADM decisions, qualifying determinations, extensions and the register', () => {
  let panel: PanelSitting;
  let clock: ReturnType<typeof movableClock>;
  let approvalItem: string;
  let terminationItem: string;
  let extensionItem: string;
  let resignationItem: string;
  let carers: Household;

  const decision = (itemId: string, sender = ADM) => panel.as<DecisionCaseView>('decisions:get', { itemId }, sender);

  beforeEach(async () => {
    clock = movableClock();
    panel = await openPanelSitting({ clock });
    panel.userFor(panel.ids.chair, 'Margaret Ellis', ['chair'], CHAIR, 'chair-user');
    panel.userFor(null, 'Priya Shah', ['adm'], ADM, 'adm-user');
    panel.userFor(null, 'Nina Officer', ['nominated_officer'], OFFICER, 'officer-user');
    const sittingId = panel.sitting.id;
    carers = await panel.approvedCarers('Mr and Mrs Approved');
    const kin = await panel.as<Household>(
      'households:create',
      householdInput({ householdType: 'connected_person', temporaryApprovalDate: '2026-09-07' }),
    );
    let sitting = await panel.as<SittingDetail>('items:add', {
      sittingId,
      householdId: carers.id,
      itemType: 'termination',
      durationMinutes: 30,
    });
    sitting = await panel.as<SittingDetail>('items:add', {
      sittingId,
      householdId: kin.id,
      itemType: 'temporary_approval_extension',
      durationMinutes: 20,
    });
    [approvalItem, resignationItem, terminationItem, extensionItem] = sitting.items.map((i) => i.id) as [
      string,
      string,
      string,
      string,
    ];
    const unanimous = { unanimous: true, votesFor: 0, votesAgainst: 0, votesAbstaining: 0, dissent: [] };
    await panel.as('recommendations:record', panel.approval(), CHAIR);
    await panel.as('recommendations:record', panel.resignationNoted(), CHAIR);
    await panel.as(
      'recommendations:record',
      await recommending(panel.as, {
        itemId: terminationItem,
        outcome: 'do_not_terminate',
        reasons: 'Standards have improved.',
        ...unanimous,
      }),
      CHAIR,
    );
    await panel.as(
      'recommendations:record',
      await recommending(panel.as, {
        itemId: extensionItem,
        outcome: 'views_for',
        reasons: 'The viability assessment needs 6 more weeks.',
        ...unanimous,
      }),
      CHAIR,
    );
    await panel.markHeld();
    const saved = await panel.as<MinutesView>('minutes:save', { sittingId, version: 0, notes: {} });
    const approved = await panel.as<MinutesView>(
      'minutes:approve',
      { sittingId, versionNumber: saved.versions[0]?.number },
      CHAIR,
    );
    await panel.as('minutes:sendToAdm', {
      sittingId,
      version: approved.version,
      itemIds: [approvalItem, terminationItem],
      admUserId: 'adm-user',
      sentDate: '2026-11-23',
    });
  });
  afterEach(() => panel.backend.dispose());

  it('queues referred items by due date, 7 working days after the minutes arrived, marking the overdue', async () => {
    let queue = await panel.as<DecisionQueue>('decisions:queue', { mine: true }, ADM);
    expect(queue.waiting.map((e) => [e.itemId, e.decisionDue, e.overdue])).toEqual([
      [approvalItem, '2026-12-02', false],
      [terminationItem, '2026-12-02', false],
    ]);
    clock.advance(10 * DAY);
    panel.wake();
    queue = await panel.as<DecisionQueue>('decisions:queue', {}, ADM);
    expect(queue.waiting.every((e) => e.overdue)).toBe(true);
    expect((await decision(approvalItem)).case.overdue).toBe(true);
  });

  it('agreeing with an approval approves the household with the terms; its first review falls due', async () => {
    const view = await decision(approvalItem);
    expect(view).toMatchObject({ agreeingCode: 'approve', cannotDecide: null });
    expect(view.minutesItem?.recommendation?.reasons).toBe('A thorough assessment; strong support network.');
    const decided = await panel.as<DecisionCaseView>(
      'decisions:decide',
      { itemId: approvalItem, version: view.case.version, verdict: 'agree', decidedOn: '2026-11-23' },
      ADM,
    );
    expect(decided.case).toMatchObject({
      state: 'decided',
      decision: { verdict: 'agree', code: 'approve', terms: TERMS, decidedByName: 'Priya Shah' },
      letters: ['letter-decision-record', 'letter-approval'],
    });
    expect(decided.household).toMatchObject({
      status: 'approved',
      approvalDate: '2026-11-23',
      terms: TERMS,
      firstReviewDue: '2027-11-22',
    });
    const household = await panel.as<Household>('households:get', { id: panel.household.id });
    expect(household.history[0]?.reason).toContain('ADM decision on 23 November 2026: Approve as a foster carer');
    expect(
      await panel.refused(
        'decisions:decide',
        { itemId: approvalItem, version: decided.case.version, verdict: 'agree', decidedOn: '2026-11-23' },
        ADM,
      ),
    ).toMatchObject({ message: 'This item has already been decided.' });
  });

  it('refuses an ADM who sat as a member on the item, or to whom it is not assigned', async () => {
    const memberAdm = windowSender(34);
    panel.userFor(panel.ids.m1, 'Aisha Rahman', ['adm'], memberAdm, 'member-adm');
    const view = await decision(approvalItem, memberAdm);
    expect(view.cannotDecide).toBe('This item is assigned to Priya Shah.');
    panel.backend.store.sqlite
      .prepare(`UPDATE agenda_items SET deciding_adm_user_id = 'member-adm' WHERE id = ?`)
      .run(approvalItem);
    expect(
      await panel.refused(
        'decisions:decide',
        { itemId: approvalItem, version: view.case.version, verdict: 'agree', decidedOn: '2026-11-23' },
        memberAdm,
      ),
    ).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('sat as a member') });
  });

  it('asks for more information: the item waits, the administrator sees the request and records its arrival', async () => {
    let view = await decision(approvalItem);
    view = await panel.as<DecisionCaseView>(
      'decisions:requestInformation',
      {
        itemId: approvalItem,
        version: view.case.version,
        what: 'The updated medical',
        from: 'Sam Social',
        requestedOn: '2026-11-23',
      },
      ADM,
    );
    expect(view.case).toMatchObject({ state: 'information_requested', information: { what: 'The updated medical' } });
    const queue = await panel.as<DecisionQueue>('decisions:queue', {});
    expect(queue.waiting.find((e) => e.itemId === approvalItem)?.stateLabel).toBe('More information requested');
    view = await panel.as<DecisionCaseView>('decisions:informationReceived', {
      itemId: approvalItem,
      version: view.case.version,
      receivedOn: '2026-11-23',
    });
    expect(view.case.state).toBe('awaiting');
  });

  /** The ADM disagrees with "do not terminate": a qualifying determination. */
  async function determination(): Promise<DecisionCaseView> {
    const view = await decision(terminationItem);
    const attempt = (overrides: Record<string, unknown>) => ({
      itemId: terminationItem,
      version: view.case.version,
      verdict: 'disagree',
      decisionCode: 'terminate',
      reasons: 'Repeated failures to safeguard.',
      decidedOn: '2026-11-23',
      ...overrides,
    });
    expect(await panel.refused('decisions:decide', attempt({ reasons: '' }), ADM)).toMatchObject({
      fieldErrors: { reasons: 'Give your reasons for disagreeing with the panel' },
    });
    expect(await panel.refused('decisions:decide', attempt({ decisionCode: 'do_not_terminate' }), ADM)).toMatchObject({
      fieldErrors: { decisionCode: expect.stringContaining('what the panel recommended') },
    });
    const decided = await panel.as<DecisionCaseView>('decisions:decide', attempt({}), ADM);
    expect(decided.case).toMatchObject({
      state: 'qualifying',
      finalDecisionBlocked: 'Record the date of the qualifying determination letter first.',
      letters: ['letter-decision-record', 'letter-qualifying-determination'],
    });
    expect(decided.household.status).toBe('approved');
    const dating = { itemId: terminationItem, version: decided.case.version, letterDate: '2026-11-23' };
    // Dating the letter opens the 28 days: refused while the letter cannot give the IRM's details.
    expect(await panel.refused('decisions:recordLetterDate', dating)).toMatchObject({
      code: 'RULE_VIOLATION',
      message: expect.stringMatching(/^The letter cannot be dated yet: .* An administrator enters them in Settings/),
    });
    await panel.as('settings:update', { version: await settingsVersion(panel.as), irmContact: IRM_CONTACT });
    return panel.as<DecisionCaseView>('decisions:recordLetterDate', dating);
  }

  it('confirms a qualifying determination once 28 days pass with nothing received', async () => {
    const view = await determination();
    expect(view.case).toMatchObject({ letterDate: '2026-11-23', windowEnds: '2026-12-21' });
    expect(view.case.finalDecisionBlocked).toContain('window ends on 21 December 2026');
    const queue = await panel.as<DecisionQueue>('decisions:queue', {}, ADM);
    expect(queue.determinations.map((e) => e.windowEnds)).toEqual(['2026-12-21']);
    const final = {
      itemId: terminationItem,
      version: view.case.version,
      decisionCode: 'terminate',
      reasons: 'Nothing was received within 28 days; the determination stands.',
      decidedOn: '2026-12-22',
    };
    expect(await panel.refused('decisions:finalise', final, ADM)).toMatchObject({ code: 'RULE_VIOLATION' });
    clock.advance(29 * DAY);
    panel.wake();
    const closed = await panel.as<DecisionCaseView>('decisions:finalise', final, ADM);
    expect(closed.case).toMatchObject({
      state: 'final',
      approvalEnds: '2026-12-22',
      finalDecision: { code: 'terminate' },
      letters: ['letter-decision-record', 'letter-termination', 'letter-final-decision'],
    });
    expect(closed.household.status).toBe('terminated');
  });

  it('takes one route only: an IRM application sets the papers deadline, and its recommendation allows the final decision', async () => {
    let view = await determination();
    view = await panel.as<DecisionCaseView>('decisions:recordRoute', {
      itemId: terminationItem,
      version: view.case.version,
      route: 'irm',
      receivedOn: '2026-11-23',
    });
    expect(view.case).toMatchObject({ route: 'irm', irmPapersDue: '2026-12-07' });
    expect(
      await panel.refused('decisions:recordRoute', {
        itemId: terminationItem,
        version: view.case.version,
        route: 'representations',
        receivedOn: '2026-11-23',
      }),
    ).toMatchObject({ message: expect.stringContaining('one route only, not both') });
    expect(view.case.finalDecisionBlocked).toBe('Record the IRM panel’s recommendation first.');
    view = await panel.as<DecisionCaseView>('decisions:recordIrmRecommendation', {
      itemId: terminationItem,
      version: view.case.version,
      recommendation: 'The IRM panel recommends that approval continues.',
      receivedOn: '2026-11-23',
    });
    const final = {
      itemId: terminationItem,
      version: view.case.version,
      decisionCode: 'terminate',
      reasons: 'The standard of care has not improved since the review.',
      decidedOn: '2026-11-23',
    };
    // The ADM must say they considered the IRM panel's recommendation, whether they follow it, and if not why not.
    expect(await panel.refused('decisions:finalise', final, ADM)).toMatchObject({
      code: 'VALIDATION_FAILED',
      fieldErrors: { irmConsidered: 'Confirm that you have considered the IRM panel’s recommendation' },
    });
    expect(await panel.refused('decisions:finalise', { ...final, irmConsidered: true }, ADM)).toMatchObject({
      fieldErrors: {
        irmDeparts: 'Say whether your final decision follows the IRM panel’s recommendation or departs from it',
      },
    });
    expect(
      await panel.refused('decisions:finalise', { ...final, irmConsidered: true, irmDeparts: true }, ADM),
    ).toMatchObject({
      fieldErrors: { irmDepartureReasons: 'Give your reasons for departing from the IRM panel’s recommendation' },
    });
    expect((await panel.as<DecisionCaseView>('decisions:get', { itemId: terminationItem })).case.state).toBe(
      'qualifying',
    );
    const closed = await panel.as<DecisionCaseView>(
      'decisions:finalise',
      {
        ...final,
        irmConsidered: true,
        irmDeparts: true,
        irmDepartureReasons: 'The IRM panel did not have the latest unannounced visit report.',
      },
      ADM,
    );
    expect(closed.case.state).toBe('final');
    expect(closed.case.irmConsideration).toEqual({
      departs: true,
      departureReasons: 'The IRM panel did not have the latest unannounced visit report.',
    });
  });

  it('routes representations back to panel as a fresh item; its recommendation allows the final decision', async () => {
    let view = await determination();
    const later = await panel.as<SittingDetail>('sittings:create', {
      kind: 'extra',
      date: '2026-12-08',
      startTime: '10:00',
      venue: 'County Hall',
    });
    expect(
      await panel.refused('decisions:recordRoute', {
        itemId: terminationItem,
        version: view.case.version,
        route: 'representations',
        receivedOn: '2026-11-23',
        sittingId: panel.sitting.id,
      }),
    ).toMatchObject({ fieldErrors: { sittingId: expect.any(String) } });
    view = await panel.as<DecisionCaseView>('decisions:recordRoute', {
      itemId: terminationItem,
      version: view.case.version,
      route: 'representations',
      receivedOn: '2026-11-23',
      sittingId: later.id,
    });
    const hearing = await panel.as<SittingDetail>('sittings:get', { id: later.id });
    const repsItem = hearing.items.find((i) => i.itemType === 'representations');
    expect(repsItem?.household?.id).toBe(carers.id);
    expect(view.case.representationsItem).toEqual({
      itemId: repsItem?.id,
      sittingId: later.id,
      sittingDate: '2026-12-08',
    });
    expect(view.case.finalDecisionBlocked).toContain('fresh recommendation');
    for (const memberId of Object.values(panel.ids)) {
      await panel.as(
        'sittings:recordAttendance',
        await attending(panel.as, { sittingId: later.id, memberId, status: 'present' }),
      );
    }
    const withRoles = await panel.as<SittingDetail>('sittings:get', { id: later.id });
    await panel.as('sittings:setRoles', {
      sittingId: later.id,
      version: withRoles.version,
      presiderId: panel.ids.chair,
    });
    await panel.as(
      'recommendations:record',
      await recommending(panel.as, {
        itemId: repsItem?.id,
        outcome: 'original_stands',
        reasons: 'The representations do not change the panel’s view.',
        unanimous: true,
        votesFor: 0,
        votesAgainst: 0,
        votesAbstaining: 0,
        dissent: [],
      }),
    );
    view = await decision(terminationItem);
    expect(view.case.finalDecisionBlocked).toBeNull();
    expect(view.case.representationsRecommendation).toContain('original recommendation stands');
    const queue = await panel.as<DecisionQueue>('decisions:queue', {}, ADM);
    expect(queue.waiting.find((e) => e.itemId === terminationItem)?.readyForFinalDecision).toBe(true);
  });

  it('extends a temporary approval once, by at most 8 weeks, with the IRO told', async () => {
    let view = await panel.as<ExtensionView>('extensions:get', { itemId: extensionItem }, OFFICER);
    expect(view).toMatchObject({ originalEnd: '2026-12-27', latestEnd: '2027-02-21', blocked: null });
    const approve = (newEndDate: string) =>
      ({ itemId: extensionItem, newEndDate, decidedOn: '2026-11-23', iroToldOn: '2026-11-23' }) as const;
    expect(await panel.refused('extensions:approve', approve('2027-02-22'), OFFICER)).toMatchObject({
      fieldErrors: { newEndDate: 'An extension can be at most 8 weeks: the latest end date is 21 February 2027' },
    });
    expect(await panel.refused('extensions:approve', approve('2027-02-21'))).toMatchObject({ code: 'FORBIDDEN' });
    view = await panel.as<ExtensionView>('extensions:approve', approve('2027-02-21'), OFFICER);
    expect(view.extension).toMatchObject({
      previousEnd: '2026-12-27',
      newEnd: '2027-02-21',
      decidedByName: 'Nina Officer',
    });
    expect(await panel.refused('extensions:approve', approve('2027-01-10'), OFFICER)).toMatchObject({
      code: 'RULE_VIOLATION',
      message: expect.stringContaining('already extended once'),
    });
  });

  it('records a resignation: approval ends 28 days after the notice was received', async () => {
    const view = await panel.as<ResignationView>('resignations:note', {
      itemId: resignationItem,
      noticeReceivedOn: '2026-11-20',
    });
    expect(view).toMatchObject({ noticeReceivedOn: '2026-11-20', approvalEnds: '2026-12-18' });
    expect(view.household.status).toBe('resigned');
    expect(
      await panel.refused('resignations:note', { itemId: resignationItem, noticeReceivedOn: '2026-11-20' }),
    ).toMatchObject({ message: expect.stringContaining('already recorded') });
  });

  it('keeps every issued document byte for byte in a searchable register and can produce it again', async () => {
    // Main issues a letter only once the decision calls for it.
    const waiting = await decision(approvalItem);
    expect(waiting.case.letters).toEqual([]);
    expect(
      await panel.refused('documents:issue', { kind: 'letter-decision-record', subjectId: approvalItem }),
    ).toMatchObject({ code: 'RULE_VIOLATION', message: 'This decision does not call for the ADM decision record.' });
    const view = await panel.as<DecisionCaseView>(
      'decisions:decide',
      { itemId: approvalItem, version: waiting.case.version, verdict: 'agree', decidedOn: '2026-11-23' },
      ADM,
    );
    expect(view.case.letters).toContain('letter-decision-record');
    const saved = await panel.as<{ path: string; documentId: string; sha256: string }>('documents:issue', {
      kind: 'letter-decision-record',
      subjectId: approvalItem,
    });
    // Main built it, wrote it and registered those exact bytes.
    expect(saved.sha256).toBe(createHash('sha256').update(readFileSync(saved.path)).digest('hex'));
    expect(saved.path).toMatch(
      new RegExp(`ADM-decision-record-${view.household.reference}-\\d{4}-\\d{2}-\\d{2}\\.docx$`),
    );
    const register = await panel.as<{ documents: { id: string; kindLabel: string }[]; total: number }>(
      'documents:register',
      { search: panel.household.reference },
    );
    expect(register).toMatchObject({
      documents: [{ id: saved.documentId, kindLabel: 'ADM decision record' }],
      total: 1,
    });
    expect(await panel.as('documents:register', { search: 'no such thing' })).toMatchObject({
      documents: [],
      total: 0,
    });
    const again = await panel.as<{ path: string; sha256: string }>('documents:reissue', { id: saved.documentId });
    expect(createHash('sha256').update(readFileSync(again.path)).digest('hex')).toBe(saved.sha256);
    expect(() => panel.backend.store.sqlite.prepare(`DELETE FROM issued_documents`).run()).toThrow(/cannot be deleted/);
  });
});
