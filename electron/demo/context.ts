import type { LetterAgency } from '../../shared/documents/letters';
import type { ChannelInput, ChannelOutput, Channel } from '../../shared/contract/channels';
import type { ItemType } from '../../shared/domain/sittings/item-types';
import type { HouseholdType, TermsOfApproval } from '../../shared/schemas/household';
import type { Router } from '../backend/router';
import type { Actor } from '../backend/actor';
import type { PanelMember } from './generate-demo';
import type { Random } from './random';
import type { Timeline } from './timeline';

/** What the generator remembers about a household, so it knows what panel business it can bring. */
export interface DemoHousehold {
  id: string;
  reference: string;
  type: HouseholdType;
  displayName: string;
  specialistScheme: string | null;
  status: 'applicant' | 'approved' | 'ended';
  approvalDate: string | null;
  terms: TermsOfApproval | null;
  temporaryApprovalDate: string | null;
  children: { initials: string; age: number }[];
  /** Some panel business about the household is under way. */
  busy: boolean;
}

/**
 * How an item's story goes, chosen when the work arises: the panel's
 * recommendation and the ADM's decision follow from it.
 */
export type Fate =
  | 'approve'
  | 'defer_checks'
  | 'not_suitable'
  | 'not_suitable_reps'
  | 'withdraw'
  | 'continue'
  | 'revise_agreed'
  | 'revise_qd'
  | 'adm_continue'
  | 'irm'
  | 'new_terms'
  | 'adm_new_terms'
  | 'terminate'
  | 'noted'
  | 'views_for'
  | 'grant'
  | 'original_stands';

/** Panel business waiting for a sitting. */
export interface Work {
  type: ItemType;
  household: DemoHousehold | null;
  title: string | null;
  /** The earliest sitting date it can go to. */
  target: string;
  /** It may go to an extra sitting (connected-person work and extensions). */
  extraOk: boolean;
  fate: Fate;
  /** The resignation or deregistration reason, as the annual report counts it. */
  reason?: string;
  /** A resignation: when the written notice was received. */
  noticeReceived?: string;
  /** A reg 25 extension: how the connected-person application goes once extended. */
  approvalFate?: Fate;
  /** For representations: the item whose qualifying determination they answer. */
  origin?: ItemPlan;
  deferrals: number;
}

/** An agenda item the generator placed, and what became of it. */
export interface ItemPlan {
  itemId: string;
  sitting: DemoSitting;
  work: Work;
  outcome?: string;
  terms?: TermsOfApproval | null;
  /** The version of the item's ADM case, as the last write returned it (cases open at version 1). */
  caseVersion?: number;
}

export type AttendanceStatus = 'present' | 'apologies' | 'absent';

export interface ExpectedAttendance {
  presiderId: string;
  statuses: Map<string, AttendanceStatus>;
}

export interface DemoSitting {
  id: string;
  date: string;
  kind: 'main' | 'extra';
  startTime: string;
  /** The vice chair planned to preside (extra sittings). */
  plannedPresiderId: string | null;
  stage: 'planned' | 'papers_sent' | 'held';
  /** The item to defer because a member left and the panel was no longer quorate. */
  loseQuorum: boolean;
  latePapers: boolean;
  presiderId: string | null;
  /** Who is expected, settled when apologies are taken before the agenda is built. */
  expected?: ExpectedAttendance;
}

export interface DocumentPolicy {
  /** Chance that an issued letter or minutes of each kind is also saved to the register. */
  chance: number;
  /** Kinds issued so far: the first of each kind is always issued. */
  issued: Set<string>;
}

export interface DemoContext {
  router: Router;
  /** Running totals for the summary. */
  tally: Map<string, number>;
  timeline: Timeline;
  rng: Random;
  admin: Actor;
  adm: Actor;
  /** Presiding members' own accounts, by member id. */
  chairs: Map<string, Actor>;
  panel: PanelMember[];
  chairId: string;
  viceChairIds: readonly [string, string];
  households: DemoHousehold[];
  pending: Work[];
  sittings: DemoSitting[];
  plans: Map<string, ItemPlan>;
  agency: LetterAgency;
  references: Map<string, number>;
  documents: DocumentPolicy;
  today: string;
  /** The most items a main and an extra sitting hear. */
  capacity: { main: number; extra: number };
}

/** A call as the panel administrator. */
export function asAdmin<C extends Channel>(
  ctx: DemoContext,
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  return ctx.router.call(channel, input, ctx.admin);
}

/** A call as the agency decision maker (also the nominated officer). */
export function asAdm<C extends Channel>(
  ctx: DemoContext,
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  return ctx.router.call(channel, input, ctx.adm);
}

export function count(ctx: DemoContext, what: string, by = 1): void {
  ctx.tally.set(what, (ctx.tally.get(what) ?? 0) + by);
}

export function chairActor(ctx: DemoContext, memberId: string | null): Actor {
  const actor = memberId ? ctx.chairs.get(memberId) : undefined;
  if (!actor) throw new Error('The presiding member has no account');
  return actor;
}
