import type { Household } from '../../shared/schemas/household';
import type { MinutesView } from '../../shared/schemas/minutes';
import type { SittingDetail } from '../../shared/schemas/sitting-views';
import { householdInput } from './households';
import { memberInput } from './members';
import { openPanelSitting, windowSender } from './panel-sitting';
import { attending, recommending, settingsVersion } from './versions';

const CHAIR = windowSender(31);

export const AGENCY = 'Shire County Council Fostering Service';

/** Text with every character XML treats specially (the backend refuses control characters, so tests add those). */
export const AWKWARD_TEXT = 'Members said "welcome" & <b>thanks</b> to the applicants\' family';

/**
 * A held sitting minuted in full through the real backend: six members present
 * (chair presiding), apologies, an absence, adviser, minute-taker, an observer,
 * a remote link; the approval with a declaration, a split vote, dissent and
 * report feedback; the resignation noted; a termination for a second household;
 * a withdrawn review. The administrator's notes are saved, the chair approves
 * and the approval and termination go to the ADM.
 */
export async function openMinutedSitting(options: { discussion?: string } = {}) {
  const panel = await openPanelSitting();
  const { as, ids } = panel;
  const sittingId = panel.sitting.id;
  panel.userFor(ids.chair, 'Margaret Ellis', ['chair'], CHAIR, 'chair-user');
  panel.userFor(null, 'Priya Shah', ['adm'], windowSender(32), 'adm-user');
  await as('settings:update', { version: await settingsVersion(as), agencyName: AGENCY });

  for (const [name, status] of [
    ['Ruth Agyei', 'present'],
    ['Colin Barnes', 'apologies'],
    ['Nadia Novak', 'absent'],
  ] as const) {
    const member = await as<{ id: string }>('members:create', memberInput({ name }));
    await as('sittings:recordAttendance', await attending(as, { sittingId, memberId: member.id, status }));
  }
  let sitting = await as<SittingDetail>('sittings:get', { id: sittingId });
  sitting = await as<SittingDetail>('sittings:update', {
    id: sittingId,
    version: sitting.version,
    kind: 'main',
    date: sitting.date,
    startTime: sitting.startTime,
    venue: 'County Hall <Room 4> & "Annex"',
    remoteLink: 'https://meet.example.org/panel?room=4&pin="1234"',
    plannedPresiderId: ids.chair,
  });
  sitting = await as<SittingDetail>('sittings:setRoles', {
    sittingId,
    version: sitting.version,
    presiderId: ids.chair,
    adviserName: 'Joan Adviser',
    minuteTakerName: 'Tom Minutes',
  });
  const second = await as<Household>('households:create', householdInput({ reference: 'KC-2027-009' }));
  for (const itemType of ['termination', 'first_review'] as const) {
    sitting = await as<SittingDetail>('items:add', {
      sittingId,
      householdId: second.id,
      itemType,
      durationMinutes: 20,
    });
  }
  const [approvalItem, resignationItem, terminationItem, reviewItem] = sitting.items.map((i) => i.id);
  if (!approvalItem || !resignationItem || !terminationItem || !reviewItem) throw new Error('Items missing');
  await as('items:changeOutcome', {
    id: reviewItem,
    version: sitting.items[3]?.version,
    action: 'withdraw',
    reason: 'The carers asked for more time',
  });
  const people = [
    { kind: 'observer', name: 'Olu Observer', description: 'Student social worker' },
    { kind: 'presenter', itemId: approvalItem, name: 'Sam Social' },
    { kind: 'supporter', itemId: approvalItem, name: 'Bea Supporter' },
    { kind: 'presenter', itemId: terminationItem, name: 'Kim Supervising' },
  ];
  for (const person of people) await as('sittings:addPerson', { sittingId, ...person });
  await as('items:declare', {
    itemId: approvalItem,
    memberId: ids.m2,
    interest: 'Knows the applicants from church',
    withdrew: true,
  });

  await as(
    'recommendations:record',
    panel.approval({
      membersViews: 'Most members were confident in the assessment.',
      reportQualityComment: 'Clear and well evidenced.',
    }),
    CHAIR,
  );
  await as('recommendations:record', panel.resignationNoted(), CHAIR);
  await as(
    'recommendations:record',
    await recommending(as, {
      itemId: terminationItem,
      outcome: 'terminate',
      reasons: 'Standards of care concerns were not resolved.',
      unanimous: true,
      votesFor: 6,
      votesAgainst: 0,
      votesAbstaining: 0,
      dissent: [],
    }),
    CHAIR,
  );
  await panel.markHeld();
  let view = await as<MinutesView>('minutes:save', {
    sittingId,
    version: 0,
    notes: {
      opening: AWKWARD_TEXT,
      items: {
        [approvalItem]: {
          papersConsidered: 'Form F assessment; three references',
          discussion: options.discussion ?? 'Members asked about the garden.\nThe applicants answered in full.',
          actions: 'Adviser to check the bedroom sizes.',
        },
      },
      otherBusiness: 'Training dates for 2027 were agreed.',
      closing: 'The meeting closed at 12:10.',
    },
  });
  view = await as<MinutesView>('minutes:approve', { sittingId, versionNumber: view.versions[0]?.number }, CHAIR);
  view = await as<MinutesView>('minutes:sendToAdm', {
    sittingId,
    version: view.version,
    itemIds: [approvalItem, terminationItem],
    admUserId: 'adm-user',
    sentDate: '2026-11-23',
  });
  return { panel, view, items: { approvalItem, resignationItem, terminationItem, reviewItem }, second };
}
export type MinutedSitting = Awaited<ReturnType<typeof openMinutedSitting>>;
