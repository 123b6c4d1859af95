import { z } from 'zod';
import { IsoDate, OptionalIsoDate } from './dates';
import { EntityId, optionalText, requiredText, Version } from './text';

export const ListRole = z.enum(['chair', 'vice_chair', 'member'], {
  error: 'Choose the role on the central list',
});
export type ListRole = z.infer<typeof ListRole>;

export const Background = z.enum(
  ['social_worker', 'foster_carer', 'care_experienced_adult', 'health', 'education', 'elected_member', 'other'],
  { error: 'Choose a professional background' },
);
export type Background = z.infer<typeof Background>;

export const MemberStatus = z.enum(['active', 'on_notice', 'left'], { error: 'Choose a status' });
export type MemberStatus = z.infer<typeof MemberStatus>;

export const LIST_ROLE_LABELS: Record<ListRole, string> = {
  chair: 'Chair',
  vice_chair: 'Vice chair',
  member: 'Member',
};

export const BACKGROUND_LABELS: Record<Background, string> = {
  social_worker: 'Social worker',
  foster_carer: 'Foster carer',
  care_experienced_adult: 'Care-experienced adult',
  health: 'Health',
  education: 'Education',
  elected_member: 'Elected member',
  other: 'Other',
};

export const MEMBER_STATUS_LABELS: Record<MemberStatus, string> = {
  active: 'Active',
  on_notice: 'On notice',
  left: 'Left',
};

const Email = z
  .string({ error: 'Enter an email address' })
  .trim()
  .max(254, { error: 'Email address must be 254 characters or fewer' })
  .refine((value) => value === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value), {
    error: 'Enter an email address in the correct format, like name@example.org',
  })
  .nullable()
  .optional()
  .transform((value) => (value ? value : null));

/** Money typed as pounds ("150" or "150.50"), held as whole pence. */
const FeePounds = z
  .string({ error: 'Enter the fee as an amount in pounds, like 150.00' })
  .trim()
  .refine((value) => value === '' || /^£?\d{1,6}(\.\d{1,2})?$/.test(value), {
    error: 'Enter the fee as an amount in pounds, like 150.00',
  })
  .nullable()
  .optional()
  .transform((value) => (value ? Math.round(Number(value.replace('£', '')) * 100) : null));

const MemberFields = z.object({
  name: requiredText("the member's full name"),
  email: Email,
  phone: optionalText('phone number', 40),
  address: optionalText('address', 500),
  listRole: ListRole,
  independent: z.boolean({ error: 'Say whether the member is independent of the service' }),
  background: Background,
  backgroundDetail: optionalText('background detail', 200),
  socialWorkerPqe3: z.boolean({
    error: "Say whether the member is a social worker with 3 years' post-qualifying experience",
  }),
  appointmentDate: IsoDate,
  termEndDate: OptionalIsoDate,
  dbsCheckDate: OptionalIsoDate,
  dbsRenewalDue: OptionalIsoDate,
  inductionDate: OptionalIsoDate,
  lastAppraisalDate: OptionalIsoDate,
  nextAppraisalDue: OptionalIsoDate,
  fee: FeePounds,
  notes: optionalText('notes', 4000),
});

type MemberFieldsOut = z.output<typeof MemberFields>;

/** Rules that join two fields; each message lands on the field the user must change. */
function checkMemberDates(member: MemberFieldsOut, ctx: z.RefinementCtx): void {
  const after = (later: string | null, earlier: string | null) => !later || !earlier || later > earlier;
  if (!after(member.termEndDate, member.appointmentDate)) {
    ctx.addIssue({
      code: 'custom',
      path: ['termEndDate'],
      message: 'The term must end after the appointment date',
    });
  }
  if (!after(member.dbsRenewalDue, member.dbsCheckDate)) {
    ctx.addIssue({
      code: 'custom',
      path: ['dbsRenewalDue'],
      message: 'The DBS renewal must be due after the DBS check date',
    });
  }
  if (!after(member.nextAppraisalDue, member.lastAppraisalDate)) {
    ctx.addIssue({
      code: 'custom',
      path: ['nextAppraisalDue'],
      message: 'The next appraisal must be due after the last appraisal',
    });
  }
  if (member.socialWorkerPqe3 && member.background !== 'social_worker') {
    ctx.addIssue({
      code: 'custom',
      path: ['socialWorkerPqe3'],
      message:
        "Only a member whose background is social work can count as a social worker with 3 years' post-qualifying experience",
    });
  }
  if (member.background === 'other' && !member.backgroundDetail) {
    ctx.addIssue({
      code: 'custom',
      path: ['backgroundDetail'],
      message: 'Describe the background when you choose "Other"',
    });
  }
}

export const NewMember = MemberFields.superRefine(checkMemberDates);
export type NewMemberInput = z.input<typeof NewMember>;
export type NewMember = z.output<typeof NewMember>;

export const MemberUpdate = MemberFields.extend({ id: EntityId, version: Version }).superRefine(checkMemberDates);
export type MemberUpdateInput = z.input<typeof MemberUpdate>;
export type MemberUpdate = z.output<typeof MemberUpdate>;

export const TrainingEntry = z.object({
  id: z.string(),
  date: IsoDate,
  title: z.string(),
  hours: z.number(),
});
export type TrainingEntry = z.infer<typeof TrainingEntry>;

export const Member = z.object({
  id: z.string(),
  version: z.number().int(),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  listRole: ListRole,
  independent: z.boolean(),
  background: Background,
  backgroundDetail: z.string().nullable(),
  socialWorkerPqe3: z.boolean(),
  appointmentDate: IsoDate,
  termEndDate: IsoDate.nullable(),
  dbsCheckDate: IsoDate.nullable(),
  dbsRenewalDue: IsoDate.nullable(),
  inductionDate: IsoDate.nullable(),
  lastAppraisalDate: IsoDate.nullable(),
  nextAppraisalDue: IsoDate.nullable(),
  feePence: z.number().int().nullable(),
  notes: z.string().nullable(),
  status: MemberStatus,
  noticeReceivedDate: IsoDate.nullable(),
  leavingDate: IsoDate.nullable(),
  leftDate: IsoDate.nullable(),
  leavingReason: z.string().nullable(),
  training: z.array(TrainingEntry),
});
export type Member = z.infer<typeof Member>;

export const MemberSummary = Member.pick({
  id: true,
  name: true,
  email: true,
  listRole: true,
  independent: true,
  background: true,
  socialWorkerPqe3: true,
  appointmentDate: true,
  termEndDate: true,
  dbsRenewalDue: true,
  nextAppraisalDue: true,
  status: true,
  leavingDate: true,
});
export type MemberSummary = z.infer<typeof MemberSummary>;

export const MemberSort = z.enum(['name', 'listRole', 'appointmentDate', 'dbsRenewalDue', 'status'], {
  error: 'Choose a column to sort by',
});
export type MemberSort = z.infer<typeof MemberSort>;

export const MemberFilter = z.object({
  search: z.string().trim().max(200, { error: 'Search must be 200 characters or fewer' }).optional(),
  status: z.enum(['current', 'active', 'on_notice', 'left', 'all'], { error: 'Choose a status' }).optional(),
  listRole: ListRole.optional(),
  sort: MemberSort.optional(),
  direction: z.enum(['asc', 'desc'], { error: 'Choose a sort direction' }).optional(),
});
export type MemberFilter = z.input<typeof MemberFilter>;

export const MemberRef = z.object({ id: EntityId });

export const RecordNotice = z.object({ id: EntityId, version: Version, noticeDate: IsoDate });
export type RecordNoticeInput = z.input<typeof RecordNotice>;

export const RecordLeaving = z.object({
  id: EntityId,
  version: Version,
  leftDate: IsoDate,
  reason: optionalText('reason for leaving', 500),
});
export type RecordLeavingInput = z.input<typeof RecordLeaving>;

const HOURS_MESSAGE = 'Enter the hours as a number, like 2.5';

export const NewTrainingEntry = z.object({
  memberId: EntityId,
  date: IsoDate,
  title: requiredText('the title of the training', 200),
  hours: z
    .string({ error: HOURS_MESSAGE })
    .trim()
    .regex(/^\d{1,3}(\.\d{1,2})?$/, { error: HOURS_MESSAGE })
    .transform(Number)
    .pipe(
      z
        .number()
        .positive({ error: 'Hours must be more than 0' })
        .max(100, { error: 'Hours must be 100 or fewer' })
        .refine((value) => Number.isInteger(value * 4), { error: 'Enter hours to the nearest quarter hour' }),
    ),
});
export type NewTrainingEntryInput = z.input<typeof NewTrainingEntry>;

export const TrainingRef = z.object({ memberId: EntityId, trainingId: EntityId });
