import { z } from 'zod';
import { IsoDate, OptionalIsoDate } from './dates';
import { PageNumber } from './paging';
import { EntityId, optionalText, requiredText, storable, Version } from './text';

export const HouseholdType = z.enum(['mainstream', 'connected_person', 'specialist'], {
  error: 'Choose the type of household',
});
export type HouseholdType = z.infer<typeof HouseholdType>;

export const HouseholdStatus = z.enum(
  ['applicant', 'approved', 'on_hold', 'resigned', 'terminated', 'withdrawn', 'refused'],
  {
    error: 'Choose a status',
  },
);
export type HouseholdStatus = z.infer<typeof HouseholdStatus>;

export const CareType = z.enum(
  [
    'short_term',
    'long_term',
    'permanent',
    'respite',
    'emergency',
    'parent_and_child',
    'remand',
    'specialist',
    'child_specific',
  ],
  { error: 'Choose a type of care' },
);
export type CareType = z.infer<typeof CareType>;

export const HOUSEHOLD_TYPE_LABELS: Record<HouseholdType, string> = {
  mainstream: 'Mainstream',
  connected_person: 'Connected person',
  specialist: 'Specialist scheme',
};

export const HOUSEHOLD_STATUS_LABELS: Record<HouseholdStatus, string> = {
  applicant: 'Applicant',
  approved: 'Approved',
  on_hold: 'On hold',
  resigned: 'Resigned',
  terminated: 'Terminated',
  withdrawn: 'Withdrawn',
  refused: 'Refused',
};

export const CARE_TYPE_LABELS: Record<CareType, string> = {
  short_term: 'Short-term',
  long_term: 'Long-term',
  permanent: 'Permanent',
  respite: 'Respite or short break',
  emergency: 'Emergency',
  parent_and_child: 'Parent and child',
  remand: 'Remand',
  specialist: 'Specialist scheme',
  child_specific: 'Child-specific (connected person)',
};

/** The types of care offered for a household: child-specific only for connected persons (terms-rules.ts). */
export function careTypesFor(householdType: HouseholdType | null): CareType[] {
  return CareType.options.filter((type) => type !== 'child_specific' || householdType === 'connected_person');
}

/** The titles the household form offers; anything else is typed as it should be printed ("Revd", "Prof"). */
export const APPLICANT_TITLES = ['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr'] as const;

/** Terms of approval as structured data, so reports can count them. */
export const TermsOfApproval = z
  .object({
    typesOfCare: z.array(CareType).min(1, { error: 'Choose at least one type of care' }),
    numberOfChildren: z
      .number({ error: 'Enter the number of children' })
      .int({ error: 'Enter a whole number of children' })
      .min(1, { error: 'Approval must be for at least 1 child' })
      .max(6, { error: 'Approval can be for at most 6 children' }),
    ageFrom: z.number({ error: 'Enter the youngest age' }).int().min(0, { error: 'Ages start at 0' }).max(17),
    ageTo: z.number({ error: 'Enter the oldest age' }).int().min(0).max(18, { error: 'Ages go up to 18' }),
    gender: z.enum(['any', 'male', 'female'], { error: 'Choose the gender of children' }),
    namedChildren: z.array(storable(z.string().trim().min(1).max(10), 'the child’s initials')).max(10),
    siblingGroup: z.boolean(),
  })
  .refine((terms) => terms.ageTo >= terms.ageFrom, {
    path: ['ageTo'],
    error: 'The oldest age must not be below the youngest',
  });
export type TermsOfApproval = z.infer<typeof TermsOfApproval>;

const LinkedChildFields = z.object({
  initials: z
    .string({ error: "Enter the child's initials" })
    .trim()
    .regex(/^[A-Za-z]{1,4}$/, { error: "Enter the child's initials only, like JS" }),
  dateOfBirth: IsoDate,
  placementDate: OptionalIsoDate,
  /** When this child's placement ended: FSR reg 32 keeps a connected person's records 10 years from it. */
  placementEndedOn: OptionalIsoDate,
  iroName: optionalText("the IRO's name", 120),
});
export const LinkedChild = LinkedChildFields.superRefine((child, ctx) => {
  if (child.placementEndedOn && !child.placementDate) {
    ctx.addIssue({
      code: 'custom',
      path: ['placementEndedOn'],
      message: 'Enter when the placement started before when it ended',
    });
  } else if (child.placementEndedOn && child.placementDate && child.placementEndedOn < child.placementDate) {
    ctx.addIssue({
      code: 'custom',
      path: ['placementEndedOn'],
      message: 'The placement cannot end before it started',
    });
  }
});
export type LinkedChild = z.infer<typeof LinkedChild>;

const HouseholdFields = z.object({
  reference: z
    .string({ error: 'Enter a reference' })
    .trim()
    .min(1, { error: 'Enter a reference' })
    .max(30, { error: 'The reference must be 30 characters or fewer' })
    .regex(/^[A-Za-z0-9/_-]+$/, { error: 'The reference can only contain letters, numbers, / - and _' }),
  displayName: requiredText('a display name, like Mr and Mrs A', 120),
  applicantNames: z
    .array(requiredText("the applicant's full name", 120), { error: 'Enter at least one applicant' })
    .min(1, { error: 'Enter at least one applicant' })
    .max(2, { error: 'A household has at most two applicants' }),
  /** Each applicant's title, in the order of the names (Mr, Mrs, Ms, Miss, Mx, Dr or as typed); blank for none. */
  applicantTitles: z
    .array(optionalText("the applicant's title", 30), { error: 'Enter each applicant’s title as text' })
    .max(2, { error: 'A household has at most two applicants' })
    .optional()
    .transform((titles) => titles ?? []),
  /** How letters greet them instead of their titles and surnames: the words after "Dear", like "Sam and Alex". */
  formOfAddress: optionalText('the form of address', 120),
  address: optionalText('address', 500),
  householdType: HouseholdType,
  specialistScheme: optionalText('the specialist scheme', 120),
  assessingSocialWorker: optionalText("the assessing social worker's name", 120),
  supervisingSocialWorker: optionalText("the supervising social worker's name", 120),
  applicationReceivedDate: OptionalIsoDate,
  temporaryApprovalDate: OptionalIsoDate,
  children: z.array(LinkedChild).max(10, { error: 'At most 10 children can be linked' }),
});

type Fields = z.output<typeof HouseholdFields>;

function checkHousehold(household: Fields, ctx: z.RefinementCtx): void {
  household.applicantTitles.forEach((title, index) => {
    if (title && index >= household.applicantNames.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['applicantTitles', index],
        message: 'Enter the second applicant’s name, or leave their title blank',
      });
    }
  });
  if (household.householdType === 'specialist' && !household.specialistScheme) {
    ctx.addIssue({ code: 'custom', path: ['specialistScheme'], message: 'Name the specialist scheme' });
  }
  if (household.householdType !== 'connected_person' && household.temporaryApprovalDate) {
    ctx.addIssue({
      code: 'custom',
      path: ['temporaryApprovalDate'],
      message: 'Only connected-person households have a temporary approval (CPPCR reg 24)',
    });
  }
}

export const NewHousehold = HouseholdFields.superRefine(checkHousehold);
export type NewHouseholdInput = z.input<typeof NewHousehold>;
export type NewHousehold = z.output<typeof NewHousehold>;

export const HouseholdUpdate = HouseholdFields.extend({ id: EntityId, version: Version }).superRefine(checkHousehold);
export type HouseholdUpdateInput = z.input<typeof HouseholdUpdate>;

/** Recording a status change outside panel business (e.g. bringing in an approved carer, putting one on hold). */
export const HouseholdStatusChange = z
  .object({
    id: EntityId,
    version: Version,
    status: HouseholdStatus,
    effectiveDate: IsoDate,
    reason: optionalText('the reason', 500),
    approvalDate: OptionalIsoDate,
    terms: TermsOfApproval.nullable().optional(),
  })
  .superRefine((change, ctx) => {
    if (change.status === 'approved' && !change.terms) {
      ctx.addIssue({ code: 'custom', path: ['terms'], message: 'Record the terms of approval' });
    }
  });
export type HouseholdStatusChangeInput = z.input<typeof HouseholdStatusChange>;

export const StatusHistoryEntry = z.object({
  status: HouseholdStatus,
  effectiveDate: IsoDate,
  reason: z.string().nullable(),
  recordedAt: z.string(),
  recordedBy: z.string(),
});

export const Household = z.object({
  id: z.string(),
  version: z.number().int(),
  reference: z.string(),
  displayName: z.string(),
  applicantNames: z.array(z.string()),
  /** In the order of the names; null where no title is recorded (every household from before titles were kept). */
  applicantTitles: z.array(z.string().nullable()),
  formOfAddress: z.string().nullable(),
  address: z.string().nullable(),
  householdType: HouseholdType,
  specialistScheme: z.string().nullable(),
  assessingSocialWorker: z.string().nullable(),
  supervisingSocialWorker: z.string().nullable(),
  applicationReceivedDate: IsoDate.nullable(),
  status: HouseholdStatus,
  approvalDate: IsoDate.nullable(),
  terms: TermsOfApproval.nullable(),
  temporaryApprovalDate: IsoDate.nullable(),
  /** While resigned: the day approval ends (or ended) on the latest notice, 28 days after it; shown as "resigning" until then. */
  resignationApprovalEnds: IsoDate.nullable(),
  children: z.array(
    LinkedChildFields.extend({
      placementDate: IsoDate.nullable(),
      placementEndedOn: IsoDate.nullable(),
      iroName: z.string().nullable(),
    }),
  ),
  history: z.array(StatusHistoryEntry),
});
export type Household = z.infer<typeof Household>;

export const HouseholdSummary = Household.pick({
  id: true,
  reference: true,
  displayName: true,
  householdType: true,
  status: true,
  applicationReceivedDate: true,
  approvalDate: true,
  resignationApprovalEnds: true,
});
export type HouseholdSummary = z.infer<typeof HouseholdSummary>;

/** The statuses of a household the service is still working with: the ones panel business can be about. */
export const CURRENT_STATUSES = ['applicant', 'approved', 'on_hold'] as const satisfies readonly HouseholdStatus[];

export const HouseholdFilter = z.object({
  search: z.string().trim().max(100).optional(),
  status: HouseholdStatus.optional(),
  householdType: HouseholdType.optional(),
  /** Only applicants, approved carers and households on hold (not those whose approval or application ended). */
  current: z.boolean({ error: 'Say whether to show current households only' }).optional(),
  /** At most this many, in reference order: a picker asks for one more than it shows, to know there are more. */
  limit: z
    .number({ error: 'Say how many households to show' })
    .int('Say how many households to show as a whole number')
    .min(1, 'Show at least one household')
    .max(500, 'Show at most 500 households at once')
    .optional(),
});
export type HouseholdFilter = z.input<typeof HouseholdFilter>;

/** The households list shows this many a page: a large service has thousands. */
export const HOUSEHOLDS_PAGE_SIZE = 50;

/** One page of the households list, in reference order, with its search and filters applied in SQL. */
export const HouseholdPageFilter = HouseholdFilter.pick({ search: true, status: true, householdType: true }).extend({
  page: PageNumber('households').optional(),
});
export type HouseholdPageFilter = z.input<typeof HouseholdPageFilter>;

/** `hasMore`: another page follows (read as one row more than the page, so nothing counts every match). */
export const HouseholdPage = z.object({
  page: z.number().int(),
  pageSize: z.number().int(),
  households: z.array(HouseholdSummary),
  hasMore: z.boolean(),
});
export type HouseholdPage = z.infer<typeof HouseholdPage>;

export const HouseholdRef = z.object({ id: EntityId });
