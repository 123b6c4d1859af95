import type { DocumentKind } from '../../contract/documents';

/**
 * The kinds made from a Word template. Kinds not listed here are still built
 * in code (shared/documents/README.md says which and why). Kept apart from
 * their schemas and designs so the contract can name them cheaply.
 */
export const TEMPLATED_KINDS = [
  // One kind a line: the order is the order Settings → Documents lists them in.
  'letter-approval',
  'letter-qualifying-determination',
  'letter-final-decision',
  'letter-termination',
  'letter-resignation',
  'letter-review-outcome',
  'letter-exemption',
  'letter-extension',
  'letter-decision-record',
  'minutes-extract',
  'agenda',
  'minutes-draft',
  'minutes-final',
  'annual-report',
] as const;
export type TemplatedKind = (typeof TEMPLATED_KINDS)[number];

export const isTemplatedKind = (kind: DocumentKind): kind is TemplatedKind =>
  (TEMPLATED_KINDS as readonly string[]).includes(kind);

/** The file name of a kind's built-in template in built-in/. */
export const builtInFileName = (kind: TemplatedKind) => `${kind}.docx`;

/** The largest template accepted, and the most its parts may expand to when unzipped (a zip bomb is refused). */
export const MAX_TEMPLATE_BYTES = 5 * 1024 * 1024;
export const MAX_UNZIPPED_BYTES = 40 * 1024 * 1024;
