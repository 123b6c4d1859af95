import { z } from 'zod';
import { CALENDAR_YEARS } from '../domain/calendar/bank-holidays';
import { DEFAULT_CLOCKS } from '../domain/calendar/statutory-clocks';
import { ROUTABLE_ITEM_TYPES } from '../domain/sittings/panel-routing';
import { RoutableType } from './routing';
import { DEFAULT_QUORUM } from '../domain/sittings/quorum';
import { IsoDate } from './dates';
import { IrmContact, NO_IRM_CONTACT } from './irm-contact';
import { SittingPattern } from './sitting-pattern';
import { storable, VersionOrNone } from './text';

const period = (what: string, min: number, max: number) =>
  z
    .number({ error: `Enter ${what}` })
    .int({ error: `Enter a whole number for ${what}` })
    .min(min, { error: `${what.charAt(0).toUpperCase()}${what.slice(1)} must be at least ${min}` })
    .max(max, { error: `${what.charAt(0).toUpperCase()}${what.slice(1)} must be ${max} or fewer` });

/** The clock periods (domain.md); the law sets most of them, but a service may need to follow a change before the app does. */
export const ClockSettingsSchema = z.object({
  papersWorkingDaysBefore: period('the working days before a sitting for papers', 1, 20),
  applicationMonths: period('the months for a recommendation on an application', 1, 24),
  admDecisionWorkingDays: period('the working days for an ADM decision', 1, 30),
  temporaryApprovalWeeks: period('the weeks of temporary approval', 1, 52),
  extensionMaxWeeks: period('the weeks an extension may add', 1, 26),
  firstReviewMonths: period('the months before a first review', 1, 24),
  representationsDays: period('the days for representations or the IRM', 1, 90),
  irmPapersWorkingDays: period('the working days for papers to the IRM', 1, 30),
  resignationDays: period('the days before a resignation takes effect', 1, 90),
  tellOrallyWorkingDays: period('the working days to tell the decision orally', 0, 20),
  tellInWritingWorkingDays: period('the working days to tell the decision in writing', 0, 30),
});

const CalendarDay = IsoDate.refine(
  (day) => Number(day.slice(0, 4)) >= CALENDAR_YEARS.first && Number(day.slice(0, 4)) <= CALENDAR_YEARS.last,
  { error: `Enter a day from ${CALENDAR_YEARS.first} to ${CALENDAR_YEARS.last}, the years the calendar covers` },
);
/** One-off bank holiday changes on top of the bundled list (e.g. a new jubilee, or a holiday moved). */
export const BankHolidaySettings = z.object({
  added: z.array(CalendarDay).max(100, { error: 'At most 100 added days' }),
  removed: z.array(CalendarDay).max(100, { error: 'At most 100 removed days' }),
});

/**
 * The quorum rule's parts (domain.md, FSR reg 24 as read locally): the legal
 * minimum may be made stricter, never looser. More members may be required;
 * the three conditions cannot be switched off.
 */
export const QUORUM_MINIMUM_MEMBERS = 5;
const required = (part: string) =>
  z.boolean().refine((value) => value, {
    error: `${part} is required by the regulations (FSR reg 24) and cannot be switched off`,
  });
export const QuorumSettingsSchema = z.object({
  minimumMembers: z
    .number({ error: 'Enter the minimum number of members' })
    .int({ error: 'Enter a whole number of members' })
    .min(QUORUM_MINIMUM_MEMBERS, {
      error: `The regulations need at least ${QUORUM_MINIMUM_MEMBERS} members: you can ask for more, never fewer`,
    })
    .max(20, { error: 'The minimum cannot be more than 20 members' }),
  requireChairOrViceChairPresiding: required('The chair or a vice chair presiding'),
  requireQualifiedSocialWorker: required("A social worker with 3 years' post-qualifying experience"),
  requireOtherIndependentWhenPresiderNotIndependent: required(
    'Another independent member when the person presiding is not independent',
  ),
});

/** What letters carry at their head: where the service is and how to reach it. */
export const AgencyContact = z.object({
  address: storable(
    z.string().trim().max(500, { error: 'The address must be 500 characters or fewer' }),
    'the address',
  ),
  phone: storable(
    z.string().trim().max(40, { error: 'The telephone number must be 40 characters or fewer' }),
    'the telephone number',
  ),
  email: z
    .string()
    .trim()
    .max(200)
    .refine((value) => value === '' || /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value), {
      error: 'Enter an email address like fostering@example.gov.uk',
    }),
  /** A small PNG or JPEG logo as a data URL, or empty for none. */
  logoDataUrl: z
    .string()
    .max(400_000, { error: 'The logo must be smaller than 300 KB' })
    .refine((value) => value === '' || /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+=*$/.test(value), {
      error: 'The logo must be a PNG or JPEG image',
    }),
});
export type AgencyContact = z.infer<typeof AgencyContact>;

/** How many routine backups rotation keeps: the newest of each recent day, and of each recent month. */
export const BackupRotation = z.object({
  daily: period('the days of daily backups to keep', 1, 90),
  monthly: period('the months of monthly backups to keep', 0, 120),
});

/**
 * Item types the service has switched off at panel: they go straight to the
 * ADM on the service's report. Approvals are refused with the law's reason.
 */
export const DirectToAdm = z
  .array(RoutableType)
  .max(ROUTABLE_ITEM_TYPES.length, { error: 'Each item type may be listed once' })
  .refine((types) => new Set(types).size === types.length, { error: 'Each item type may be listed once' });

/** What a late step of a case chain may be put down to: the service may add its own to the defaults. */
export const DEFAULT_DELAY_REASONS = [
  'Awaiting references',
  'Awaiting statutory checks',
  'Applicant requested delay',
  'Panel sitting cancelled',
  'Report not ready',
  'Awaiting information for the ADM',
  'Other (see note)',
];
export const DelayReasonsSetting = z
  .array(
    storable(
      z
        .string({ error: 'Enter the reason' })
        .trim()
        .min(1, { error: 'Enter each reason, or remove the empty line' })
        .max(120, { error: 'Each reason must be 120 characters or fewer' }),
      'the reason',
    ),
  )
  .min(1, { error: 'Keep at least one reason for delay' })
  .max(40, { error: 'At most 40 reasons for delay' })
  .refine((reasons) => new Set(reasons).size === reasons.length, { error: 'Each reason may be listed once' });

export const AppSettings = z.object({
  /** The service's name, printed at the head of every document. */
  agencyName: storable(
    z
      .string({ error: "Enter the fostering service's name" })
      .trim()
      .min(1, { error: "Enter the fostering service's name" })
      .max(200, { error: 'The name must be 200 characters or fewer' }),
    'the name',
  ),
  idleLockMinutes: z
    .number({ error: 'Enter the idle time in minutes' })
    .int({ error: 'Enter a whole number of minutes' })
    .min(1, { error: 'The idle time must be at least 1 minute' })
    .max(240, { error: 'The idle time must be 240 minutes or fewer' }),
  /** Null: the backups folder beside the database. */
  backupFolder: z
    .string()
    .trim()
    .max(1000, { error: 'The folder path is too long' })
    .nullable()
    .transform((value) => (value ? value : null)),
  quorum: QuorumSettingsSchema,
  agencyContact: AgencyContact,
  clocks: ClockSettingsSchema,
  bankHolidays: BankHolidaySettings,
  /** Years from a member's DBS check to its renewal, used when no renewal date is entered. */
  dbsRenewalYears: period('the years between DBS checks', 1, 10),
  backupRotation: BackupRotation,
  directToAdm: DirectToAdm,
  /** The Independent Review Mechanism's contact details for qualifying determination letters; none until entered. */
  irmContact: IrmContact,
  /** The usual sitting pattern, which suggests dates when a sitting is added; none until entered. */
  sittingPattern: SittingPattern.nullable(),
  /** The reasons for delay offered on a late or overdue step of a household's case chain. */
  delayReasons: DelayReasonsSetting,
  /** The protective marking printed in the header of every document made from a template. */
  protectiveMarking: storable(
    z
      .string({ error: 'Enter the protective marking' })
      .trim()
      .min(1, { error: 'Enter the protective marking, for example OFFICIAL-SENSITIVE' })
      .max(60, { error: 'The protective marking must be 60 characters or fewer' }),
    'the protective marking',
  ),
  /**
   * Sign-ins from another computer (a seat over the network, not the host
   * itself) need a code from an authenticator app after the password.
   */
  requireSecondFactorForSeats: z.boolean(),
  /** A browser seat may save documents and exports; off, only the host and desktop seats can. */
  browserSeatDownloads: z.boolean(),
});
export type AppSettings = z.infer<typeof AppSettings>;
export type AppSettingsInput = z.input<typeof AppSettings>;

export const DEFAULT_SETTINGS: AppSettings = {
  agencyName: 'Fostering service',
  idleLockMinutes: 15,
  backupFolder: null,
  quorum: DEFAULT_QUORUM,
  agencyContact: { address: '', phone: '', email: '', logoDataUrl: '' },
  clocks: DEFAULT_CLOCKS,
  bankHolidays: { added: [], removed: [] },
  dbsRenewalYears: 3,
  backupRotation: { daily: 14, monthly: 12 },
  directToAdm: [],
  irmContact: NO_IRM_CONTACT,
  sittingPattern: null,
  delayReasons: DEFAULT_DELAY_REASONS,
  protectiveMarking: 'OFFICIAL-SENSITIVE',
  requireSecondFactorForSeats: false,
  browserSeatDownloads: true,
};

/** The settings with how many times they have been saved (0: never, the defaults), for a form to save against. */
export const SettingsView = AppSettings.extend({ version: z.number().int().min(0) });
export type SettingsView = z.infer<typeof SettingsView>;

/**
 * A change to some settings; the rest keep their values. `version` is the one the writer read (0: never saved, the
 * defaults): a save made since at another seat is refused, not undone. Required of every writer, the app's own
 * seeding (the demo, tests' set-up) included, so no seat can write blind over a change made at another.
 */
export const SettingsUpdate = AppSettings.partial().extend({ version: VersionOrNone });
export type SettingsUpdateInput = z.input<typeof SettingsUpdate>;
