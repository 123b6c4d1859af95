import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** The subjects of panel business: applicants and carers. Kept to what the work needs. */
export const households = sqliteTable(
  'households',
  {
    id: text('id').primaryKey(),
    version: integer('version').notNull().default(1),
    reference: text('reference').notNull(),
    referenceKey: text('reference_key').notNull(),
    displayName: text('display_name').notNull(),
    /** JSON array of the applicants' full names, as letters address them. */
    applicantNames: text('applicant_names').notNull(),
    /** JSON array of each applicant's title ("Mr", "Dr", or as typed; null for none), in the order of the names. */
    applicantTitles: text('applicant_titles'),
    /** How letters greet them when the titles and surnames would not ("Sam and Alex"); null to work it out. */
    formOfAddress: text('form_of_address'),
    address: text('address'),
    householdType: text('household_type', { enum: ['mainstream', 'connected_person', 'specialist'] }).notNull(),
    specialistScheme: text('specialist_scheme'),
    assessingSocialWorker: text('assessing_social_worker'),
    supervisingSocialWorker: text('supervising_social_worker'),
    applicationReceivedDate: text('application_received_date'),
    status: text('status', {
      enum: ['applicant', 'approved', 'on_hold', 'resigned', 'terminated', 'withdrawn', 'refused'],
    }).notNull(),
    approvalDate: text('approval_date'),
    /** JSON terms of approval (shared/schemas/household.ts TermsOfApproval), null before approval. */
    terms: text('terms'),
    temporaryApprovalDate: text('temporary_approval_date'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [
    uniqueIndex('households_reference_key').on(table.referenceKey),
    // Covering the summary columns: lists and the retention screen read every household from the index alone.
    index('households_status').on(
      table.status,
      table.referenceKey,
      table.id,
      table.version,
      table.reference,
      table.displayName,
      table.householdType,
      table.applicationReceivedDate,
      table.approvalDate,
    ),
    index('households_list').on(
      table.referenceKey,
      table.id,
      table.reference,
      table.displayName,
      table.householdType,
      table.status,
      table.applicationReceivedDate,
      table.approvalDate,
    ),
    // The annual report counts temporary approvals in its period.
    index('households_temporary_approval').on(table.temporaryApprovalDate),
  ],
);

/** Every change of status, with the date it took effect and why. */
export const householdStatusHistory = sqliteTable(
  'household_status_history',
  {
    id: text('id').primaryKey(),
    householdId: text('household_id')
      .notNull()
      .references(() => households.id),
    status: text('status').notNull(),
    effectiveDate: text('effective_date').notNull(),
    reason: text('reason'),
    recordedAt: text('recorded_at').notNull(),
    recordedBy: text('recorded_by').notNull(),
  },
  (table) => [
    index('household_status_history_household').on(table.householdId, table.recordedAt),
    index('household_status_history_status_date').on(table.status, table.effectiveDate),
    // Retention: each household's latest date of each ending status, from the index alone.
    index('household_status_history_status_household').on(table.status, table.householdId, table.effectiveDate),
  ],
);

/** Children linked to a connected-person household (initials only). */
export const householdChildren = sqliteTable(
  'household_children',
  {
    id: text('id').primaryKey(),
    householdId: text('household_id')
      .notNull()
      .references(() => households.id),
    initials: text('initials').notNull(),
    dateOfBirth: text('date_of_birth').notNull(),
    placementDate: text('placement_date'),
    /** When this child's placement with the connected person ended: FSR reg 32 counts 10 years from the latest. */
    placementEndedOn: text('placement_ended_on'),
    iroName: text('iro_name'),
  },
  (table) => [index('household_children_household').on(table.householdId, table.placementDate)],
);

export type HouseholdRow = typeof households.$inferSelect;
