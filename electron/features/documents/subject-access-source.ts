import { buildSubjectAccessDocument } from '../../../shared/documents/subject-access-document';
import type { AppDatabase } from '../../../db/connection';
import { readSettings } from '../../../db/repositories/settings-repository';
import { subjectAccessData } from '../../../db/repositories/subject-access/subject-access-data';
import { notFound } from '../../backend/domain-error';
import type { HandlerContext } from '../../backend/router';
import type { BuiltDocument } from './letter-source';

/**
 * The subject access summary (UK GDPR article 15): everything held about one
 * household, built from its records as the zip's summary is, and issued and
 * registered like every other document.
 */
export function subjectAccessSummary(ctx: HandlerContext, householdId: string): BuiltDocument {
  const db: AppDatabase = ctx.db;
  const made = {
    at: ctx.clock.now().toISOString(),
    on: ctx.clock.today(),
    by: ctx.actor.displayName,
    agencyName: readSettings(db).agencyName,
  };
  // Letters are listed in the summary, not packed: their bytes stay in the register.
  const found = subjectAccessData(db, householdId, made, (fileName) => fileName);
  if (!found) throw notFound('This household');
  return {
    document: buildSubjectAccessDocument(found.data),
    suggestedName: `Subject access summary ${found.data.household.reference} ${made.on}`,
  };
}
