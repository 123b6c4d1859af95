import { sql } from 'drizzle-orm';
import { blob, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { households } from './households';
import { agendaItems, sittings } from './sittings';

/** One referred item's journey after panel: the ADM's decision and, for a qualifying determination, the final one. */
export const admCases = sqliteTable(
  'adm_cases',
  {
    itemId: text('item_id')
      .primaryKey()
      .references(() => agendaItems.id),
    householdId: text('household_id').references(() => households.id),
    version: integer('version').notNull().default(1),
    state: text('state', {
      enum: ['awaiting', 'information_requested', 'decided', 'qualifying', 'final'],
    }).notNull(),
    infoWhat: text('info_what'),
    infoFrom: text('info_from'),
    infoRequestedOn: text('info_requested_on'),
    infoReceivedOn: text('info_received_on'),
    verdict: text('verdict', { enum: ['agree', 'disagree'] }),
    decisionCode: text('decision_code'),
    /** JSON TermsOfApproval, for decisions that set terms. */
    decisionTerms: text('decision_terms'),
    decisionReasons: text('decision_reasons'),
    carerAgreed: integer('carer_agreed', { mode: 'boolean' }).notNull().default(false),
    decidedOn: text('decided_on'),
    decidedByUserId: text('decided_by_user_id'),
    decidedByName: text('decided_by_name'),
    letterDate: text('letter_date'),
    windowEnds: text('window_ends'),
    route: text('route', { enum: ['representations', 'irm'] }),
    routeReceivedOn: text('route_received_on'),
    irmPapersDue: text('irm_papers_due'),
    irmRecommendation: text('irm_recommendation'),
    irmRecommendationOn: text('irm_recommendation_on'),
    representationsItemId: text('representations_item_id'),
    finalCode: text('final_code'),
    finalTerms: text('final_terms'),
    finalReasons: text('final_reasons'),
    finalDecidedOn: text('final_decided_on'),
    finalDecidedByName: text('final_decided_by_name'),
    /** After an IRM recommendation: the ADM confirmed they considered it (set with the final decision). */
    irmConsidered: integer('irm_considered', { mode: 'boolean' }),
    /** Whether the final decision departs from the IRM panel's recommendation; its reasons are then required. */
    irmDeparts: integer('irm_departs', { mode: 'boolean' }),
    irmDepartureReasons: text('irm_departure_reasons'),
    /** Locally the applicant is told the decision orally within 2 working days: when, and by whom. */
    toldOrallyOn: text('told_orally_on'),
    toldOrallyByName: text('told_orally_by_name'),
    /**
     * Set on every decision recorded from this release: decisions recorded
     * before telling was tracked (false) have no telling clocks to show.
     */
    tellingTracked: integer('telling_tracked', { mode: 'boolean' }).notNull().default(false),
    /**
     * The day the decision letter was first issued (the applicant told in
     * writing): set by a trigger on issued_documents (migration "extensions").
     */
    toldInWritingOn: text('told_in_writing_on'),
    approvalEnds: text('approval_ends'),
    /** For a decision that ends approval: a DEREGISTRATION_REASONS code. */
    endingReason: text('ending_reason'),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [
    index('adm_cases_household').on(table.householdId),
    // The queue and the dashboard read the open cases; the annual report reads by date.
    index('adm_cases_state').on(table.state),
    index('adm_cases_decided_on').on(table.decidedOn),
    index('adm_cases_approval_ends').on(table.approvalEnds, table.householdId),
    // The dashboard reads only the decisions whose applicant is still to be told one way or the other.
    index('adm_cases_telling_open')
      .on(table.decidedOn)
      .where(sql`telling_tracked = 1 and (told_orally_on is null or told_in_writing_on is null)`),
  ],
);

/** A case sent straight to the ADM on the service's report, with what the service recommends. */
export const directReferrals = sqliteTable('direct_referrals', {
  itemId: text('item_id')
    .primaryKey()
    .references(() => agendaItems.id),
  reportDate: text('report_date').notNull(),
  /** An outcome code of the item type, as panel would have recommended. */
  outcome: text('outcome').notNull(),
  /** JSON TermsOfApproval, for an outcome that carries terms. */
  terms: text('terms'),
  reasons: text('reasons').notNull(),
  presentedBy: text('presented_by').notNull(),
  referredByName: text('referred_by_name').notNull(),
  referredAt: text('referred_at').notNull(),
});

/**
 * CPPCR reg 25 extensions of a connected person's temporary approval, one per
 * extension item: at most one ordinary extension (up to 8 weeks, new_end set)
 * and, where the connected person applied to the IRM about a qualifying
 * determination, one extension until the IRM outcome (new_end null), which
 * runs until that case's final decision is recorded (irm_case_item_id).
 */
export const temporaryExtensions = sqliteTable(
  'temporary_extensions',
  {
    itemId: text('item_id')
      .primaryKey()
      .references(() => agendaItems.id),
    householdId: text('household_id')
      .notNull()
      .references(() => households.id),
    kind: text('kind', { enum: ['ordinary', 'irm'] })
      .notNull()
      .default('ordinary'),
    irmCaseItemId: text('irm_case_item_id'),
    previousEnd: text('previous_end').notNull(),
    newEnd: text('new_end'),
    decidedOn: text('decided_on').notNull(),
    decidedByUserId: text('decided_by_user_id'),
    decidedByName: text('decided_by_name').notNull(),
    iroToldOn: text('iro_told_on').notNull(),
    recordedAt: text('recorded_at').notNull(),
  },
  (table) => [
    index('temporary_extensions_decided_on').on(table.decidedOn),
    index('temporary_extensions_household').on(table.householdId, table.kind),
  ],
);

/**
 * A carer's written notice of resignation: approval ends 28 days after it was
 * received (reg 28(13)), from the day it is recorded. The panel may note it
 * later on a resignation item (item_id), which then links to this row.
 */
export const resignations = sqliteTable(
  'resignations',
  {
    // Rows written before notices could be recorded on their own get an id from SQLite when migrated.
    id: text('id')
      .primaryKey()
      .default(sql`(lower(hex(randomblob(16))))`),
    itemId: text('item_id').references(() => agendaItems.id),
    householdId: text('household_id')
      .notNull()
      .references(() => households.id),
    noticeReceivedOn: text('notice_received_on').notNull(),
    approvalEnds: text('approval_ends').notNull(),
    /** A RESIGNATION_REASONS code, when the carers gave one. */
    reason: text('reason'),
    recordedByName: text('recorded_by_name').notNull(),
    recordedAt: text('recorded_at').notNull(),
  },
  (table) => [
    uniqueIndex('resignations_item').on(table.itemId),
    index('resignations_approval_ends').on(table.approvalEnds),
    index('resignations_notice_received').on(table.noticeReceivedOn),
    index('resignations_household').on(table.householdId, table.approvalEnds),
  ],
);

/** Every document the app issued, with its exact bytes, so it can be produced again. */
export const issuedDocuments = sqliteTable(
  'issued_documents',
  {
    id: text('id').primaryKey(),
    kind: text('kind').notNull(),
    subjectId: text('subject_id').notNull(),
    householdId: text('household_id').references(() => households.id),
    sittingId: text('sitting_id').references(() => sittings.id),
    fileName: text('file_name').notNull(),
    sha256: text('sha256').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    bytes: blob('bytes', { mode: 'buffer' }).notNull(),
    issuedAt: text('issued_at').notNull(),
    issuedByUserId: text('issued_by_user_id'),
    issuedByName: text('issued_by_name').notNull(),
  },
  (table) => [
    index('issued_documents_household').on(table.householdId),
    // Covers the register's columns: the rows themselves hold each document's bytes, a page or more apiece.
    index('issued_documents_register').on(
      table.issuedAt,
      table.id,
      table.kind,
      table.fileName,
      table.householdId,
      table.sittingId,
      table.issuedByName,
      table.sha256,
      table.sizeBytes,
    ),
  ],
);
