import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Sender } from '../../electron/backend/sender';
import type { DecisionCaseView } from '../../shared/schemas/decision';
import type { ExemptionView } from '../../shared/schemas/exemption';
import type { Household } from '../../shared/schemas/household';
import type { MinutesView } from '../../shared/schemas/minutes';
import type { SittingDetail } from '../../shared/schemas/sitting-views';
import { databaseSnapshot } from '../factories/backend';
import { OFFICE_TIMEOUT_MS, pdfPagesOf } from '../factories/office';
import { openPanelSitting, TERMS, windowSender, type PanelSitting } from '../factories/panel-sitting';
import { recommending, settingsVersion } from '../factories/versions';

const CHAIR = windowSender(41);
const ADM = windowSender(42);
const CONDITIONS = 'Only while AB, CD and EF stay together; reviewed at the carers’ next annual review.';
const UNANIMOUS = { unanimous: true, votesFor: 0, votesAgainst: 0, votesAbstaining: 0, dissent: [] };

/** The exemption from the usual fostering limit (Children Act 1989 Sch. 7): its children, conditions and letter. */
describe('exemptions from the usual fostering limit', () => {
  let panel: PanelSitting;
  let carers: Household;
  let itemId: string;
  beforeEach(async () => {
    panel = await openPanelSitting();
    panel.userFor(panel.ids.chair, 'Margaret Ellis', ['chair'], CHAIR, 'chair-user');
    panel.userFor(null, 'Priya Shah', ['adm'], ADM, 'adm-user');
    carers = await panel.approvedCarers('Mr and Mrs Kindly');
    const sitting = await panel.as<SittingDetail>('items:add', {
      sittingId: panel.sitting.id,
      householdId: carers.id,
      itemType: 'exemption',
      durationMinutes: 20,
    });
    itemId = sitting.items.find((i) => i.itemType === 'exemption')?.id ?? '';
  });
  afterEach(() => panel.backend.dispose());

  const recommend = async (exemption: unknown, sender: Sender = CHAIR) =>
    panel.as(
      'recommendations:record',
      await recommending(panel.as, {
        itemId,
        outcome: 'recommend_exemption',
        reasons: 'Three brothers and sisters of a fourth child already placed; they know the carers well.',
        exemption,
        ...UNANIMOUS,
      }),
      sender,
    );

  async function sendToAdm() {
    // The sitting's other items need their outcomes before the minutes can be approved.
    await panel.as('recommendations:record', panel.approval(), CHAIR);
    await panel.as('recommendations:record', panel.resignationNoted(), CHAIR);
    await panel.markHeld();
    const saved = await panel.as<MinutesView>('minutes:save', { sittingId: panel.sitting.id, version: 0, notes: {} });
    const approved = await panel.as<MinutesView>(
      'minutes:approve',
      { sittingId: panel.sitting.id, versionNumber: saved.versions[0]?.number },
      CHAIR,
    );
    await panel.as('minutes:sendToAdm', {
      sittingId: panel.sitting.id,
      version: approved.version,
      itemIds: [itemId],
      admUserId: 'adm-user',
      sentDate: '2026-11-23',
    });
    return panel.as<DecisionCaseView>('decisions:get', { itemId }, ADM);
  }

  it('records the children and conditions with the recommendation, and refuses one without children', async () => {
    const before = databaseSnapshot(panel.backend);
    const missing = await panel.refused(
      'recommendations:record',
      await recommending(panel.as, {
        itemId,
        outcome: 'recommend_exemption',
        reasons: 'Keeps siblings together.',
        ...UNANIMOUS,
      }),
    );
    expect(missing?.fieldErrors?.['exemption.children']).toBe('Name the children the exemption covers');
    const badInitials = await panel.refused(
      'recommendations:record',
      await recommending(panel.as, {
        itemId,
        outcome: 'recommend_exemption',
        reasons: 'Keeps siblings together.',
        exemption: { children: ['Alice Brown'] },
        ...UNANIMOUS,
      }),
    );
    expect(badInitials).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(databaseSnapshot(panel.backend)).toBe(before);

    await recommend({ children: ['AB', 'CD', 'EF'], conditions: CONDITIONS });
    expect(await panel.as<ExemptionView>('recommendations:exemption', { itemId })).toEqual({
      itemId,
      recommended: { children: ['AB', 'CD', 'EF'], conditions: CONDITIONS },
      granted: null,
    });
  });

  it('is granted by the ADM on what was recommended or as the ADM changes it, and then allows more than three children', async () => {
    await recommend({ children: ['AB', 'CD'], conditions: null });
    const view = await sendToAdm();
    expect(view.exemption?.recommended).toEqual({ children: ['AB', 'CD'], conditions: null });
    const decided = await panel.as<DecisionCaseView>(
      'decisions:decide',
      {
        itemId,
        version: view.case.version,
        verdict: 'agree',
        decidedOn: '2026-11-23',
        exemption: { children: ['AB', 'CD', 'EF'], conditions: CONDITIONS },
      },
      ADM,
    );
    expect(decided.exemption?.granted).toEqual({ children: ['AB', 'CD', 'EF'], conditions: CONDITIONS });
    expect(decided.case.letters).toContain('letter-exemption');
    // An exemption granted before this release has no children on record: it keeps the generic letter.
    panel.backend.store.sqlite.prepare('DELETE FROM exemption_terms WHERE item_id = ?').run(itemId);
    const legacy = await panel.as<DecisionCaseView>('decisions:get', { itemId }, ADM);
    expect(legacy.case.letters).toEqual(['letter-decision-record', 'letter-final-decision']);
    // The exemption on record is what the usual fostering limit accepts.
    await panel.as('settings:update', { version: await settingsVersion(panel.as), directToAdm: ['change_of_terms'] });
    await panel.as('decisions:referDirect', {
      householdId: carers.id,
      itemType: 'change_of_terms',
      outcome: 'new_terms',
      terms: { ...TERMS, numberOfChildren: 4, siblingGroup: false },
      reportDate: '2026-11-20',
      presentedBy: 'Sam Social',
      reasons: 'Room for the three children the exemption covers beside the child already placed.',
      admUserId: 'adm-user',
      sentDate: '2026-11-23',
    });
  });

  it(
    'writes an exemption letter naming the children and the conditions, as LibreOffice reads it',
    async () => {
      await recommend({ children: ['AB', 'CD', 'EF'], conditions: CONDITIONS });
      const view = await sendToAdm();
      const decided = await panel.as<DecisionCaseView>(
        'decisions:decide',
        { itemId, version: view.case.version, verdict: 'agree', decidedOn: '2026-11-23' },
        ADM,
      );
      expect(decided.case.letters).toContain('letter-exemption');
      const saved = await panel.as<{ path: string }>('documents:issue', {
        kind: 'letter-exemption',
        subjectId: itemId,
      });
      const text = pdfPagesOf(saved.path).join('\n').replace(/\s+/g, ' ');
      for (const part of [
        'Your exemption from the usual fostering limit',
        'The fostering panel met on Monday 23 November 2026 and recommended: Recommend the exemption.',
        'I have decided to grant you an exemption from the usual fostering limit of three children (Children Act 1989, Schedule 7).',
        'The exemption covers these 3 children: AB, CD and EF.',
        'The exemption is granted on these conditions:',
        CONDITIONS,
        'Priya Shah',
      ])
        expect(text).toContain(part);
    },
    OFFICE_TIMEOUT_MS,
  );
});
