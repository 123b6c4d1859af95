import type { MemberFacts } from '../../shared/domain/members/compliance';
import type { NewMemberInput } from '../../shared/schemas/member';

let counter = 0;

/** A valid new member; every call gets a distinct name and email unless overridden. */
export function memberInput(overrides: Partial<NewMemberInput> = {}): NewMemberInput {
  counter += 1;
  return {
    name: `Test Member ${counter}`,
    email: `member${counter}@example.org`,
    listRole: 'member',
    independent: true,
    background: 'foster_carer',
    socialWorkerPqe3: false,
    appointmentDate: '2024-04-01',
    termEndDate: '2027-03-31',
    dbsCheckDate: '2024-03-01',
    dbsRenewalDue: '2027-03-01',
    lastAppraisalDate: '2026-04-01',
    nextAppraisalDue: '2027-04-01',
    fee: '150.00',
    ...overrides,
  };
}

/** The smallest list that raises no list-level warnings: independent chair, vice chair, qualified social worker. */
export function compliantListInputs(): NewMemberInput[] {
  return [
    memberInput({ name: 'Chair Person', listRole: 'chair', independent: true }),
    memberInput({ name: 'Vice Chair', listRole: 'vice_chair' }),
    memberInput({ name: 'Social Worker', background: 'social_worker', socialWorkerPqe3: true }),
  ];
}

/** A current, compliant member as the compliance and dashboard rules see one. */
export function memberFacts(overrides: Partial<MemberFacts> = {}): MemberFacts {
  return {
    id: 'm1',
    name: 'Helen Turner',
    status: 'active',
    listRole: 'member',
    independent: true,
    socialWorkerPqe3: false,
    dbsRenewalDue: null,
    nextAppraisalDue: null,
    termEndDate: null,
    leavingDate: null,
    ...overrides,
  };
}
