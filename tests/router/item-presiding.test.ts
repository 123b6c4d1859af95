import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AnnualReport } from '../../shared/schemas/report';
import type { SittingDetail } from '../../shared/schemas/sitting-views';
import { databaseSnapshot } from '../factories/backend';
import { memberInput } from '../factories/members';
import { openPanelSitting, windowSender, type PanelSitting } from '../factories/panel-sitting';
import { attending, settingsVersion } from '../factories/versions';

const VICE_WINDOW = windowSender(21);
const CHAIR_WINDOW = windowSender(22);

/**
 * A vice chair takes the chair for one item (domain.md, Quorum rule 2): the
 * sitting of six present members, Margaret Ellis (chair) presiding, who
 * withdraws from the approval item with a conflict of interest.
 */
describe('who presides each item', () => {
  let panel: PanelSitting;
  let as: PanelSitting['as'];
  let refused: PanelSitting['refused'];
  let ids: PanelSitting['ids'];
  let sitting: SittingDetail;
  let sixth: string;
  const approvalItem = () => sitting.items[0];
  const resignationItem = () => sitting.items[1];

  beforeEach(async () => {
    panel = await openPanelSitting();
    ({ as, refused, ids, sitting } = panel);
    sixth = (await as<{ id: string }>('members:create', memberInput({ name: 'Ruth Agyei' }))).id;
    sitting = await as<SittingDetail>(
      'sittings:recordAttendance',
      await attending(as, {
        sittingId: sitting.id,
        memberId: sixth,
        status: 'present',
      }),
    );
    sitting = await as<SittingDetail>('items:declare', {
      itemId: approvalItem()?.id,
      memberId: ids.chair,
      interest: 'Knows the applicants through her church',
      withdrew: true,
    });
  });
  afterEach(() => panel.backend.dispose());

  const setPresider = (presiderId: string | null, item = approvalItem()) =>
    as<SittingDetail>('items:setPresider', { id: item?.id, version: item?.version, presiderId });

  it('says in words that the chair has withdrawn and nobody presides, and refuses the recommendation', async () => {
    const item = approvalItem();
    expect(item?.quorum.quorate).toBe(false);
    expect(item?.quorum.failures).toContainEqual({
      rule: 'PRESIDER',
      message:
        'Margaret Ellis, presiding at this sitting, had withdrawn from this item. Record the chair or a vice chair who presides this item.',
    });
    expect(item?.presiding).toMatchObject({ presiderId: null, problem: expect.stringContaining('had withdrawn') });
    // The resignation, where she has no interest, is hers as before.
    expect(resignationItem()?.presiding).toMatchObject({ presiderId: ids.chair, note: null, problem: null });
    expect(resignationItem()?.quorum.quorate).toBe(true);

    const before = databaseSnapshot(panel.backend);
    expect(await refused('recommendations:record', panel.approval({ dissent: [] }))).toMatchObject({
      code: 'RULE_VIOLATION',
      message: expect.stringContaining('Margaret Ellis, presiding at this sitting, had withdrawn from this item'),
    });
    expect(databaseSnapshot(panel.backend)).toBe(before);
  });

  it('counts quorum with the vice chair presiding the item, who records the recommendation as its presider', async () => {
    sitting = await setPresider(ids.vice);
    const item = approvalItem();
    expect(item?.quorum).toEqual({ quorate: true, membersCounted: 5, failures: [] });
    expect(item?.presiding).toEqual({
      itemPresiderId: ids.vice,
      presiderId: ids.vice,
      presiderName: 'David Okafor',
      presiderRole: 'vice_chair',
      note: 'Presided by David Okafor (vice chair) for this item; the chair had withdrawn.',
      problem: null,
    });
    expect(item?.history.at(-1)).toMatchObject({
      action: 'Presider for this item',
      detail: 'David Okafor (vice chair) presides this item',
    });

    panel.userFor(ids.chair, 'Margaret Ellis', ['chair'], CHAIR_WINDOW, 'chair-user');
    panel.userFor(ids.vice, 'David Okafor', ['chair'], VICE_WINDOW, 'vice-user');
    // The chair withdrew from this item: she may not record its recommendation.
    expect(await refused('recommendations:record', panel.approval({ dissent: [] }), CHAIR_WINDOW)).toMatchObject({
      code: 'FORBIDDEN',
    });
    const saved = await as<Record<string, unknown>>(
      'recommendations:record',
      panel.approval({ dissent: [] }),
      VICE_WINDOW,
    );
    expect(saved).toMatchObject({ recordedByName: 'David Okafor', onBehalfOf: null, presidedByName: 'David Okafor' });

    // The administrator records the resignation for its presider, the chair.
    const noted = await as<Record<string, unknown>>('recommendations:record', panel.resignationNoted());
    expect(noted).toMatchObject({ onBehalfOf: 'Margaret Ellis', presidedByName: 'Margaret Ellis' });
  });

  it('records the administrator’s recommendation on behalf of the item’s presider', async () => {
    sitting = await setPresider(ids.vice);
    const saved = await as<Record<string, unknown>>('recommendations:record', panel.approval({ dissent: [] }));
    expect(saved).toMatchObject({ onBehalfOf: 'David Okafor', presidedByName: 'David Okafor' });
  });

  it('judges rule 4 (independence) with the item’s presider', async () => {
    // Only the chair is independent: with her withdrawn, a vice chair who is not needs another independent member.
    panel.backend.store.sqlite
      .prepare(`UPDATE members SET independent = CASE WHEN id = ? THEN 1 ELSE 0 END`)
      .run(ids.chair);
    sitting = await setPresider(ids.vice);
    expect(approvalItem()?.quorum.failures).toEqual([
      {
        rule: 'OTHER_INDEPENDENT',
        message:
          'David Okafor is not independent of the service, so another independent member must be present; none is.',
      },
    ]);
  });

  it('follows a chair who arrived late: the vice chair presides the items before', async () => {
    sitting = await as<SittingDetail>('items:removeDeclaration', { itemId: approvalItem()?.id, memberId: ids.chair });
    sitting = await as<SittingDetail>(
      'sittings:recordAttendance',
      await attending(as, {
        sittingId: sitting.id,
        memberId: ids.chair,
        status: 'present',
        arrivedBeforeItemId: resignationItem()?.id,
      }),
    );
    expect(approvalItem()?.presiding.problem).toBe(
      'Margaret Ellis, presiding at this sitting, had not yet arrived for this item. Record the chair or a vice chair who presides this item.',
    );
    sitting = await setPresider(ids.vice);
    expect(approvalItem()?.presiding.note).toBe(
      'Presided by David Okafor (vice chair) for this item; the chair had not yet arrived.',
    );
    expect(approvalItem()?.quorum.quorate).toBe(true);
  });

  it('refuses a presider who is not the chair or a vice chair, not present, or conflicted', async () => {
    const item = approvalItem();
    const attempt = (presiderId: string) =>
      refused('items:setPresider', { id: item?.id, version: item?.version, presiderId });
    expect(await attempt(ids.m1)).toMatchObject({
      code: 'VALIDATION_FAILED',
      fieldErrors: { presiderId: 'Choose the chair or a vice chair on the central list who is at this sitting' },
    });
    sitting = await as<SittingDetail>('items:declare', {
      itemId: item?.id,
      memberId: ids.vice,
      interest: 'Supervised the assessing social worker',
      withdrew: false,
    });
    const declared = approvalItem();
    expect(
      await refused('items:setPresider', { id: declared?.id, version: declared?.version, presiderId: ids.vice }),
    ).toMatchObject({
      fieldErrors: { presiderId: 'David Okafor declared an interest in this item, so cannot preside it.' },
    });
    sitting = await as<SittingDetail>('items:removeDeclaration', { itemId: item?.id, memberId: ids.vice });
    sitting = await as<SittingDetail>(
      'sittings:recordAttendance',
      await attending(as, {
        sittingId: sitting.id,
        memberId: ids.vice,
        status: 'apologies',
      }),
    );
    const later = approvalItem();
    expect(
      await refused('items:setPresider', { id: later?.id, version: later?.version, presiderId: ids.vice }),
    ).toMatchObject({
      fieldErrors: { presiderId: 'David Okafor was not present for this item, so cannot preside it.' },
    });
  });

  it('refuses a change of presider once the recommendation is recorded', async () => {
    sitting = await setPresider(ids.vice);
    await as('recommendations:record', panel.approval({ dissent: [] }));
    sitting = await as<SittingDetail>('sittings:get', { id: sitting.id });
    expect(
      await refused('items:setPresider', {
        id: approvalItem()?.id,
        version: approvalItem()?.version,
        presiderId: null,
      }),
    ).toMatchObject({
      code: 'RULE_VIOLATION',
      message: 'The panel’s recommendation on this item is recorded, so who presides it can no longer change.',
    });
  });
});

describe('the service’s own recommendation', () => {
  let panel: PanelSitting;
  let as: PanelSitting['as'];
  let refused: PanelSitting['refused'];
  let sitting: SittingDetail;
  beforeEach(async () => {
    panel = await openPanelSitting();
    ({ as, refused, sitting } = panel);
  });
  afterEach(() => panel.backend.dispose());

  const setService = (index: number, outcome: string | null, reasons: string | null = null) => {
    const item = sitting.items[index];
    return { id: item?.id, version: item?.version, outcome, reasons };
  };

  it('is recorded with the papers, shown on the item, and settled once the panel recommends', async () => {
    sitting = await as<SittingDetail>(
      'items:setServiceRecommendation',
      setService(0, 'not_suitable', 'References raise concerns about the applicants’ own support.'),
    );
    expect(sitting.items[0]?.serviceRecommendation).toEqual({
      outcome: 'not_suitable',
      outcomeLabel: 'Not suitable to be approved',
      reasons: 'References raise concerns about the applicants’ own support.',
    });
    expect(sitting.items[0]?.history.at(-1)).toMatchObject({
      action: 'Service’s recommendation',
      detail: 'Not suitable to be approved',
    });
    expect(sitting.items[1]?.serviceRecommendation).toBeNull();

    await as('recommendations:record', panel.approval());
    sitting = await as<SittingDetail>('sittings:get', { id: sitting.id });
    expect(await refused('items:setServiceRecommendation', setService(0, 'suitable'))).toMatchObject({
      code: 'RULE_VIOLATION',
      message:
        'The panel’s recommendation on this item is recorded, so the service’s recommendation can no longer change.',
    });
  });

  it('offers only the item type’s outcomes, never a deferral', async () => {
    for (const outcome of ['deferred', 'noted', 'continue']) {
      expect(await refused('items:setServiceRecommendation', setService(0, outcome))).toMatchObject({
        code: 'VALIDATION_FAILED',
        fieldErrors: { outcome: expect.stringContaining('Choose one of the recommendations for this kind of item') },
      });
    }
    expect(await refused('items:setServiceRecommendation', setService(0, null, 'Reasons alone'))).toMatchObject({
      fieldErrors: { outcome: 'Choose what the service recommends before giving its reasons' },
    });
  });

  it('is not counted for a case sent straight to the ADM: no panel disagreed with that service', async () => {
    const ADM = windowSender(23);
    panel.userFor(null, 'Priya Shah', ['adm'], ADM, 'adm-user');
    const carers = await panel.approvedCarers('Mr and Mrs Kindly');
    await as('settings:update', { version: await settingsVersion(as), directToAdm: ['exemption'] });
    const sent = await as<{ case: { itemId: string } }>('decisions:referDirect', {
      householdId: carers.id,
      itemType: 'exemption',
      reportDate: '2026-11-20',
      presentedBy: 'Sam Social',
      outcome: 'recommend_exemption',
      reasons: 'A sibling group of three.',
      exemption: { children: ['AB', 'CD', 'EF', 'GH'], conditions: null },
      admUserId: 'adm-user',
      sentDate: '2026-11-23',
    });
    const view = await as<{ case: { version: number } }>('decisions:get', { itemId: sent.case.itemId }, ADM);
    await as(
      'decisions:decide',
      {
        itemId: sent.case.itemId,
        version: view.case.version,
        verdict: 'disagree',
        decisionCode: 'refuse_exemption',
        reasons: 'The home is too small.',
        decidedOn: '2026-11-23',
      },
      ADM,
    );
    const report = await as<AnnualReport>('reports:annual', {});
    expect(report.serviceDisagreements).toEqual([]);
  });

  it('is counted in the annual report where the panel disagreed with it, by type of item', async () => {
    sitting = await as<SittingDetail>('items:setServiceRecommendation', setService(0, 'not_suitable'));
    sitting = await as<SittingDetail>('items:setServiceRecommendation', setService(1, 'noted'));
    await as('recommendations:record', panel.approval());
    await as('recommendations:record', panel.resignationNoted());
    const report = await as<AnnualReport>('reports:annual', {});
    expect(report.serviceDisagreements).toEqual([
      {
        itemType: 'approval_mainstream',
        label: 'Approval (mainstream)',
        heard: 1,
        withServiceRecommendation: 1,
        agreed: 0,
        disagreed: 1,
      },
      {
        itemType: 'resignation',
        label: 'Resignation (for noting)',
        heard: 1,
        withServiceRecommendation: 1,
        agreed: 1,
        disagreed: 0,
      },
    ]);
  });
});
