import type { Page } from '@playwright/test';
import { ADMIN, addAccount, rpcOrThrow, type Account } from './accounts';
import { addItem, addPanel, addSitting, markHeld } from './sittings';
import { attending, recommending } from '../../factories/versions';

interface Created {
  id: string;
  version: number;
}

interface Detail {
  version: number;
  items: { id: string; itemType: string }[];
}

export const TERMS = {
  typesOfCare: ['short_term'],
  numberOfChildren: 2,
  ageFrom: 0,
  ageTo: 10,
  gender: 'any',
  namedChildren: [],
  siblingGroup: false,
};

const UNANIMOUS = { unanimous: true, votesFor: 0, votesAgainst: 0, votesAbstaining: 0, dissent: [] };

export interface DecisionSitting {
  sittingId: string;
  memberIds: Record<string, string>;
  /** HH-201, the Okafors' application: the panel recommends approval. */
  approvalItem: string;
  /** HH-202, the Smiths, approved carers: the panel recommends not terminating. */
  terminationItem: string;
  /** A later sitting, still being planned, that can hear representations. */
  laterSittingId: string;
  chair: Account;
  adm: Account;
}

/** Runs set-up calls as another person, then hands the window back to the administrator (no reload). */
export async function asUser(page: Page, account: Account, work: () => Promise<void>): Promise<void> {
  await rpcOrThrow(page, 'auth:logout', {});
  await rpcOrThrow(page, 'auth:login', { username: account.username, password: account.password });
  await work();
  await rpcOrThrow(page, 'auth:logout', {});
  await rpcOrThrow(page, 'auth:login', { username: ADMIN.username, password: ADMIN.password });
}

async function addHousehold(page: Page, fields: Record<string, unknown>): Promise<Created> {
  return (await rpcOrThrow(page, 'households:create', {
    householdType: 'mainstream',
    applicationReceivedDate: '2026-05-01',
    children: [],
    ...fields,
  })) as Created;
}

/** Everyone on the panel present, and Margaret Ellis presiding. */
export async function seatPanel(page: Page, sittingId: string, memberIds: Record<string, string>): Promise<void> {
  for (const memberId of Object.values(memberIds)) {
    await rpcOrThrow(
      page,
      'sittings:recordAttendance',
      await attending((channel, input) => rpcOrThrow(page, channel, input), { sittingId, memberId, status: 'present' }),
    );
  }
  const { version } = (await rpcOrThrow(page, 'sittings:get', { id: sittingId })) as Detail;
  await rpcOrThrow(page, 'sittings:setRoles', { sittingId, version, presiderId: memberIds['Margaret Ellis'] });
}

/**
 * A sitting held on `date` whose approved minutes went to Jo Baker (ADM) the
 * same day: an approval recommended for HH-201 and "do not terminate" for
 * HH-202. The recommendations are recorded by the administrator on the chair's
 * behalf, so the ADM is free to decide both.
 */
export async function addDecisionSitting(page: Page, date: string): Promise<DecisionSitting> {
  const memberIds = await addPanel(page);
  const applicants = await addHousehold(page, {
    reference: 'HH-201',
    displayName: 'Mr and Mrs Okafor',
    applicantNames: ['Grace Okafor', 'Daniel Okafor'],
    address: '12 Elm Road\nMarket Town\nMT2 3BB',
  });
  const carers = await addHousehold(page, {
    reference: 'HH-202',
    displayName: 'Ms Smith',
    applicantNames: ['Jane Smith'],
    address: '4 Mill Lane\nMarket Town\nMT1 1AA',
  });
  await rpcOrThrow(page, 'households:changeStatus', {
    id: carers.id,
    version: carers.version,
    status: 'approved',
    effectiveDate: '2024-05-01',
    approvalDate: '2024-05-01',
    terms: TERMS,
  });
  const sittingId = await addSitting(page, date);
  await addItem(page, sittingId, { itemType: 'approval_mainstream', householdId: applicants.id });
  await addItem(page, sittingId, { itemType: 'termination', householdId: carers.id });
  await seatPanel(page, sittingId, memberIds);
  const { items } = (await rpcOrThrow(page, 'sittings:get', { id: sittingId })) as Detail;
  const [approvalItem, terminationItem] = items.map((i) => i.id);
  if (!approvalItem || !terminationItem) throw new Error('The sitting should have two items');
  await rpcOrThrow(
    page,
    'recommendations:record',
    await recommending((channel, input) => rpcOrThrow(page, channel, input), {
      itemId: approvalItem,
      outcome: 'suitable',
      terms: TERMS,
      reasons: 'A warm, stable home with a strong support network.',
      ...UNANIMOUS,
    }),
  );
  await rpcOrThrow(
    page,
    'recommendations:record',
    await recommending((channel, input) => rpcOrThrow(page, channel, input), {
      itemId: terminationItem,
      outcome: 'do_not_terminate',
      reasons: 'Standards of care have improved since the review.',
      ...UNANIMOUS,
    }),
  );
  await markHeld(page, sittingId);
  await rpcOrThrow(page, 'minutes:save', { sittingId, version: 0, notes: {} });
  const chair = await addAccount(page, {
    username: 'margaret.ellis',
    displayName: 'Margaret Ellis',
    roles: ['chair'],
    memberId: memberIds['Margaret Ellis'] ?? null,
  });
  const adm = await addAccount(page, { username: 'jo.baker', displayName: 'Jo Baker', roles: ['adm'] });
  await asUser(page, chair, async () => {
    await rpcOrThrow(page, 'minutes:approve', { sittingId, versionNumber: 1 });
  });
  const minutes = (await rpcOrThrow(page, 'minutes:get', { sittingId })) as {
    version: number;
    admChoices: { userId: string; name: string }[];
  };
  const admUserId = minutes.admChoices.find((a) => a.name === adm.displayName)?.userId;
  await rpcOrThrow(page, 'minutes:sendToAdm', {
    sittingId,
    version: minutes.version,
    itemIds: [approvalItem, terminationItem],
    admUserId,
    sentDate: date,
  });
  const laterSittingId = await addSitting(page, '2026-12-08');
  return { sittingId, memberIds, approvalItem, terminationItem, laterSittingId, chair, adm };
}

/** The panel hears the representations: its fresh recommendation is that the original one stands. */
export async function hearRepresentations(page: Page, sittingId: string, memberIds: Record<string, string>) {
  await seatPanel(page, sittingId, memberIds);
  const { items } = (await rpcOrThrow(page, 'sittings:get', { id: sittingId })) as Detail;
  const item = items.find((i) => i.itemType === 'representations');
  if (!item) throw new Error('The representations are not on the sitting');
  await rpcOrThrow(
    page,
    'recommendations:record',
    await recommending((channel, input) => rpcOrThrow(page, channel, input), {
      itemId: item.id,
      outcome: 'original_stands',
      reasons: 'The representations do not change the panel’s view.',
      ...UNANIMOUS,
    }),
  );
}

/**
 * A sitting on `date` where the panel noted HH-301's resignation (approved
 * carers) and gave its views on extending HH-302's temporary approval (a
 * connected person approved from 7 September 2026, so it ends on 27 December).
 */
export async function addApprovalEndsSitting(page: Page, date: string): Promise<void> {
  const memberIds = await addPanel(page);
  const leaving = await addHousehold(page, {
    reference: 'HH-301',
    displayName: 'Mr Patel',
    applicantNames: ['Arjun Patel'],
    address: '9 Station Road\nMarket Town\nMT4 4DD',
  });
  await rpcOrThrow(page, 'households:changeStatus', {
    id: leaving.id,
    version: leaving.version,
    status: 'approved',
    effectiveDate: '2020-03-01',
    approvalDate: '2020-03-01',
    terms: TERMS,
  });
  const kin = await addHousehold(page, {
    reference: 'HH-302',
    displayName: 'Mrs Jones',
    applicantNames: ['Mary Jones'],
    householdType: 'connected_person',
    temporaryApprovalDate: '2026-09-07',
  });
  const sittingId = await addSitting(page, date);
  await addItem(page, sittingId, { itemType: 'resignation', householdId: leaving.id });
  await addItem(page, sittingId, { itemType: 'temporary_approval_extension', householdId: kin.id });
  await seatPanel(page, sittingId, memberIds);
  const { items } = (await rpcOrThrow(page, 'sittings:get', { id: sittingId })) as Detail;
  const [resignation, extension] = items.map((i) => i.id);
  await rpcOrThrow(
    page,
    'recommendations:record',
    await recommending((channel, input) => rpcOrThrow(page, channel, input), {
      itemId: resignation,
      outcome: 'noted',
      reasons: 'Retiring after six years.',
      ...UNANIMOUS,
    }),
  );
  await rpcOrThrow(
    page,
    'recommendations:record',
    await recommending((channel, input) => rpcOrThrow(page, channel, input), {
      itemId: extension,
      outcome: 'views_for',
      reasons: 'The viability assessment needs 6 more weeks.',
      ...UNANIMOUS,
    }),
  );
}
