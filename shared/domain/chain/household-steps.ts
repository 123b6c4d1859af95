import { periodBeginningWith } from '../calendar/working-days';
import { formatDate } from '../dates';
import { REVIEW_INTERVAL_MONTHS } from '../reviews/review-due';
import { APPROVAL_TYPES } from '../sittings/item-types';
import type { ChainFacts, ChainItemFacts } from './chain-facts';
import { step, type ChainContext, type DraftStep } from './chain-context';
import { deadline, notRecordedHere, recorded, window } from './step-state';

const STILL_APPLYING = new Set(['applicant', 'on_hold']);

const heardOn = (item: ChainItemFacts): string | null =>
  item.status === 'heard' && item.sittingDate && !item.sittingCancelled ? item.sittingDate : null;

/** Application received, and the recommendation on it within 8 months. */
export function applicationSteps(ctx: ChainContext, facts: ChainFacts): DraftStep[] {
  const { household } = facts;
  const received = household.applicationReceivedDate;
  if (!received) return [];
  const label = 'Application';
  const recommendedOn =
    facts.items
      .filter((item) => APPROVAL_TYPES.has(item.itemType))
      .map(heardOn)
      .filter((date): date is string => date !== null && date >= received)
      .sort()[0] ?? null;
  const due = ctx.clocks.applicationRecommendationDue(received);
  // An application that ended, or a carer brought in already approved, had no recommendation here to be late.
  const timing =
    recommendedOn || STILL_APPLYING.has(household.status)
      ? deadline(due, recommendedOn, ctx.today)
      : notRecordedHere(due, ctx.today);
  return [
    step(ctx, 'application', household.id, label, recorded(received)),
    step(ctx, 'recommendation', household.id, label, timing),
  ];
}

/** CPPCR reg 24 and 25: the temporary approval, each extension before the approval it extends ended, and the decision. */
export function temporaryApprovalSteps(ctx: ChainContext, facts: ChainFacts): DraftStep[] {
  const start = facts.household.temporaryApprovalDate;
  if (!start) return [];
  const label = 'Temporary approval (connected person)';
  const extensions = [...facts.extensions].sort((a, b) => a.decidedOn.localeCompare(b.decidedOn));
  const steps = extensions.map((extension) =>
    step(ctx, 'extension', extension.itemId, label, deadline(extension.previousEnd, extension.decidedOn, ctx.today)),
  );
  const untilIrm = extensions.some((extension) => extension.kind === 'irm');
  const lastEnd = extensions.filter((e) => e.newEnd !== null).at(-1)?.newEnd ?? ctx.clocks.temporaryApprovalEnds(start);
  const decidedOn =
    facts.items
      .filter((item) => item.itemType === 'approval_connected_person' && item.admCase?.decidedOn)
      .map((item) => item.admCase?.decidedOn ?? '')
      .filter((date) => date >= start)
      .sort()[0] ?? null;
  // Extended until the IRM's outcome: the approval runs until the final decision, with no fixed end.
  const timing = untilIrm ? deadline(null, decidedOn, ctx.today) : deadline(lastEnd, decidedOn, ctx.today);
  steps.push(step(ctx, 'temporary_approval', facts.household.id, label, timing));
  return steps;
}

/** The first review (panel's, within 12 months of approval) and each later review within 12 months of the last. */
export function reviewSteps(ctx: ChainContext, facts: ChainFacts, recordedOn: string): DraftStep[] {
  const approvedOn = facts.household.approvalDate;
  if (!approvedOn) return [];
  const label = 'Reviews';
  const approved = facts.household.status === 'approved';
  const firstDue = ctx.clocks.firstReviewDue(approvedOn);
  const firstItem = facts.items
    .filter((item) => item.itemType === 'first_review' && (heardOn(item) ?? '') >= approvedOn)
    .sort((a, b) => (heardOn(a) ?? '').localeCompare(heardOn(b) ?? ''))[0];
  const firstOn = firstItem ? heardOn(firstItem) : null;
  // A first review due before the record was made here happened outside the app: never invent an overdue one.
  const firstTiming =
    firstOn || (approved && firstDue >= recordedOn)
      ? deadline(firstDue, firstOn, ctx.today)
      : notRecordedHere(firstDue, ctx.today);
  const steps = [step(ctx, 'first_review', facts.household.id, label, firstTiming)];
  const later = [
    ...facts.items
      .filter((item) => item.itemType === 'other_review')
      .map((item) => ({ id: item.id, on: heardOn(item) })),
    ...facts.reviewsWithoutPanel.map((review) => ({ id: review.id, on: review.reviewDate })),
  ]
    .filter((review): review is { id: string; on: string } => review.on !== null && review.on >= approvedOn)
    .sort((a, b) => a.on.localeCompare(b.on));
  let previous = firstOn && firstItem ? { id: firstItem.id, on: firstOn } : null;
  for (const review of later) {
    const due = previous ? periodBeginningWith(previous.on, { months: REVIEW_INTERVAL_MONTHS }) : null;
    steps.push(
      step(ctx, 'later_review', `after-${previous?.id ?? review.id}`, label, deadline(due, review.on, ctx.today)),
    );
    previous = review;
  }
  if (previous && approved) {
    const due = periodBeginningWith(previous.on, { months: REVIEW_INTERVAL_MONTHS });
    steps.push(step(ctx, 'later_review', `after-${previous.id}`, label, deadline(due, null, ctx.today), 'Next review'));
  }
  return steps;
}

/** Reg 28(13): approval ends 28 days after the written notice is received. */
export function resignationSteps(ctx: ChainContext, facts: ChainFacts): DraftStep[] {
  return facts.resignations.map((notice) => {
    const ends = ctx.clocks.resignationTakesEffect(notice.noticeReceivedOn);
    const label = 'Resignation';
    return step(
      ctx,
      'resignation',
      notice.id,
      label,
      window(ends, null, ctx.today),
      `Resignation takes effect (notice received ${formatDate(notice.noticeReceivedOn)})`,
    );
  });
}
