import type { Document } from 'docx';
import type { z } from 'zod';
import type { DocumentKind } from '../../contract/documents';
import { ApprovalLetterData } from './approval-letter-fields';
import { approvalLetterDesign } from './designs/approval-letter-design';

/**
 * The kinds made from a Word template, each with the schema of its data and
 * the design of its built-in template. Kinds not listed here are still built
 * in code (shared/documents/README.md says which and why).
 */
export const TEMPLATED_KINDS = ['letter-approval'] as const;
export type TemplatedKind = (typeof TEMPLATED_KINDS)[number];

export const TEMPLATE_SCHEMAS: Record<TemplatedKind, z.ZodObject> = {
  'letter-approval': ApprovalLetterData,
};

/** The built-in designs, written once to .docx files by `npm run templates:built-in`. */
export const TEMPLATE_DESIGNS: Record<TemplatedKind, () => Document> = {
  'letter-approval': approvalLetterDesign,
};

export const isTemplatedKind = (kind: DocumentKind): kind is TemplatedKind =>
  (TEMPLATED_KINDS as readonly string[]).includes(kind);

/** The file name of a kind's built-in template in built-in/. */
export const builtInFileName = (kind: TemplatedKind) => `${kind}.docx`;
