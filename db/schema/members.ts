import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** Central list (FSR reg 23). Rows are never deleted: history refers to them. */
export const members = sqliteTable(
  'members',
  {
    id: text('id').primaryKey(),
    version: integer('version').notNull().default(1),
    name: text('name').notNull(),
    /** Lower-cased, space-collapsed name and email: the duplicate check's key. */
    nameKey: text('name_key').notNull(),
    emailKey: text('email_key'),
    email: text('email'),
    phone: text('phone'),
    address: text('address'),
    listRole: text('list_role', { enum: ['chair', 'vice_chair', 'member'] }).notNull(),
    independent: integer('independent', { mode: 'boolean' }).notNull(),
    background: text('background', {
      enum: [
        'social_worker',
        'foster_carer',
        'care_experienced_adult',
        'health',
        'education',
        'elected_member',
        'other',
      ],
    }).notNull(),
    backgroundDetail: text('background_detail'),
    socialWorkerPqe3: integer('social_worker_pqe3', { mode: 'boolean' }).notNull(),
    appointmentDate: text('appointment_date').notNull(),
    termEndDate: text('term_end_date'),
    dbsCheckDate: text('dbs_check_date'),
    dbsRenewalDue: text('dbs_renewal_due'),
    inductionDate: text('induction_date'),
    lastAppraisalDate: text('last_appraisal_date'),
    nextAppraisalDue: text('next_appraisal_due'),
    feePence: integer('fee_pence'),
    /** Held only to match a member brought in from a spreadsheet again (an import updates, never duplicates). */
    dateOfBirth: text('date_of_birth'),
    dbsNumber: text('dbs_number'),
    notes: text('notes'),
    status: text('status', { enum: ['active', 'on_notice', 'left'] }).notNull(),
    noticeReceivedDate: text('notice_received_date'),
    leavingDate: text('leaving_date'),
    leftDate: text('left_date'),
    leavingReason: text('leaving_reason'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [
    uniqueIndex('members_name_email_unique').on(table.nameKey, table.emailKey),
    index('members_status_name').on(table.status, table.nameKey),
    index('members_list_role').on(table.listRole),
    index('members_dbs_number').on(table.dbsNumber),
  ],
);

export const memberTraining = sqliteTable(
  'member_training',
  {
    id: text('id').primaryKey(),
    memberId: text('member_id')
      .notNull()
      .references(() => members.id),
    date: text('date').notNull(),
    title: text('title').notNull(),
    /** Whole minutes, so sums never drift. */
    minutes: integer('minutes').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (table) => [index('member_training_member_date').on(table.memberId, table.date)],
);

export type MemberRow = typeof members.$inferSelect;
export type NewMemberRow = typeof members.$inferInsert;
export type MemberTrainingRow = typeof memberTraining.$inferSelect;
