import type { DecisionCaseView } from '../../shared/schemas/decision';
import type { Complaint, FeedbackForm } from '../../shared/schemas/complaints';
import type { SavedDocument } from '../../shared/contract/documents';
import type { MinutesView } from '../../shared/schemas/minutes';
import { movableClock } from './clock';
import { openPanelSitting, windowSender } from './panel-sitting';
import { settingsVersion } from './versions';

export const CHAIR = windowSender(31);
export const ADM = windowSender(32);
export const DAY = 24 * 60 * 60 * 1000;

/** Words a user typed that XML treats specially; they must come back exactly as typed. */
export const AWKWARD = 'Said "no" & <b>left</b> early';

/**
 * One household's whole journey through the real backend, on a movable clock
 * (23 November 2026): applied, heard at panel with an applicant and a
 * supporter attending, recommended, minuted, approved by the ADM, an approval
 * letter issued twice, a complaint and a feedback form, then resigned: approval
 * ends 21 December 2026, so its records may be purged from 21 December 2036.
 */
export async function openHouseholdRecords() {
  const clock = movableClock();
  const panel = await openPanelSitting({ clock });
  const { as, ids } = panel;
  const sittingId = panel.sitting.id;
  const [approvalItem, resignationItem] = panel.sitting.items.map((i) => i.id) as [string, string];
  panel.userFor(ids.chair, 'Margaret Ellis', ['chair'], CHAIR, 'chair-user');
  panel.userFor(null, 'Priya Shah', ['adm'], ADM, 'adm-user');
  await as('settings:update', {
    version: await settingsVersion(as),
    agencyName: 'Shire County Council Fostering Service',
  });
  await as('households:update', {
    ...panel.household,
    householdType: 'mainstream',
    children: [{ initials: 'JS', dateOfBirth: '2019-05-04', placementDate: '2026-10-01', iroName: 'Irene Oakes' }],
  });
  for (const person of [
    { kind: 'applicant', itemId: approvalItem, name: 'Tom Applicant' },
    { kind: 'supporter', itemId: approvalItem, name: 'Bea Supporter', description: 'Friend' },
    { kind: 'presenter', itemId: approvalItem, name: 'Sam Social' },
  ]) {
    await as('sittings:addPerson', { sittingId, ...person });
  }
  await as(
    'recommendations:record',
    panel.approval({ terms: { ...panel.approval().terms, namedChildren: ['JS'] } }),
    CHAIR,
  );
  await as('recommendations:record', panel.resignationNoted(), CHAIR);
  await panel.markHeld();
  const saved = await as<MinutesView>('minutes:save', { sittingId, version: 0, notes: {} });
  const approved = await as<MinutesView>(
    'minutes:approve',
    { sittingId, versionNumber: saved.versions[0]?.number },
    CHAIR,
  );
  await as('minutes:sendToAdm', {
    sittingId,
    version: approved.version,
    itemIds: [approvalItem],
    admUserId: 'adm-user',
    sentDate: '2026-11-23',
  });
  const view = await as<DecisionCaseView>('decisions:get', { itemId: approvalItem }, ADM);
  await as(
    'decisions:decide',
    { itemId: approvalItem, version: view.case.version, verdict: 'agree', decidedOn: '2026-11-23' },
    ADM,
  );
  const letters: SavedDocument[] = [];
  for (let n = 0; n < 2; n += 1) {
    letters.push(await as<SavedDocument>('documents:issue', { kind: 'letter-approval', subjectId: approvalItem }));
  }
  const complaint = await as<Complaint>('complaints:create', {
    receivedOn: '2026-11-23',
    source: 'applicant',
    summary: `Tom Test felt rushed. ${AWKWARD}`,
    householdId: panel.household.id,
    sittingId,
  });
  const feedback = await as<FeedbackForm>('feedback:create', {
    receivedOn: '2026-11-23',
    fromKind: 'applicant',
    sittingId,
    itemId: approvalItem,
    rating: 5,
    comment: 'Tom and Tess felt welcome.',
  });
  await as('resignations:note', { itemId: resignationItem, noticeReceivedOn: '2026-11-23' });
  return { ...panel, clock, approvalItem, resignationItem, letters, complaint, feedback };
}
export type HouseholdRecords = Awaited<ReturnType<typeof openHouseholdRecords>>;
