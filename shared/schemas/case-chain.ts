import { z } from 'zod';
import { IsoDate } from './dates';
import { EntityId, optionalText, storable } from './text';

/**
 * Where one statutory step stands: a deadline met or missed (late by N days),
 * still to come, or passed unmet (overdue); a step with no clock is simply
 * recorded; a window (observations, representations, resignation) opens and
 * closes without anyone being late; a date the app does not hold is said so.
 */
export const CHAIN_STATES = [
  'on_time',
  'late',
  'not_yet_due',
  'overdue',
  'recorded',
  'window_open',
  'window_closed',
  'not_recorded',
] as const;
export const ChainState = z.enum(CHAIN_STATES);
export type ChainState = z.infer<typeof ChainState>;

/** The states a reason for delay may be recorded on. */
export const DELAYED_STATES: ReadonlySet<ChainState> = new Set(['late', 'overdue']);

export const ChainDelay = z.object({
  reason: z.string(),
  note: z.string().nullable(),
  recordedByName: z.string(),
  recordedAt: z.string(),
});
export type ChainDelay = z.infer<typeof ChainDelay>;

export const ChainStep = z.object({
  /** Stable across reads: the kind of step and the record it is about (`decision:<item id>`). */
  key: z.string(),
  /** Which case the step belongs to ("Approval (mainstream), panel 5 January 2027"). */
  caseLabel: z.string(),
  step: z.string(),
  rule: z.object({ reference: z.string(), wording: z.string() }),
  dueDate: IsoDate.nullable(),
  actualDate: IsoDate.nullable(),
  state: ChainState,
  /** Calendar days late (or overdue so far); null when not late. */
  daysLate: z.number().int().nullable(),
  delay: ChainDelay.nullable(),
});
export type ChainStep = z.infer<typeof ChainStep>;

export const CaseChain = z.object({
  householdId: z.string(),
  reference: z.string(),
  displayName: z.string(),
  today: IsoDate,
  steps: z.array(ChainStep),
  /** The service's list of reasons for delay, to choose from. */
  delayReasons: z.array(z.string()),
});
export type CaseChain = z.infer<typeof CaseChain>;

export const CaseChainRef = z.object({ id: EntityId }).strict();

const StepKey = z
  .string({ error: 'Choose the step the delay is about' })
  .regex(/^[a-z_]+:[A-Za-z0-9_-]{1,80}$/, { error: 'Choose the step the delay is about' });

/** A reason for delay on one late or overdue step; an empty reason clears it. */
export const RecordDelayReason = z
  .object({
    householdId: EntityId,
    stepKey: StepKey,
    reason: storable(
      z.string({ error: 'Choose a reason for the delay' }).trim().max(120, { error: 'Choose a reason for the delay' }),
      'the reason',
    ),
    note: optionalText('the note', 1000),
  })
  .strict();
export type RecordDelayReason = z.infer<typeof RecordDelayReason>;
