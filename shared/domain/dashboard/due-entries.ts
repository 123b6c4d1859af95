import { DEFAULT_WITHIN_DAYS, DUE_KINDS, type DueEntry, type DueKind, type WhoActs } from '../../schemas/dashboard';
import { statutoryClocks } from '../calendar/statutory-clocks';
import { defaultCalendar, type WorkingCalendar } from '../calendar/working-days';
import { daysBetween } from '../dates';
import { isServing, memberWarnings, type ComplianceCode } from '../members/compliance';
import { ITEM_TYPE_INFO, ITEM_TYPES, type ItemType } from '../sittings/item-types';
import type { CaseFacts, DashboardFacts, HouseholdFacts, SittingFacts } from './dashboard-facts';
import { irmDetailsDrafts } from './irm-details-entries';
import { tellingDrafts } from './telling-entries';
import { sittingLink, sittingSubject, unrecordedSittingDraft } from './unrecorded-sitting-entries';
import { laterReviewDrafts, observationDrafts } from './routing-entries';
import { isMine, visibleTo, type Viewer } from './due-viewer';
import { serviceSetUpDrafts } from './service-set-up-entries';

export type StatutoryClocks = ReturnType<typeof statutoryClocks>;

export type { Viewer } from './due-viewer';

export interface DueOptions {
  /** Look this many calendar days ahead; overdue entries always show. */
  withinDays?: number;
  kinds?: readonly DueKind[];
  whoActs?: WhoActs;
  viewer?: Viewer;
  /** The service's clocks (settings); the domain.md defaults otherwise. */
  clocks?: StatutoryClocks;
  calendar?: WorkingCalendar;
  /**
   * A local target, not a statutory clock: minutes drafted, approved and sent
   * to the ADM within this many working days of the sitting.
   */
  minutesWorkingDays?: number;
}

export const DEFAULT_MINUTES_WORKING_DAYS = 10;

/**
 * A deadline can be missed, so it turns overdue; an event (a window closing,
 * approval ending on resignation) simply happens and leaves the list after its day.
 */
type Timing = 'deadline' | 'event';

/** An entry before today's arithmetic, with whom it is for when not the whole role. */
export interface Draft {
  id: string;
  kind: DueKind;
  title: string;
  subject: string;
  dueDate: string;
  whoActs: WhoActs;
  link: string;
  timing: Timing;
  forUserId?: string | null;
  forMemberId?: string | null;
}

export interface Rules {
  today: string;
  clocks: StatutoryClocks;
  calendar: WorkingCalendar;
  minutesWorkingDays: number;
  withinDays: number;
}

/** The day's rules: the service's clocks and calendar, the minutes target and the window asked for. */
export function rulesFor(today: string, options: DueOptions = {}): Rules {
  const calendar = options.calendar ?? defaultCalendar;
  return {
    today,
    calendar,
    clocks: options.clocks ?? statutoryClocks(calendar),
    minutesWorkingDays: options.minutesWorkingDays ?? DEFAULT_MINUTES_WORKING_DAYS,
    withinDays: options.withinDays ?? DEFAULT_WITHIN_DAYS,
  };
}

/**
 * Everything due or overdue: overdue first (longest overdue first), then by
 * due date. Pure: the same facts, day and options always give the same list.
 */
export function dueEntries(facts: DashboardFacts, today: string, options: DueOptions = {}): DueEntry[] {
  const rules = rulesFor(today, options);
  return selectDue(dueDrafts(facts, rules), rules, options);
}

/** Every entry the facts give on the rules' day, for anyone: who sees which is `selectDue`'s. */
export function dueDrafts(facts: DashboardFacts, rules: Rules): Draft[] {
  const today = rules.today;
  return [
    ...facts.sittings.flatMap((sitting) => sittingDrafts(sitting, rules)),
    ...facts.cases.flatMap((c) => caseDrafts(c, rules)),
    ...facts.households.flatMap((household) => householdDrafts(household, rules)),
    ...facts.resignations.map((r): Draft => ({
      id: `resignation:${r.householdId}`,
      kind: 'resignation',
      title: 'Approval ends on resignation',
      subject: r.reference,
      dueDate: r.approvalEnds,
      whoActs: 'administrator',
      link: householdLink(r.householdId),
      timing: 'event',
    })),
    ...memberDrafts(facts, rules),
    ...irmDetailsDrafts(facts.irmDetailsNeeded ?? [], rules),
    ...(facts.tellings ?? []).flatMap((t) => tellingDrafts(t, rules.clocks)),
    ...observationDrafts(facts.observations ?? [], rules.calendar),
    ...laterReviewDrafts(facts.laterReviews ?? []),
    ...serviceSetUpDrafts(facts.setUpPutOff ?? false, today),
  ];
}

/** The entries of these drafts a viewer sees, for the kinds and who-acts asked, within the window, in order. */
export function selectDue(
  drafts: readonly Draft[],
  rules: Pick<Rules, 'today' | 'withinDays'>,
  options: DueOptions = {},
): DueEntry[] {
  const kinds = options.kinds && options.kinds.length > 0 ? new Set(options.kinds) : null;
  const viewer = options.viewer;
  const entries: DueEntry[] = [];
  for (const draft of drafts) {
    if ((kinds && !kinds.has(draft.kind)) || (options.whoActs && draft.whoActs !== options.whoActs)) continue;
    if (viewer && !visibleTo(draft, viewer)) continue;
    // Worked out once per entry: it decides the window, then is shown.
    const daysLeft = daysBetween(rules.today, draft.dueDate);
    if (!inWindow(draft, daysLeft, rules.withinDays)) continue;
    // The signed-in person's own entries first (issue 19), each part by urgency.
    entries.push(viewer ? { ...toEntry(draft, daysLeft), mine: isMine(draft, viewer) } : toEntry(draft, daysLeft));
  }
  if (!viewer) return entries.sort(byUrgency);
  return entries.sort((a, b) => Number(b.mine) - Number(a.mine) || byUrgency(a, b));
}

/** Within the days ahead asked for; a missed deadline stays, a past event goes. */
function inWindow(draft: Draft, daysLeft: number, withinDays: number): boolean {
  if (daysLeft > withinDays) return false;
  return draft.timing === 'deadline' || daysLeft >= 0;
}

function toEntry(draft: Draft, daysLeft: number): DueEntry {
  return {
    id: draft.id,
    kind: draft.kind,
    title: draft.title,
    subject: draft.subject,
    dueDate: draft.dueDate,
    daysLeft,
    overdue: draft.timing === 'deadline' && daysLeft < 0,
    whoActs: draft.whoActs,
    link: draft.link,
  };
}

const SUBJECTS = new Intl.Collator('en-GB', { numeric: true });
const KIND_ORDER = new Map<DueKind, number>(DUE_KINDS.map((kind, index) => [kind, index]));

/**
 * `YYYY-MM-DD` strings order as their code units do, which is what localeCompare
 * gave for them too, at a fraction of the cost over a long list (issue 20).
 */
const compareDates = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Overdue first; then the earliest due; ties in the order of the kinds, then by subject. */
export function byUrgency(a: DueEntry, b: DueEntry): number {
  return (
    Number(b.overdue) - Number(a.overdue) ||
    compareDates(a.dueDate, b.dueDate) ||
    (KIND_ORDER.get(a.kind) ?? 0) - (KIND_ORDER.get(b.kind) ?? 0) ||
    SUBJECTS.compare(a.subject, b.subject) ||
    a.id.localeCompare(b.id)
  );
}

const householdLink = (id: string) => `/households/${id}`;
const decisionLink = (itemId: string) => `/decisions/${itemId}`;

function sittingDrafts(sitting: SittingFacts, rules: Rules): Draft[] {
  // Papers matter until the sitting itself; after that the sitting needs recording as held, not papers.
  if (sitting.status === 'planned' && sitting.date >= rules.today) {
    return [
      {
        id: `papers:${sitting.id}`,
        kind: 'papers',
        title: 'Send the papers to members',
        subject: sittingSubject(sitting.date),
        dueDate: rules.clocks.papersDue(sitting.date),
        whoActs: 'administrator',
        link: sittingLink(sitting.id),
        timing: 'deadline',
      },
    ];
  }
  // The day has passed and nobody said what happened: its items would drop out of every list of work.
  if ((sitting.status === 'planned' || sitting.status === 'papers_sent') && sitting.date < rules.today) {
    return [unrecordedSittingDraft(sitting)];
  }
  const minutes = (title: string, whoActs: WhoActs, forMemberId?: string | null): Draft => ({
    id: `minutes:${sitting.id}`,
    kind: 'minutes',
    title,
    subject: sittingSubject(sitting.date),
    dueDate: rules.calendar.addWorkingDays(sitting.date, rules.minutesWorkingDays),
    whoActs,
    link: `${sittingLink(sitting.id)}/minutes`,
    timing: 'deadline',
    ...(forMemberId !== undefined ? { forMemberId } : {}),
  });
  switch (sitting.status) {
    case 'held':
      return [minutes('Draft the minutes', 'administrator')];
    case 'minutes_drafted':
      return [minutes('Approve the minutes', 'chair', sitting.presiderMemberId)];
    case 'minutes_approved':
      return sitting.referralsWaiting > 0
        ? [
            minutes(
              sitting.referralsWaiting === 1
                ? 'Send the approved minutes to the ADM (1 item)'
                : `Send the approved minutes to the ADM (${sitting.referralsWaiting} items)`,
              'administrator',
            ),
          ]
        : [];
    default:
      return [];
  }
}

function typeLabel(itemType: string): string {
  return (ITEM_TYPES as readonly string[]).includes(itemType) ? ITEM_TYPE_INFO[itemType as ItemType].label : itemType;
}

function caseDrafts(c: CaseFacts, rules: Rules): Draft[] {
  const base = { subject: c.householdReference, link: decisionLink(c.itemId) };
  const finalDecision = (from: string, why: string): Draft => ({
    ...base,
    id: `final_decision:${c.itemId}`,
    kind: 'final_decision',
    title: `Final decision: ${typeLabel(c.itemType)} (${why})`,
    dueDate: rules.clocks.admDecisionDue(from),
    whoActs: 'adm',
    timing: 'deadline',
    forUserId: c.admUserId,
  });
  if (c.state === 'awaiting' || c.state === 'information_requested') {
    return [
      {
        ...base,
        id: `adm_decision:${c.itemId}`,
        kind: 'adm_decision',
        title:
          c.state === 'information_requested'
            ? `Decide: ${typeLabel(c.itemType)} (more information requested)`
            : `Decide: ${typeLabel(c.itemType)}`,
        dueDate: rules.clocks.admDecisionDue(c.minutesReceivedOn),
        whoActs: 'adm',
        timing: 'deadline',
        forUserId: c.admUserId,
      },
    ];
  }
  if (c.state !== 'qualifying') return [];
  if (c.route === 'irm') {
    if (c.irmRecommendationOn) return [finalDecision(c.irmRecommendationOn, 'the IRM panel has recommended')];
    // Nothing records the papers going, so the entry stays only until the day they are due.
    return c.irmPapersDue
      ? [
          {
            ...base,
            id: `irm_papers:${c.itemId}`,
            kind: 'irm_papers',
            title: 'Send the agency’s papers to the IRM',
            dueDate: c.irmPapersDue,
            whoActs: 'administrator',
            timing: 'event',
          },
        ]
      : [];
  }
  if (c.route === 'representations') {
    return c.representationsSentOn
      ? [finalDecision(c.representationsSentOn, 'the panel has considered the representations')]
      : [];
  }
  if (!c.windowEnds) return [];
  if (rules.today <= c.windowEnds) {
    return [
      {
        ...base,
        id: `representations_window:${c.itemId}`,
        kind: 'representations_window',
        title: 'The 28 days for representations or an IRM application end',
        dueDate: c.windowEnds,
        whoActs: 'administrator',
        timing: 'event',
      },
    ];
  }
  return [finalDecision(c.windowEnds, 'nothing received in the 28 days')];
}

const UNDECIDED: ReadonlySet<string> = new Set(['applicant', 'on_hold']);

function householdDrafts(household: HouseholdFacts, rules: Rules): Draft[] {
  const drafts: Draft[] = [];
  const base = { subject: household.reference, link: householdLink(household.id), timing: 'deadline' as const };
  if (household.status === 'applicant' && household.applicationReceivedDate && !household.applicationRecommended) {
    drafts.push({
      ...base,
      id: `application:${household.id}`,
      kind: 'application',
      title: 'The panel’s recommendation on the application is due',
      dueDate: rules.clocks.applicationRecommendationDue(household.applicationReceivedDate),
      whoActs: 'administrator',
    });
  }
  if (household.temporaryApprovalDate && UNDECIDED.has(household.status)) {
    if (household.extendedUntilIrmCase) {
      // Open-ended (CPPCR reg 25): it runs, and stays listed, until the final decision after the IRM is recorded.
      drafts.push({
        ...base,
        id: `extension:${household.id}`,
        kind: 'extension',
        title: 'Temporary approval extended until the IRM outcome: open until the ADM’s final decision',
        dueDate: rules.today,
        whoActs: 'administrator',
        link: decisionLink(household.extendedUntilIrmCase),
        timing: 'event',
      });
    } else if (household.extendedTo) {
      // A further extension (until an IRM outcome) the panel has given views on waits for the nominated officer.
      const further = household.extensionAwaiting;
      drafts.push({
        ...base,
        id: `extension:${household.id}`,
        kind: 'extension',
        title: further
          ? 'Extended temporary approval ends: the nominated officer to decide on the further extension'
          : 'Extended temporary approval ends (CPPCR reg 25)',
        dueDate: household.extendedTo,
        whoActs: further ? 'nominated_officer' : 'administrator',
        ...(further ? { link: `${sittingLink(further.sittingId)}/items/${further.itemId}` } : {}),
      });
    } else {
      const awaiting = household.extensionAwaiting;
      drafts.push({
        ...base,
        id: `temporary_approval:${household.id}`,
        kind: 'temporary_approval',
        title: awaiting
          ? 'Temporary approval ends: the nominated officer to decide on the extension'
          : 'Temporary approval ends (CPPCR reg 24)',
        dueDate: rules.clocks.temporaryApprovalEnds(household.temporaryApprovalDate),
        whoActs: awaiting ? 'nominated_officer' : 'administrator',
        ...(awaiting ? { link: `${sittingLink(awaiting.sittingId)}/items/${awaiting.itemId}` } : {}),
      });
    }
  }
  if (household.status === 'approved' && household.approvalDate) {
    const reviewed = household.lastFirstReviewOn !== null && household.lastFirstReviewOn >= household.approvalDate;
    const firstReviewDue = rules.clocks.firstReviewDue(household.approvalDate);
    // A carer brought in already approved, whose first review fell due before their record was made here,
    // had it (or missed it) outside the app: the app cannot know, so it does not invent an overdue review.
    const dueBeforeRecords = firstReviewDue < household.recordedOn;
    if (!reviewed && !dueBeforeRecords) {
      drafts.push({
        ...base,
        id: `first_review:${household.id}`,
        kind: 'first_review',
        title: 'First review to be heard by the panel',
        dueDate: firstReviewDue,
        whoActs: 'administrator',
      });
    }
  }
  return drafts;
}

const MEMBER_KINDS: Record<ComplianceCode, { kind: DueKind; title: string } | null> = {
  DBS_OVERDUE: { kind: 'dbs_renewal', title: 'Renew the DBS check' },
  DBS_DUE_SOON: { kind: 'dbs_renewal', title: 'Renew the DBS check' },
  APPRAISAL_OVERDUE: { kind: 'appraisal', title: 'Annual appraisal' },
  APPRAISAL_DUE_SOON: { kind: 'appraisal', title: 'Annual appraisal' },
  TERM_ENDED: { kind: 'term_renewal', title: 'Renew or end the term of appointment' },
  TERM_ENDS_SOON: { kind: 'term_renewal', title: 'Renew or end the term of appointment' },
  LEAVING_DATE_PASSED: { kind: 'member_leaving', title: 'Notice has ended: record that they have left' },
  NO_INDEPENDENT_CHAIR: null,
  NO_QUALIFIED_SOCIAL_WORKER: null,
  NO_VICE_CHAIR: null,
  TOO_MANY_VICE_CHAIRS: null,
};

/** The central list's own rules (compliance.ts) say what is due; the dashboard only files it. */
function memberDrafts(facts: DashboardFacts, rules: Rules): Draft[] {
  return facts.members.filter(isServing).flatMap((member) =>
    memberWarnings(member, rules.today, rules.withinDays).flatMap((warning): Draft[] => {
      const filed = MEMBER_KINDS[warning.code];
      if (!filed || !warning.dueDate) return [];
      return [
        {
          id: `${filed.kind}:${member.id}`,
          kind: filed.kind,
          title: filed.title,
          subject: member.name,
          dueDate: warning.dueDate,
          whoActs: 'administrator',
          link: `/members/${member.id}`,
          timing: 'deadline',
        },
      ];
    }),
  );
}
