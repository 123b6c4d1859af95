import type { NewHouseholdInput } from '../../shared/schemas/household';

let counter = 0;

/** A valid new mainstream applicant household with a unique reference. */
export function householdInput(overrides: Partial<NewHouseholdInput> = {}): NewHouseholdInput {
  counter += 1;
  return {
    reference: `FC-${String(counter).padStart(4, '0')}`,
    displayName: `Mr and Mrs T${counter}`,
    applicantNames: [`Tom Test${counter}`, `Tess Test${counter}`],
    address: '1 High Street\nMarket Town\nMT1 1AA',
    householdType: 'mainstream',
    assessingSocialWorker: 'Sam Social',
    applicationReceivedDate: '2026-04-01',
    children: [],
    ...overrides,
  };
}
