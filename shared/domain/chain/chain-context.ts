import type { ChainStep } from '../../schemas/case-chain';
import type { ClockSettings } from '../calendar/statutory-clocks';
import type { statutoryClocks } from '../calendar/statutory-clocks';
import type { WorkingCalendar } from '../calendar/working-days';
import type { StepKind, StepRule } from './chain-rules';
import type { StepTiming } from './step-state';

/** What every step builder needs: today, the service's clocks and calendar, and the rules in words. */
export interface ChainContext {
  today: string;
  settings: ClockSettings;
  clocks: ReturnType<typeof statutoryClocks>;
  calendar: WorkingCalendar;
  rules: Record<StepKind, StepRule>;
}

/** A step before any recorded reason for delay is attached. */
export type DraftStep = Omit<ChainStep, 'delay'>;

export function step(
  ctx: ChainContext,
  kind: StepKind,
  subjectId: string,
  caseLabel: string,
  timing: StepTiming,
  stepName?: string,
): DraftStep {
  const rule = ctx.rules[kind];
  return {
    key: `${kind}:${subjectId}`,
    caseLabel,
    step: stepName ?? rule.step,
    rule: { reference: rule.reference, wording: rule.wording },
    ...timing,
  };
}
