import type { FileChild } from 'docx';
import type { LetterAgency } from '../../../../shared/documents/letters/letter-input';
import type { ReadContext } from '../../../backend/router';

/** What every kind's data is made with besides its record: the settings and the template that will print it. */
export interface TemplateContext {
  agency: LetterAgency;
  /** The protective marking from the settings. */
  marking: string;
  /** The version of the service's template in use, or null for the built-in one. */
  templateVersion: number | null;
  /** Today by the service's clock. */
  letterDate: string;
}

/** A kind's data for one record, and the file name main suggests for the document. */
export interface TemplateData {
  data: Record<string, unknown>;
  suggestedName: string;
  /** A body built in code that follows what the template prints (the panel report's tables and charts). */
  body?: readonly FileChild[];
}

/**
 * One kind's data from its record, as the code-built document reads it.
 * Throws `LetterNotReadyError` (in words) when the record cannot make the document yet.
 */
export type KindData = (ctx: ReadContext, subjectId: string, context: TemplateContext) => TemplateData;
