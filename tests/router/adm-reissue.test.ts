import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DecidedPage } from '../../shared/schemas/decided-cases';
import type { DecisionCaseView } from '../../shared/schemas/decision';
import type { MinutesView } from '../../shared/schemas/minutes';
import { movableClock } from '../factories/clock';
import { openPanelSitting, windowSender, type PanelSitting } from '../factories/panel-sitting';

const CHAIR = windowSender(41);
const ADM = windowSender(42);
const OTHER_ADM = windowSender(43);

interface Saved {
  path: string;
  documentId: string;
  sha256: string;
}

/** A sitting whose approval item Priya Shah (ADM) decided, and its decision record issued by the administrator. */
async function decidedCase() {
  const panel = await openPanelSitting({ clock: movableClock() });
  panel.userFor(panel.ids.chair, 'Margaret Ellis', ['chair'], CHAIR, 'chair-user');
  panel.userFor(null, 'Priya Shah', ['adm'], ADM, 'adm-user');
  panel.userFor(null, 'Sam Other', ['adm'], OTHER_ADM, 'other-adm-user');
  const sittingId = panel.sitting.id;
  const itemId = panel.sitting.items[0]?.id ?? '';
  await panel.as('recommendations:record', panel.approval(), CHAIR);
  await panel.as('recommendations:record', panel.resignationNoted(), CHAIR);
  await panel.markHeld();
  const saved = await panel.as<MinutesView>('minutes:save', {
    sittingId,
    version: 0,
    notes: { items: { [itemId]: { papersConsidered: 'Form F; references, all read' } } },
  });
  const approved = await panel.as<MinutesView>(
    'minutes:approve',
    { sittingId, versionNumber: saved.versions[0]?.number },
    CHAIR,
  );
  await panel.as('minutes:sendToAdm', {
    sittingId,
    version: approved.version,
    itemIds: [itemId],
    admUserId: 'adm-user',
    sentDate: '2026-11-23',
  });
  const waiting = await panel.as<DecisionCaseView>('decisions:get', { itemId }, ADM);
  await panel.as(
    'decisions:decide',
    { itemId, version: waiting.case.version, verdict: 'agree', decidedOn: '2026-11-23' },
    ADM,
  );
  const letter = await panel.as<Saved>('documents:issue', { kind: 'letter-decision-record', subjectId: itemId });
  return { panel, sittingId, itemId, letter };
}

const reissueRows = (panel: PanelSitting) =>
  panel.backend.store.sqlite
    .prepare(`SELECT user_id AS userId, entity_id AS entityId FROM audit_log WHERE channel = 'documents:reissue'`)
    .all() as { userId: string; entityId: string }[];

describe('an ADM saves again the letters of cases they decided (issue 19)', () => {
  let setUp: Awaited<ReturnType<typeof decidedCase>>;
  beforeEach(async () => {
    setUp = await decidedCase();
  });
  afterEach(() => setUp.panel.backend.dispose());

  it('lets the deciding ADM reissue their case’s letter, each time audited', async () => {
    const { panel, letter } = setUp;
    const again = await panel.as<Saved>('documents:reissue', { id: letter.documentId }, ADM);
    expect(again.sha256).toBe(letter.sha256);
    await panel.as<Saved>('documents:reissue', { id: letter.documentId }, ADM);
    expect(reissueRows(panel)).toEqual([
      { userId: 'adm-user', entityId: letter.documentId },
      { userId: 'adm-user', entityId: letter.documentId },
    ]);
  });

  it('refuses another ADM, the chair, and the ADM asking for a document that is not their case’s letter', async () => {
    const { panel, letter, sittingId } = setUp;
    const refusal = {
      code: 'FORBIDDEN',
      message:
        'You can save again only the letters of cases you decided yourself. Ask the panel administrator for any other document.',
    };
    expect(await panel.refused('documents:reissue', { id: letter.documentId }, OTHER_ADM)).toMatchObject(refusal);
    expect(await panel.refused('documents:reissue', { id: letter.documentId }, CHAIR)).toMatchObject({
      code: 'FORBIDDEN',
    });
    const agenda = await panel.as<Saved>('documents:issue', { kind: 'agenda', subjectId: sittingId });
    expect(await panel.refused('documents:reissue', { id: agenda.documentId }, ADM)).toMatchObject(refusal);
    expect(reissueRows(panel)).toEqual([]);
  });
});

describe('the cases an ADM decided, with their letters (issue 19)', () => {
  let setUp: Awaited<ReturnType<typeof decidedCase>>;
  beforeEach(async () => {
    setUp = await decidedCase();
  });
  afterEach(() => setUp.panel.backend.dispose());

  it('lists the ADM’s own decided cases, most recent first, with each letter issued; nobody else’s', async () => {
    const { panel, itemId, letter } = setUp;
    const mine = await panel.as<DecidedPage>('decisions:decided', {}, ADM);
    expect(mine).toMatchObject({
      total: 1,
      page: 1,
      cases: [
        {
          itemId,
          label: 'Approval (mainstream)',
          householdReference: panel.household.reference,
          decidedOn: '2026-11-23',
          decisionLabel: 'Approve as a foster carer',
          letters: [{ id: letter.documentId, kind: 'letter-decision-record', kindLabel: 'ADM decision record' }],
        },
      ],
    });
    expect(await panel.as<DecidedPage>('decisions:decided', {}, OTHER_ADM)).toMatchObject({ total: 0, cases: [] });
    expect(await panel.as<DecidedPage>('decisions:decided', { page: 2 }, ADM)).toMatchObject({ total: 1, cases: [] });
    expect((await panel.as<DecidedPage>('decisions:decided', {})).total).toBe(1);
    expect(await panel.refused('decisions:decided', {}, CHAIR)).toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('the ADM’s decision page (issue 19)', () => {
  it('lists the item’s papers as recorded, not the minutes’ free text', async () => {
    const { panel, itemId } = await decidedCase();
    try {
      const view = await panel.as<DecisionCaseView>('decisions:get', { itemId }, ADM);
      expect(view.papers.length).toBeGreaterThan(0);
      expect(view.papers.map((p) => p.label)).not.toContain('Form F; references, all read');
      expect(view.minutesItem?.papersConsidered).toBe('Form F; references, all read');
    } finally {
      panel.backend.dispose();
    }
  });
});
