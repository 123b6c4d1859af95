import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { households } from './households';
import { members } from './members';

/** A sitting of the panel: main (planned in the year's series) or extra. */
export const sittings = sqliteTable(
  'sittings',
  {
    id: text('id').primaryKey(),
    version: integer('version').notNull().default(1),
    kind: text('kind', { enum: ['main', 'extra'] }).notNull(),
    date: text('date').notNull(),
    startTime: text('start_time').notNull(),
    venue: text('venue'),
    remoteLink: text('remote_link'),
    plannedPresiderId: text('planned_presider_id').references(() => members.id),
    presiderId: text('presider_id').references(() => members.id),
    adviserName: text('adviser_name'),
    minuteTakerName: text('minute_taker_name'),
    status: text('status', {
      enum: ['planned', 'papers_sent', 'held', 'minutes_drafted', 'minutes_approved', 'sent_to_adm', 'cancelled'],
    }).notNull(),
    papersSentDate: text('papers_sent_date'),
    cancelledReason: text('cancelled_reason'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [
    index('sittings_date').on(table.date),
    // The dashboard reads planned sittings from today and held ones awaiting minutes.
    index('sittings_status_date').on(table.status, table.date),
  ],
);

/** Who of the central list was invited and what happened: present, apologies, absent; late or early. */
export const sittingAttendance = sqliteTable(
  'sitting_attendance',
  {
    id: text('id').primaryKey(),
    /** Optimistic version: two seats recording the same member's attendance cannot overwrite each other. */
    version: integer('version').notNull().default(1),
    sittingId: text('sitting_id')
      .notNull()
      .references(() => sittings.id),
    memberId: text('member_id')
      .notNull()
      .references(() => members.id),
    status: text('status', { enum: ['invited', 'present', 'apologies', 'absent'] }).notNull(),
    arrivedBeforeItemId: text('arrived_before_item_id'),
    leftAfterItemId: text('left_after_item_id'),
  },
  (table) => [uniqueIndex('sitting_attendance_member').on(table.sittingId, table.memberId)],
);

/** People at panel who are not members: observers, presenters, applicants, supporters. */
export const sittingPeople = sqliteTable(
  'sitting_people',
  {
    id: text('id').primaryKey(),
    sittingId: text('sitting_id')
      .notNull()
      .references(() => sittings.id),
    itemId: text('item_id'),
    kind: text('kind', { enum: ['observer', 'presenter', 'applicant', 'supporter', 'other'] }).notNull(),
    name: text('name').notNull(),
    description: text('description'),
  },
  (table) => [index('sitting_people_sitting').on(table.sittingId)],
);

export const agendaItems = sqliteTable(
  'agenda_items',
  {
    id: text('id').primaryKey(),
    version: integer('version').notNull().default(1),
    /** Null for a case the service sent straight to the ADM (its item type is switched off at panel). */
    sittingId: text('sitting_id').references(() => sittings.id),
    householdId: text('household_id').references(() => households.id),
    itemType: text('item_type').notNull(),
    title: text('title'),
    position: integer('position').notNull(),
    /**
     * The item's number on the agenda, fixed when the papers go out (null before: the number follows the
     * order). An item added after that takes the next number and is marked as added late.
     */
    number: integer('number'),
    addedLate: integer('added_late', { mode: 'boolean' }).notNull().default(false),
    startTime: text('start_time'),
    durationMinutes: integer('duration_minutes').notNull(),
    papersReceivedDate: text('papers_received_date'),
    /** JSON: checklist key → ticked. */
    checklist: text('checklist').notNull(),
    status: text('status', { enum: ['scheduled', 'heard', 'deferred', 'withdrawn', 'moved'] }).notNull(),
    statusReason: text('status_reason'),
    /** When this item continues one deferred or moved from another sitting. */
    continuesItemId: text('continues_item_id'),
    /** The user (an ADM) who will decide the item, once assigned. */
    decidingAdmUserId: text('deciding_adm_user_id'),
    /** The date the final minutes reached the ADM: day 0 of the ADM's decision clock. */
    sentToAdmDate: text('sent_to_adm_date'),
    /**
     * Who presides this item when not the sitting's presider (a vice chair taking the chair for an
     * item the chair withdrew from, missed or left); null: the sitting's presider.
     */
    presiderId: text('presider_id').references(() => members.id),
    /** The service's own recommendation in the report presented to panel: an outcome code of the item type. */
    serviceOutcome: text('service_outcome'),
    serviceReasons: text('service_reasons'),
    /** FSR reg 26: the day the applicant was given the assessment report (approval items). */
    reportGivenDate: text('report_given_date'),
    /** FSR reg 26: the day the applicant's observations on the report arrived, if any did. */
    observationsReceivedDate: text('observations_received_date'),
    /** Later reviews (other_review): annual, standards of care, allegation, change of circumstances or not recorded. */
    reviewKind: text('review_kind'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [
    index('agenda_items_sitting').on(table.sittingId, table.position),
    // Covering what the dashboard asks of each household's items (type, status, sitting).
    index('agenda_items_household').on(table.householdId, table.itemType, table.status, table.sittingId),
  ],
);

export const agendaItemHistory = sqliteTable(
  'agenda_item_history',
  {
    id: text('id').primaryKey(),
    itemId: text('item_id')
      .notNull()
      .references(() => agendaItems.id),
    at: text('at').notNull(),
    action: text('action').notNull(),
    detail: text('detail'),
    byName: text('by_name').notNull(),
  },
  (table) => [index('agenda_item_history_item').on(table.itemId, table.at)],
);

export const declarations = sqliteTable(
  'declarations',
  {
    id: text('id').primaryKey(),
    itemId: text('item_id')
      .notNull()
      .references(() => agendaItems.id),
    memberId: text('member_id')
      .notNull()
      .references(() => members.id),
    interest: text('interest').notNull(),
    withdrew: integer('withdrew', { mode: 'boolean' }).notNull(),
  },
  (table) => [uniqueIndex('declarations_item_member').on(table.itemId, table.memberId)],
);

/** A record of when papers went to whom. */
export const papersCirculation = sqliteTable(
  'papers_circulation',
  {
    id: text('id').primaryKey(),
    sittingId: text('sitting_id')
      .notNull()
      .references(() => sittings.id),
    sentDate: text('sent_date').notNull(),
    recipient: text('recipient').notNull(),
    method: text('method').notNull(),
  },
  (table) => [index('papers_circulation_sitting').on(table.sittingId)],
);
