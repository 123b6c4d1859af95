import type { Background, ListRole, Member, NewMemberInput } from '../../../../shared/schemas/member';
import { emptyDate, partsFromIso, partsToIso, type DateParts } from '../../components/date-parts';

/** What the member form holds while the user types: strings and date parts, never parsed values. */
export interface MemberFormValues {
  name: string;
  email: string;
  phone: string;
  address: string;
  listRole: ListRole | '';
  independent: boolean;
  background: Background | '';
  backgroundDetail: string;
  socialWorkerPqe3: boolean;
  appointmentDate: DateParts;
  termEndDate: DateParts;
  dbsCheckDate: DateParts;
  dbsRenewalDue: DateParts;
  inductionDate: DateParts;
  lastAppraisalDate: DateParts;
  nextAppraisalDue: DateParts;
  fee: string;
  notes: string;
}

export const DATE_FIELDS = [
  'appointmentDate',
  'termEndDate',
  'dbsCheckDate',
  'dbsRenewalDue',
  'inductionDate',
  'lastAppraisalDate',
  'nextAppraisalDue',
] as const;

export function blankMemberForm(): MemberFormValues {
  return {
    name: '',
    email: '',
    phone: '',
    address: '',
    listRole: '',
    independent: false,
    background: '',
    backgroundDetail: '',
    socialWorkerPqe3: false,
    appointmentDate: emptyDate,
    termEndDate: emptyDate,
    dbsCheckDate: emptyDate,
    dbsRenewalDue: emptyDate,
    inductionDate: emptyDate,
    lastAppraisalDate: emptyDate,
    nextAppraisalDue: emptyDate,
    fee: '',
    notes: '',
  };
}

export function memberToForm(member: Member): MemberFormValues {
  return {
    name: member.name,
    email: member.email ?? '',
    phone: member.phone ?? '',
    address: member.address ?? '',
    listRole: member.listRole,
    independent: member.independent,
    background: member.background,
    backgroundDetail: member.backgroundDetail ?? '',
    socialWorkerPqe3: member.socialWorkerPqe3,
    appointmentDate: partsFromIso(member.appointmentDate),
    termEndDate: partsFromIso(member.termEndDate),
    dbsCheckDate: partsFromIso(member.dbsCheckDate),
    dbsRenewalDue: partsFromIso(member.dbsRenewalDue),
    inductionDate: partsFromIso(member.inductionDate),
    lastAppraisalDate: partsFromIso(member.lastAppraisalDate),
    nextAppraisalDue: partsFromIso(member.nextAppraisalDue),
    fee: member.feePence === null ? '' : (member.feePence / 100).toFixed(2),
    notes: member.notes ?? '',
  };
}

/** The form as the contract's input. Enum blanks go as they are: the backend explains what is missing. */
export function formToInput(values: MemberFormValues): NewMemberInput {
  return {
    name: values.name,
    email: values.email,
    phone: values.phone,
    address: values.address,
    listRole: values.listRole as ListRole,
    independent: values.independent,
    background: values.background as Background,
    backgroundDetail: values.backgroundDetail,
    socialWorkerPqe3: values.socialWorkerPqe3,
    appointmentDate: partsToIso(values.appointmentDate),
    termEndDate: partsToIso(values.termEndDate),
    dbsCheckDate: partsToIso(values.dbsCheckDate),
    dbsRenewalDue: partsToIso(values.dbsRenewalDue),
    inductionDate: partsToIso(values.inductionDate),
    lastAppraisalDate: partsToIso(values.lastAppraisalDate),
    nextAppraisalDue: partsToIso(values.nextAppraisalDue),
    fee: values.fee,
    notes: values.notes,
  };
}

/** Error-summary links for date fields go to the day box. */
export const DATE_FIELD_TARGETS: Record<string, string> = Object.fromEntries(
  DATE_FIELDS.map((field) => [field, `${field}-day`]),
);
