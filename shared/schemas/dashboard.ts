import { z } from 'zod';
import { IsoDate } from './dates';

/** Every clock the dashboard watches (domain.md "Statutory clocks", plus the central list's renewals). */
export const DUE_KINDS = [
  'papers',
  'record_sitting',
  'minutes',
  'adm_decision',
  'final_decision',
  'temporary_approval',
  'extension',
  'first_review',
  'application',
  'representations_window',
  'irm_papers',
  'resignation',
  'tell_orally',
  'tell_in_writing',
  'dbs_renewal',
  'appraisal',
  'term_renewal',
  'member_leaving',
  'irm_details',
  'observations',
  'later_review',
  'service_set_up',
] as const;
export const DueKind = z.enum(DUE_KINDS, { error: 'Choose a kind of deadline from the list' });
export type DueKind = z.infer<typeof DueKind>;

export const DUE_KIND_LABELS: Record<DueKind, string> = {
  papers: 'Papers to members',
  record_sitting: 'Sitting not recorded as held or cancelled',
  minutes: 'Minutes',
  adm_decision: 'ADM decision',
  final_decision: 'Final decision',
  temporary_approval: 'Temporary approval ending',
  extension: 'Extended temporary approval ending',
  first_review: 'First review',
  application: 'Recommendation on an application',
  representations_window: 'Representations or IRM window',
  irm_papers: 'Agency papers to the IRM',
  resignation: 'Resignation taking effect',
  tell_orally: 'Decision told to the applicant orally',
  tell_in_writing: 'Decision letter to the applicant',
  dbs_renewal: 'DBS renewal',
  appraisal: 'Appraisal',
  term_renewal: 'Term of appointment',
  member_leaving: 'Member leaving',
  irm_details: 'IRM contact details for a letter',
  observations: 'Observations on the assessment report',
  later_review: 'Review after the first',
  service_set_up: 'Setting up the service',
};

/** The roles that act on a deadline. */
export const WhoActs = z.enum(['administrator', 'chair', 'adm', 'nominated_officer'], {
  error: 'Choose who must act from the list',
});
export type WhoActs = z.infer<typeof WhoActs>;

export const WHO_ACTS_LABELS: Record<WhoActs, string> = {
  administrator: 'Panel administrator',
  chair: 'Chair',
  adm: 'Agency decision maker',
  nominated_officer: 'Nominated officer',
};

/** How far ahead the dashboard looks unless told otherwise. */
export const DEFAULT_WITHIN_DAYS = 28;
export const MAX_WITHIN_DAYS = 366;

/** Said of anything typed in the dashboard's days box that is not a whole number. */
const WHOLE_DAYS = 'Enter the number of days as a whole number, like 28';

export const DueFilter = z
  .object({
    kinds: z.array(DueKind).max(DUE_KINDS.length).optional(),
    whoActs: WhoActs.optional(),
    withinDays: z
      .number({ error: WHOLE_DAYS })
      .int({ error: WHOLE_DAYS })
      .min(0, { error: 'The number of days cannot be negative' })
      .max(MAX_WITHIN_DAYS, { error: `Look at most ${MAX_WITHIN_DAYS} days ahead` })
      .optional(),
  })
  .strict();
export type DueFilter = z.infer<typeof DueFilter>;

/** One thing due or overdue, with who must act and where its record is. */
export const DueEntry = z.object({
  /** Stable within one answer: the kind and the record it is about. */
  id: z.string(),
  kind: DueKind,
  title: z.string(),
  /** The household's reference, the sitting's date or the member's name. */
  subject: z.string(),
  dueDate: IsoDate,
  /** Calendar days from today to the due date: 0 when due today, negative when overdue. */
  daysLeft: z.number().int(),
  overdue: z.boolean(),
  whoActs: WhoActs,
  /** The screen that holds the record, as a route of the app. */
  link: z.string(),
  /** For a signed-in person: theirs to act on (one of their roles, and them where it names a person). */
  mine: z.boolean().optional(),
});
export type DueEntry = z.infer<typeof DueEntry>;

export const DueList = z.object({
  today: IsoDate,
  withinDays: z.number().int(),
  /** The signed-in person's own first; each part overdue first (longest overdue first), then by due date. */
  entries: z.array(DueEntry),
});
export type DueList = z.infer<typeof DueList>;
