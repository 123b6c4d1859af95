import { z } from 'zod';
import { PageNumber } from '../schemas/paging';
import { EntityId } from '../schemas/text';
import { read, write } from './define';

export const LETTER_KINDS = [
  'letter-decision-record',
  'letter-approval',
  'letter-qualifying-determination',
  'letter-final-decision',
  'letter-termination',
  'letter-resignation',
  'letter-review-outcome',
  'letter-extension',
  'letter-exemption',
] as const;

/** The annual fostering data return's files, each about a year (`data-return-<year>`). */
export const DATA_RETURN_KINDS = ['data-return-csv', 'data-return-workbook', 'data-return-summary'] as const;

export const DocumentKind = z.enum(
  [
    'agenda',
    'minutes-draft',
    'minutes-final',
    'minutes-extract',
    ...LETTER_KINDS,
    'annual-report',
    'subject-access-summary',
    'case-chain',
    'inspection-bundle',
    ...DATA_RETURN_KINDS,
  ],
  { error: 'Choose a kind of document' },
);
export type DocumentKind = z.infer<typeof DocumentKind>;

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  agenda: 'Agenda',
  'minutes-draft': 'Draft minutes',
  'minutes-final': 'Final minutes',
  'minutes-extract': 'Minutes extract for the ADM',
  'letter-decision-record': 'ADM decision record',
  'letter-approval': 'Approval letter',
  'letter-qualifying-determination': 'Qualifying determination letter',
  'letter-final-decision': 'Final decision letter',
  'letter-termination': 'Termination letter',
  'letter-resignation': 'Resignation acknowledgement',
  'letter-review-outcome': 'Review outcome letter',
  'letter-extension': 'Temporary approval extension letter',
  'letter-exemption': 'Exemption letter',
  'annual-report': 'Panel report',
  'subject-access-summary': 'Subject access summary',
  'case-chain': 'Case chain',
  'inspection-bundle': 'Inspection bundle (encrypted ZIP)',
  'data-return-csv': 'Annual data return (CSV)',
  'data-return-workbook': 'Annual data return (workbook)',
  'data-return-summary': 'Annual data return summary',
};

/**
 * Asks main to issue a document: main builds it from its own records with the
 * shared builders, asks where to save it and keeps the exact bytes in the
 * issued-documents register. The window never sends the document itself.
 */
export const IssueDocument = z.object({
  kind: DocumentKind,
  /**
   * The sitting (agenda, minutes) or the agenda item (extracts and letters) the document is about; for the
   * resignation acknowledgement, the recorded notice (or the panel's item); for the panel report, its period
   * (`report-<from>-<to>`), whose chair's commentary main reads from its own records (`reports:saveCommentary`);
   * for the subject access summary and the case chain, the household; for the annual data return's files, its
   * year (`data-return-<year>`).
   */
  subjectId: EntityId,
});
export type IssueDocument = z.infer<typeof IssueDocument>;

export const SavedDocument = z.object({
  path: z.string(),
  sizeBytes: z.number().int(),
  documentId: z.string(),
  sha256: z.string(),
});
export type SavedDocument = z.infer<typeof SavedDocument>;

export const IssuedDocument = z.object({
  id: z.string(),
  kind: DocumentKind,
  kindLabel: z.string(),
  fileName: z.string(),
  householdReference: z.string().nullable(),
  sittingDate: z.string().nullable(),
  issuedAt: z.string(),
  issuedByName: z.string(),
  sha256: z.string(),
  sizeBytes: z.number().int(),
  /** The Word template it was made from ("Built-in template", "Template version 3"); null when built in code. */
  template: z.string().nullable(),
});
export type IssuedDocument = z.infer<typeof IssuedDocument>;

/** The register is read a page at a time, newest first: 20 years of letters is thousands of documents. */
export const REGISTER_PAGE_SIZE = 50;

/** The register's search box takes no more than this (the window stops typing there too). */
export const REGISTER_SEARCH_MAX = 100;

export const RegisterFilter = z.object({
  search: z
    .string()
    .trim()
    .max(REGISTER_SEARCH_MAX, { error: `Enter a search of ${REGISTER_SEARCH_MAX} characters or fewer` })
    .optional(),
  kind: DocumentKind.optional(),
  page: PageNumber('the register').optional(),
});

export const RegisterPage = z.object({
  documents: z.array(IssuedDocument),
  /** How many documents match, on every page. */
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type RegisterPage = z.infer<typeof RegisterPage>;

export const documentsContract = {
  'documents:issue': write('document', IssueDocument, SavedDocument),
  'documents:register': read(RegisterFilter, RegisterPage),
  /** Writes the stored bytes of an issued document again, byte for byte, once they match their hash and audit row. */
  'documents:reissue': write('document', z.object({ id: EntityId }), SavedDocument),
} as const;
