import { DELAYED_STATES, type ChainDelay, type ChainStep } from '../../schemas/case-chain';
import { DEFAULT_CLOCKS, statutoryClocks, type ClockSettings } from '../calendar/statutory-clocks';
import { defaultCalendar, type WorkingCalendar } from '../calendar/working-days';
import type { ChainFacts } from './chain-facts';
import type { ChainContext, DraftStep } from './chain-context';
import { stepRules } from './chain-rules';
import { applicationSteps, resignationSteps, reviewSteps, temporaryApprovalSteps } from './household-steps';
import { itemSteps } from './item-steps';

export interface ChainOptions {
  today: string;
  /** The service's clock periods (settings); the domain.md defaults otherwise. */
  clocks?: ClockSettings;
  calendar?: WorkingCalendar;
  /** Reasons for delay recorded so far, by step key. */
  delays?: ReadonlyMap<string, ChainDelay>;
  /** The day the household's record was made here: reviews due before it happened outside the app. */
  recordedOn?: string;
}

/** When a step sits on the timeline: when it happened, else when it is due; undated steps last. */
const when = (draft: DraftStep) => draft.actualDate ?? draft.dueDate ?? '9999-12-31';

/**
 * Every statutory step a household's cases passed through, one timeline in
 * date order, each with its rule, due and actual dates, and whether it was on
 * time. Pure: the same records, day and settings always give the same chain.
 * The clock arithmetic is the app's own (statutoryClocks, the working
 * calendar, the reg 26 window), so the chain can never disagree with the
 * dashboard about a due date.
 */
export function caseChain(facts: ChainFacts, options: ChainOptions): ChainStep[] {
  const settings = options.clocks ?? DEFAULT_CLOCKS;
  const calendar = options.calendar ?? defaultCalendar;
  const ctx: ChainContext = {
    today: options.today,
    settings,
    calendar,
    clocks: statutoryClocks(calendar, settings),
    rules: stepRules(settings),
  };
  const items = [...facts.items].sort((a, b) =>
    (a.sittingDate ?? a.directReportDate ?? '').localeCompare(b.sittingDate ?? b.directReportDate ?? ''),
  );
  const drafts = [
    ...applicationSteps(ctx, facts),
    ...items.flatMap((item) => itemSteps(ctx, item)),
    ...temporaryApprovalSteps(ctx, facts),
    ...reviewSteps(ctx, facts, options.recordedOn ?? '0000-01-01'),
    ...resignationSteps(ctx, facts),
  ];
  const ordered = drafts
    .map((draft, index) => ({ draft, index }))
    .sort((a, b) => when(a.draft).localeCompare(when(b.draft)) || a.index - b.index)
    .map(({ draft }) => draft);
  const delays = options.delays ?? new Map<string, ChainDelay>();
  return ordered.map((draft) => ({
    ...draft,
    delay: DELAYED_STATES.has(draft.state) ? (delays.get(draft.key) ?? null) : null,
  }));
}

/** The steps whose due or actual date falls in a period: the clocks summary of an inspection. */
export function stepsInPeriod(steps: readonly ChainStep[], from: string, to: string): ChainStep[] {
  const inside = (date: string | null) => date !== null && date >= from && date <= to;
  return steps.filter((s) => inside(s.dueDate) || inside(s.actualDate));
}
