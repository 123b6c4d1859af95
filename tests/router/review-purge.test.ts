import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RetentionEntry, RetentionOverview } from '../../shared/schemas/records';
import { openHouseholdRecords, type HouseholdRecords } from '../factories/household-records';

/** FSR reg 32 purging: a review done without panel keeps its date and kind, not its words or the reviewer's name. */
describe('purging a household with a review done without panel', () => {
  let records: HouseholdRecords;
  beforeEach(async () => {
    records = await openHouseholdRecords();
  });
  afterEach(() => records.backend.dispose());

  it('clears the outcome and the reviewer, and keeps the date and kind for the report', async () => {
    // Written as the app would have while the carers were approved (they resigned the same day here).
    records.backend.store.sqlite
      .prepare(
        `INSERT INTO reviews_without_panel (id, household_id, review_date, kind, outcome_summary, reviewed_by, recorded_by_name, recorded_at)
         VALUES ('r1', ?, '2026-11-23', 'annual', 'Ms Carer told us about her new partner, Mr Smith.', 'Rita Reviewer', 'Ada', 'x')`,
      )
      .run(records.household.id);
    records.clock.advance(new Date('2036-12-21T09:00:00').getTime() - records.clock.now().getTime());
    records.wake();
    const due = await records.as<RetentionOverview>('records:retention', { section: 'due' });
    const entry = due.entries.find((e) => e.id === records.household.id);
    await records.as<RetentionEntry>('records:purge', {
      id: records.household.id,
      version: entry?.version,
      reason: 'Annual retention review 2036',
    });
    const row = records.backend.store.sqlite
      .prepare(
        `SELECT review_date AS date, kind, outcome_summary AS outcome, reviewed_by AS reviewer FROM reviews_without_panel`,
      )
      .get();
    expect(row).toEqual({ date: '2026-11-23', kind: 'annual', outcome: 'Record purged', reviewer: 'Record purged' });
  });
});
