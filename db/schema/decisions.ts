import { blob, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
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

/** CPPCR reg 25: one extension of a connected person's temporary approval, ever. */
export const temporaryExtensions = sqliteTable(
  'temporary_extensions',
  {
    householdId: text('household_id')
      .primaryKey()
      .references(() => households.id),
    itemId: text('item_id')
      .notNull()
      .references(() => agendaItems.id),
    previousEnd: text('previous_end').notNull(),
    newEnd: text('new_end').notNull(),
    decidedOn: text('decided_on').notNull(),
    decidedByUserId: text('decided_by_user_id'),
    decidedByName: text('decided_by_name').notNull(),
    iroToldOn: text('iro_told_on').notNull(),
    recordedAt: text('recorded_at').notNull(),
  },
  (table) => [index('temporary_extensions_decided_on').on(table.decidedOn)],
);

/** A resignation the panel noted: approval ends 28 days after the written notice was received. */
export const resignations = sqliteTable(
  'resignations',
  {
    itemId: text('item_id')
      .primaryKey()
      .references(() => agendaItems.id),
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
