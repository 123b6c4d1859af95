import { DEFAULT_MINUTES_WORKING_DAYS } from '../dashboard/due-entries';
import { formatDate } from '../dates';
import { ITEM_TYPE_INFO, APPROVAL_TYPES } from '../sittings/item-types';
import { observationsWindowEnds } from '../sittings/observations-window';
import type { ChainCaseFacts, ChainItemFacts } from './chain-facts';
import { step, type ChainContext, type DraftStep } from './chain-context';
import { deadline, notRecordedHere, recorded, window } from './step-state';

const ITEM_STATUS_WORDS: Partial<Record<ChainItemFacts['status'], string>> = {
  deferred: 'deferred',
  withdrawn: 'withdrawn',
  moved: 'moved to another sitting',
};

export function itemCaseLabel(item: ChainItemFacts): string {
  const type = ITEM_TYPE_INFO[item.itemType]?.label ?? item.itemType;
  const where = item.sittingDate
    ? `panel ${formatDate(item.sittingDate)}${item.sittingCancelled ? ' (sitting cancelled)' : ''}`
    : 'sent straight to the ADM';
  const status = ITEM_STATUS_WORDS[item.status];
  return `${type}, ${where}${status ? ` (${status})` : ''}`;
}

/** FSR reg 26: the assessment report and the applicant's observations window, for approval items. */
function assessmentSteps(ctx: ChainContext, item: ChainItemFacts, label: string): DraftStep[] {
  if (!APPROVAL_TYPES.has(item.itemType) || !item.reportGivenDate) return [];
  const ends = observationsWindowEnds(item.reportGivenDate, ctx.calendar);
  return [
    step(ctx, 'report_given', item.id, label, recorded(item.reportGivenDate)),
    step(ctx, 'observations', item.id, label, window(ends, item.observationsReceivedDate, ctx.today)),
  ];
}

/** Papers, the sitting itself and the minutes: the panel's part of a case. */
function panelSteps(ctx: ChainContext, item: ChainItemFacts, sittingDate: string, label: string): DraftStep[] {
  if (item.sittingCancelled || item.status === 'moved') {
    return [step(ctx, 'sitting', item.id, label, notRecordedHere(null, ctx.today))];
  }
  const steps = [
    step(ctx, 'papers', item.id, label, deadline(ctx.clocks.papersDue(sittingDate), item.papersSentDate, ctx.today)),
  ];
  const heard = item.status === 'heard' || item.status === 'deferred';
  steps.push(
    step(ctx, 'sitting', item.id, label, heard ? recorded(sittingDate) : deadline(sittingDate, null, ctx.today)),
  );
  if (!heard) return steps;
  const minutesDue = ctx.calendar.addWorkingDays(sittingDate, DEFAULT_MINUTES_WORKING_DAYS);
  steps.push(step(ctx, 'minutes_approved', item.id, label, deadline(minutesDue, item.minutesApprovedOn, ctx.today)));
  if (item.sentToAdmDate || item.admCase) {
    steps.push(step(ctx, 'minutes_to_adm', item.id, label, deadline(minutesDue, item.sentToAdmDate, ctx.today)));
  }
  return steps;
}

/** The qualifying determination's 28 days, the IRM's papers and the final decision. */
function determinationSteps(ctx: ChainContext, id: string, admCase: ChainCaseFacts, label: string): DraftStep[] {
  if (!admCase.qualifying || !admCase.letterDate) return [];
  const ends = ctx.clocks.representationsWindowEnds(admCase.letterDate);
  const routeWords =
    admCase.route === 'irm'
      ? ' (the applicant applied to the IRM)'
      : admCase.route === 'representations'
        ? ' (the applicant made representations)'
        : '';
  const name = `${ctx.rules.determination_window.step}${routeWords}`;
  const steps = [step(ctx, 'determination_window', id, label, window(ends, admCase.routeReceivedOn, ctx.today), name)];
  if (admCase.route === 'irm' && admCase.routeReceivedOn) {
    const due = ctx.clocks.irmPapersDue(admCase.routeReceivedOn);
    steps.push(step(ctx, 'irm_papers', id, label, notRecordedHere(due, ctx.today)));
  }
  const final = admCase.finalDecidedOn ? recorded(admCase.finalDecidedOn) : deadline(null, null, ctx.today);
  steps.push(step(ctx, 'final_decision', id, label, final));
  return steps;
}

/** After the minutes reach the ADM (or the service's report does): decision, telling, and any determination. */
function decisionSteps(ctx: ChainContext, item: ChainItemFacts, label: string): DraftStep[] {
  const received = item.sentToAdmDate ?? item.directReportDate;
  if (!received) return [];
  const admCase = item.admCase;
  const decidedOn = admCase?.decidedOn ?? null;
  const steps = [
    step(ctx, 'decision', item.id, label, deadline(ctx.clocks.admDecisionDue(received), decidedOn, ctx.today)),
  ];
  if (!admCase || !decidedOn) return steps;
  if (admCase.tellingTracked) {
    steps.push(
      step(
        ctx,
        'told_orally',
        item.id,
        label,
        deadline(ctx.clocks.tellOrallyBy(decidedOn), admCase.toldOrallyOn, ctx.today),
      ),
      step(
        ctx,
        'told_in_writing',
        item.id,
        label,
        deadline(ctx.clocks.tellInWritingBy(decidedOn), admCase.toldInWritingOn, ctx.today),
      ),
    );
  }
  return [...steps, ...determinationSteps(ctx, item.id, admCase, label)];
}

/** Every step one agenda item (or direct referral) passed through, in the order the law puts them. */
export function itemSteps(ctx: ChainContext, item: ChainItemFacts): DraftStep[] {
  const label = itemCaseLabel(item);
  return [
    ...assessmentSteps(ctx, item, label),
    ...(item.sittingDate ? panelSteps(ctx, item, item.sittingDate, label) : []),
    ...decisionSteps(ctx, item, label),
  ];
}
