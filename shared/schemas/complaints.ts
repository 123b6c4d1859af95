import { z } from 'zod';
import { IsoDate, OptionalIsoDate } from './dates';
import { EntityId, optionalText, requiredText, Version } from './text';
import { PageNumber } from './paging';

export const ComplaintSource = z.enum(['applicant', 'carer', 'social_worker', 'manager', 'other'], {
  error: 'Choose who made the complaint',
});
export type ComplaintSource = z.infer<typeof ComplaintSource>;

export const COMPLAINT_SOURCE_LABELS: Record<ComplaintSource, string> = {
  applicant: 'Applicant',
  carer: 'Foster carer',
  social_worker: 'Social worker',
  manager: 'Manager',
  other: 'Someone else',
};

export const FeedbackFrom = z.enum(['applicant', 'carer', 'social_worker', 'other'], {
  error: 'Choose who gave the feedback',
});
export type FeedbackFrom = z.infer<typeof FeedbackFrom>;

export const FEEDBACK_FROM_LABELS: Record<FeedbackFrom, string> = {
  applicant: 'Applicant',
  carer: 'Foster carer',
  social_worker: 'Social worker',
  other: 'Someone else',
};

/** A record chosen from a list, or none: blank and null both mean none. */
const OptionalRef = z
  .union([z.literal(''), z.null(), EntityId])
  .optional()
  .transform((value) => (value ? value : null));

const ComplaintFields = z.object({
  receivedOn: IsoDate,
  source: ComplaintSource,
  summary: requiredText('a summary of the complaint', 2000),
  sittingId: OptionalRef,
  householdId: OptionalRef,
  outcome: optionalText('the outcome', 2000),
  closedOn: OptionalIsoDate,
});

function checkComplaint(complaint: z.output<typeof ComplaintFields>, ctx: z.RefinementCtx): void {
  if (complaint.closedOn && !complaint.outcome) {
    ctx.addIssue({ code: 'custom', path: ['outcome'], message: 'Record the outcome before closing the complaint' });
  }
  if (complaint.closedOn && complaint.closedOn < complaint.receivedOn) {
    ctx.addIssue({
      code: 'custom',
      path: ['closedOn'],
      message: 'The date it was closed cannot be before the date it was received',
    });
  }
}

export const NewComplaint = ComplaintFields.superRefine(checkComplaint);
export type NewComplaintInput = z.input<typeof NewComplaint>;
export type NewComplaint = z.output<typeof NewComplaint>;

export const ComplaintUpdate = ComplaintFields.extend({ id: EntityId, version: Version }).superRefine(checkComplaint);
export type ComplaintUpdateInput = z.input<typeof ComplaintUpdate>;

/** Complaints and feedback forms are read a page at a time: 20 years of a large service is thousands. */
export const COMPLAINTS_PAGE_SIZE = 50;

export const ComplaintFilter = z.object({
  status: z.enum(['open', 'closed']).optional(),
  householdId: EntityId.optional(),
  page: PageNumber('complaints').optional(),
});

const SittingLink = z.object({ id: z.string(), date: IsoDate });
const HouseholdLink = z.object({ id: z.string(), reference: z.string() });

export const Complaint = z.object({
  id: z.string(),
  version: z.number().int(),
  receivedOn: IsoDate,
  source: ComplaintSource,
  summary: z.string(),
  sitting: SittingLink.nullable(),
  household: HouseholdLink.nullable(),
  outcome: z.string().nullable(),
  closedOn: IsoDate.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Complaint = z.infer<typeof Complaint>;

/** One page of complaints, newest first, and how many match the filter. */
export const ComplaintPage = z.object({
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
  complaints: z.array(Complaint),
});
export type ComplaintPage = z.infer<typeof ComplaintPage>;

export const Rating = z
  .number({ error: 'Choose a rating from 1 to 5' })
  .int({ error: 'Choose a rating from 1 to 5' })
  .min(1, { error: 'Choose a rating from 1 to 5' })
  .max(5, { error: 'Choose a rating from 1 to 5' });

export const NewFeedbackForm = z.object({
  receivedOn: IsoDate,
  fromKind: FeedbackFrom,
  sittingId: z
    .string({ error: 'Choose the sitting the feedback is about' })
    .min(1, { error: 'Choose the sitting the feedback is about' })
    .pipe(EntityId),
  itemId: OptionalRef,
  rating: Rating,
  comment: optionalText('the comments', 2000),
});
export type NewFeedbackFormInput = z.input<typeof NewFeedbackForm>;

export const FeedbackFilter = z.object({
  sittingId: EntityId.optional(),
  page: PageNumber('feedback forms').optional(),
});

export const FeedbackForm = z.object({
  id: z.string(),
  receivedOn: IsoDate,
  fromKind: FeedbackFrom,
  sitting: SittingLink,
  item: z
    .object({
      id: z.string(),
      number: z.number().int(),
      typeLabel: z.string(),
      householdReference: z.string().nullable(),
    })
    .nullable(),
  rating: z.number().int(),
  comment: z.string().nullable(),
  createdAt: z.string(),
});
export type FeedbackForm = z.infer<typeof FeedbackForm>;

/** One page of feedback forms, newest first; the count and average rating are of every form that matches. */
export const FeedbackPage = z.object({
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
  averageRating: z.number().nullable(),
  forms: z.array(FeedbackForm),
});
export type FeedbackPage = z.infer<typeof FeedbackPage>;
