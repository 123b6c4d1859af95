import type { DecisionCaseView } from '../../shared/schemas/decision';
import type { MinutesView } from '../../shared/schemas/minutes';
import { movableClock } from './clock';
import { openPanelSitting, windowSender } from './panel-sitting';

export const CHAIR = windowSender(31);
export const ADM = windowSender(32);
const DAY = 24 * 60 * 60 * 1000;

/**
 * A household whose application (1 April 2026) went to panel on Monday 23
 * November 2026 with papers out on the 16th; the minutes went to the ADM the
 * same day (decision due Wednesday 2 December). Nothing is decided yet.
 */
export async function openCaseWithAdm() {
  const clock = movableClock();
  const panel = await openPanelSitting({ clock });
  panel.userFor(panel.ids.chair, 'Margaret Ellis', ['chair'], CHAIR, 'chair-user');
  panel.userFor(null, 'Priya Shah', ['adm'], ADM, 'adm-user');
  const sittingId = panel.sitting.id;
  const approvalItem = panel.sitting.items[0]?.id ?? '';
  await panel.as('recommendations:record', panel.approval(), CHAIR);
  await panel.as('recommendations:record', panel.resignationNoted(), CHAIR);
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
    itemIds: [approvalItem],
    admUserId: 'adm-user',
    sentDate: '2026-11-23',
  });
  return { panel, approvalItem, clock };
}

/** The same case, the ADM agreeing on `decidedOn`, `daysLater` days after the sitting by the service's clock. */
export async function openDecidedCase({ daysLater, decidedOn }: { daysLater: number; decidedOn: string }) {
  const { panel, approvalItem, clock } = await openCaseWithAdm();
  if (daysLater > 0) {
    clock.advance(daysLater * DAY);
    panel.wake();
  }
  const view = await panel.as<DecisionCaseView>('decisions:get', { itemId: approvalItem }, ADM);
  const decided = await panel.as<DecisionCaseView>(
    'decisions:decide',
    { itemId: approvalItem, version: view.case.version, verdict: 'agree', decidedOn },
    ADM,
  );
  return { panel, approvalItem, clock, decided };
}

/**
 * The ADM decided on Friday 4 December: two days late. Today is Thursday 10
 * December: the applicant was not told orally by Tuesday 8th (overdue), and
 * has until Friday 11th in writing.
 */
export const openLateDecision = () => openDecidedCase({ daysLater: 17, decidedOn: '2026-12-04' });
