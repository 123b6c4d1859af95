import { z } from 'zod';
import { DocumentKind } from '../contract/documents';
import { PageNumber } from './paging';

/** The decided list is read a page at a time, most recently decided first. */
export const DECIDED_PAGE_SIZE = 20;

export const DecidedFilter = z.object({ page: PageNumber('the decided cases').optional() }).strict();

/** One letter already issued about a case: enough to name it and save it again, never its bytes. */
export const CaseLetter = z.object({
  id: z.string(),
  kind: DocumentKind,
  kindLabel: z.string(),
  fileName: z.string(),
  issuedAt: z.string(),
});
export type CaseLetter = z.infer<typeof CaseLetter>;

export const DecidedCase = z.object({
  itemId: z.string(),
  /** "Approval (mainstream)". */
  label: z.string(),
  householdReference: z.string(),
  /** Null when the case went straight to the ADM. */
  sittingDate: z.string().nullable(),
  decidedOn: z.string(),
  /** The decision in words (the final one, once made). */
  decisionLabel: z.string(),
  decidedByName: z.string().nullable(),
  letters: z.array(CaseLetter),
});
export type DecidedCase = z.infer<typeof DecidedCase>;

export const DecidedPage = z.object({
  cases: z.array(DecidedCase),
  /** How many cases there are, on every page. */
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type DecidedPage = z.infer<typeof DecidedPage>;
