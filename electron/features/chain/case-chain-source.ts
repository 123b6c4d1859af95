import { buildCaseChainDocument } from '../../../shared/documents/case-chain-document';
import { readSettings } from '../../../db/repositories/settings-repository';
import type { ReadContext } from '../../backend/router';
import type { BuiltDocument } from '../documents/letter-source';
import { caseChainView } from './case-chain-view';

/** The household's case chain as a Word document, from the records as they stand today. */
export function caseChainDocument(ctx: ReadContext, householdId: string): BuiltDocument {
  const chain = caseChainView(ctx.db, householdId, ctx.clock.today());
  return {
    document: buildCaseChainDocument(chain, readSettings(ctx.db).agencyName),
    suggestedName: `Case chain ${chain.reference} ${chain.today}`,
  };
}
