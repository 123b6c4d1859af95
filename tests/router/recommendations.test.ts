import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SittingDetail } from '../../shared/schemas/sitting-views';
import { databaseSnapshot } from '../factories/backend';
import { openPanelSitting, TERMS, windowSender, type PanelSitting } from '../factories/panel-sitting';
import { recommending } from '../factories/versions';

const CHAIR_WINDOW = windowSender(11);

describe('recording the panel’s recommendation', () => {
  let panel: PanelSitting;
  let backend: PanelSitting['backend'];
  let ids: PanelSitting['ids'];
  let sitting: SittingDetail;
  let as: PanelSitting['as'];
  let refused: PanelSitting['refused'];
  let userFor: PanelSitting['userFor'];
  let approval: PanelSitting['approval'];

  beforeEach(async () => {
    panel = await openPanelSitting();
    ({ backend, ids, sitting, as, refused, userFor, approval } = panel);
  });
  afterEach(() => backend.dispose());

  it('is recorded by the presiding chair, with terms, votes, dissent and report feedback', async () => {
    userFor(ids.chair, 'Margaret Ellis', ['chair'], CHAIR_WINDOW, 'chair-user');
    const saved = await as<Record<string, unknown>>('recommendations:record', approval(), CHAIR_WINDOW);
    expect(saved).toMatchObject({
      outcome: 'suitable',
      outcomeLabel: 'Suitable to be approved',
      terms: TERMS,
      votesFor: 4,
      dissent: [{ name: 'Aisha Rahman', view: expect.any(String) }],
      recordedByName: 'Margaret Ellis',
      onBehalfOf: null,
      reportQualityRating: 4,
    });
    const item = (await as<SittingDetail>('sittings:get', { id: sitting.id })).items[0];
    expect(item?.status).toBe('heard');
  });

  it('is recorded by the administrator on the presider’s behalf, shown as such', async () => {
    const saved = await as<{ onBehalfOf: string | null }>('recommendations:record', approval());
    expect(saved.onBehalfOf).toBe('Margaret Ellis');
  });

  it('refuses a chair who is not presiding', async () => {
    userFor(ids.vice, 'David Okafor', ['chair'], CHAIR_WINDOW, 'vice-user');
    expect(await refused('recommendations:record', approval(), CHAIR_WINDOW)).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses a non-quorate item, saying which rule fails, and changes nothing', async () => {
    sitting = await as<SittingDetail>('items:declare', {
      itemId: sitting.items[0]?.id,
      memberId: ids.m2,
      interest: 'Neighbour',
      withdrew: true,
    });
    const before = databaseSnapshot(backend);
    const error = await refused('recommendations:record', approval({ votesFor: 3 }));
    expect(error).toMatchObject({
      code: 'RULE_VIOLATION',
      message: expect.stringContaining('Only 4 members are present and not withdrawn'),
    });
    expect(databaseSnapshot(backend)).toBe(before);
  });

  it('refuses the ADM who will decide the item', async () => {
    const admWindow = windowSender(12);
    userFor(ids.chair, 'Margaret Ellis', ['chair', 'adm'], admWindow, 'adm-chair');
    backend.store.sqlite
      .prepare(`UPDATE agenda_items SET deciding_adm_user_id = 'adm-chair' WHERE id = ?`)
      .run(sitting.items[0]?.id);
    expect(await refused('recommendations:record', approval(), admWindow)).toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringContaining('agency decision maker for this item'),
    });
  });

  it('checks the outcome, terms, votes, deferral and dissent', async () => {
    expect(await refused('recommendations:record', approval({ outcome: 'noted' }))).toMatchObject({
      fieldErrors: { outcome: expect.stringContaining('suitable to be approved') },
    });
    expect(await refused('recommendations:record', approval({ terms: null }))).toMatchObject({
      fieldErrors: { terms: expect.any(String) },
    });
    expect(await refused('recommendations:record', approval({ votesFor: 5 }))).toMatchObject({
      fieldErrors: { votesFor: 'The votes add up to 6, but 5 members are present and not withdrawn for this item.' },
    });
    expect(await refused('recommendations:record', approval({ outcome: 'deferred', terms: null }))).toMatchObject({
      fieldErrors: { outstanding: expect.any(String) },
    });
    expect(
      await refused('recommendations:record', approval({ dissent: [{ memberId: 'nobody', view: 'x' }] })),
    ).toMatchObject({
      fieldErrors: { 'dissent.0.memberId': expect.any(String) },
    });
    expect(
      await as<{ outcome: string }>(
        'recommendations:record',
        approval({ unanimous: true, votesFor: 0, votesAgainst: 0, dissent: [] }),
      ),
    ).toMatchObject({ outcome: 'suitable' });
  });

  it('refuses a withdrawn item and locked minutes', async () => {
    const resignation = sitting.items[1];
    await as('items:changeOutcome', {
      id: resignation?.id,
      version: resignation?.version,
      action: 'withdraw',
      reason: 'Carers changed their minds',
    });
    expect(
      await refused(
        'recommendations:record',
        await recommending(as, {
          ...approval(),
          itemId: resignation?.id,
          outcome: 'noted',
          terms: null,
        }),
      ),
    ).toMatchObject({
      message: expect.stringContaining('withdrawn'),
    });
    await as('recommendations:record', approval());
    await panel.markHeld();
    const saved = await as<{ versions: { number: number }[] }>('minutes:save', {
      sittingId: sitting.id,
      version: 0,
      notes: {},
    });
    userFor(ids.chair, 'Margaret Ellis', ['chair'], CHAIR_WINDOW, 'chair-user');
    await as('minutes:approve', { sittingId: sitting.id, versionNumber: saved.versions[0]?.number }, CHAIR_WINDOW);
    expect(await refused('recommendations:record', approval())).toMatchObject({
      message: expect.stringContaining('approved and locked'),
    });
  });
});
