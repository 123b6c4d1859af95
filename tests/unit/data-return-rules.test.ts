import { describe, expect, it } from 'vitest';
import {
  buildDataReturn,
  dataReturnYearOf,
  median,
  type DataReturnFacts,
} from '../../shared/domain/reports/data-return';
import type { TermsOfApproval } from '../../shared/schemas/household';

const terms = (numberOfChildren: number): TermsOfApproval => ({
  typesOfCare: ['short_term'],
  numberOfChildren,
  ageFrom: 0,
  ageTo: 17,
  gender: 'any',
  namedChildren: [],
  siblingGroup: false,
});
const household = (id: string, approvalDate: string | null, held: TermsOfApproval | null = null) => ({
  id,
  reference: id,
  displayName: id,
  householdType: 'mainstream',
  applicationReceivedDate: '2020-01-01',
  approvalDate,
  temporaryApprovalDate: null,
  terms: held,
});
const none: Omit<DataReturnFacts, 'households'> = {
  applicationEnds: [],
  refusals: [],
  resignations: [],
  terminations: [],
  termsDecisions: [],
};
const valueOf = (facts: DataReturnFacts, field: string, year = 2025) =>
  buildDataReturn(facts, year, '2026-11-23').fields.find((f) => f.field === field)?.value;

/** The pure rules behind the return, on facts an ADM's decisions leave (the router tests use status changes). */
describe('the annual data return’s rules', () => {
  it('takes the year containing a day, 1 April to 31 March', () => {
    expect(dataReturnYearOf('2026-03-31')).toBe(2025);
    expect(dataReturnYearOf('2026-04-01')).toBe(2026);
  });

  it('gives the median of an even count as the mean of the middle two, and none of nothing', () => {
    expect(median([10, 2, 4, 8])).toBe(6);
    expect(median([3])).toBe(3);
    expect(median([])).toBeNull();
  });

  it('counts places at the year end from the terms in force on 31 March: the latest decision on or before it', () => {
    const facts: DataReturnFacts = {
      ...none,
      households: [household('H1', '2020-06-01', terms(3))],
      termsDecisions: [
        { householdId: 'H1', effectiveOn: '2020-06-01', terms: terms(1) },
        { householdId: 'H1', effectiveOn: '2025-10-01', terms: terms(2) },
        // Revised after the year end: not yet in force on 31 March 2026.
        { householdId: 'H1', effectiveOn: '2026-05-01', terms: terms(3) },
      ],
    };
    expect(valueOf(facts, 'places_at_year_end')).toBe(2);
    expect(valueOf(facts, 'places_at_year_end', 2024)).toBe(1);
    // Places created count the terms of the approval itself, not those held now.
    expect(valueOf(facts, 'places_created', 2020)).toBe(1);
    // With no dated decision (brought in with its terms), the terms held.
    expect(valueOf({ ...none, households: [household('H2', '2020-06-01', terms(3))] }, 'places_at_year_end')).toBe(3);
  });

  it('counts the ADM’s final refusals in the year, each household once however many records say so', () => {
    const facts: DataReturnFacts = {
      ...none,
      households: [household('R1', null), household('R2', null)],
      refusals: [
        { householdId: 'R1', decidedOn: '2025-07-01' },
        { householdId: 'R1', decidedOn: '2025-08-01' },
        { householdId: 'R2', decidedOn: '2026-04-01' },
      ],
    };
    expect(valueOf(facts, 'applications_refused')).toBe(1);
  });

  it('files a reason code the return does not know under "not recorded", and ends approval on the day it ends', () => {
    const facts: DataReturnFacts = {
      ...none,
      households: [household('T1', '2020-01-01', terms(1)), household('T2', '2020-01-01', terms(1))],
      terminations: [
        { householdId: 'T1', endsOn: '2025-06-01', reason: 'retired_code' },
        // Ends after 31 March: still approved on it.
        { householdId: 'T2', endsOn: '2026-04-01', reason: 'no_contact' },
      ],
    };
    expect(valueOf(facts, 'terminations_reason_not_recorded')).toBe(1);
    expect(valueOf(facts, 'terminations_no_contact')).toBe(0);
    expect(valueOf(facts, 'households_approved_at_year_end_mainstream')).toBe(1);
  });
});
