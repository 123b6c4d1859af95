import { z } from 'zod';
import { IsoDate } from './dates';

export const AuditEntry = z.object({
  seq: z.number().int(),
  at: z.string(),
  userId: z.string().nullable(),
  userName: z.string(),
  roles: z.array(z.string()),
  channel: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  /** The record in words ("Household FC-2026-014", "Sitting on 5 March 2027, item 3"), never a bare id. */
  record: z.string(),
  /** Field → [before, after]. */
  changes: z.record(z.string(), z.tuple([z.unknown(), z.unknown()])),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditFilter = z
  .object({
    from: IsoDate.optional(),
    to: IsoDate.optional(),
    userId: z.string().max(64).optional(),
    entityType: z.string().max(40).optional(),
    entityId: z.string().max(64).optional(),
    /** Everything about one household: its own rows and those of its items, decisions, documents and reviews. */
    householdId: z.string().max(64).optional(),
    /** Everything about one sitting: its own rows, its minutes and those of its items and documents. */
    sittingId: z.string().max(64).optional(),
    /** Page backwards from this sequence number. */
    beforeSeq: z.number().int().positive().optional(),
    limit: z.number().int().min(1).max(500).optional(),
  })
  .refine((filter) => !filter.from || !filter.to || filter.from <= filter.to, {
    path: ['to'],
    error: 'The ‘to’ date must be the same as or after the ‘from’ date',
  });
export type AuditFilter = z.input<typeof AuditFilter>;

export const AuditPage = z.object({
  entries: z.array(AuditEntry),
  hasMore: z.boolean(),
  /** Records the page's changes refer to by id (a presider, an ADM, a document's subject), in words. */
  names: z.record(z.string(), z.string()),
});
export type AuditPage = z.infer<typeof AuditPage>;

export const AuditVerification = z.object({
  ok: z.boolean(),
  rowsChecked: z.number().int(),
  firstBrokenSeq: z.number().int().nullable(),
  problem: z.string().nullable(),
  /** Records changed, added or deleted outside the app: table, record and the last time the app wrote it. */
  changedRecords: z.array(
    z.object({
      table: z.string(),
      recordId: z.string(),
      change: z.enum(['changed', 'deleted', 'added']),
      lastRecordedAt: z.string().nullable(),
      lastRecordedSeq: z.number().int().nullable(),
      message: z.string(),
    }),
  ),
});
export type AuditVerification = z.infer<typeof AuditVerification>;
