import type { DocumentKind } from '../../../shared/contract/documents';
import { buildAgendaDocument } from '../../../shared/documents/agenda-document';
import {
  buildDraftMinutesDocument,
  buildFinalMinutesDocument,
  buildMinutesExtractDocument,
} from '../../../shared/documents/minutes-document';
import { readSettings } from '../../../db/repositories/settings-repository';
import { neighbouringSittings } from '../../../db/repositories/sitting-choices-repository';
import { DomainError } from '../../backend/domain-error';
import type { ReadContext } from '../../backend/router';
import { minutesView } from '../minutes/minutes-view';
import { requireSitting } from '../sittings/sitting-guards';
import { extractSource } from './extract-source';
import { annualReportDocument } from './report-source';
import { caseChainDocument } from '../chain/case-chain-source';
import { letterDocument, type BuiltDocument } from './letter-source';

function notApproved(): DomainError {
  return new DomainError('RULE_VIOLATION', 'These minutes have not been approved yet.');
}

/** A sitting's minutes, and for the extract its sitting found from the item. */
function minutesDocument(ctx: ReadContext, kind: DocumentKind, subjectId: string): BuiltDocument {
  if (kind === 'minutes-extract') {
    const { approval, approvedContent, suggestedName } = extractSource(ctx, subjectId);
    return { document: buildMinutesExtractDocument(approvedContent, subjectId, approval), suggestedName };
  }
  const view = minutesView(ctx, subjectId);
  const date = view.draft.sitting.date;
  if (kind === 'minutes-draft') {
    const latest = view.versions[0]?.number;
    return {
      document: buildDraftMinutesDocument(view.draft),
      suggestedName: `Draft panel minutes ${date}${latest && !view.unsavedChanges ? ` v${latest}` : ''}`,
    };
  }
  const { approval, approvedContent } = view;
  if (!approval || !approvedContent) throw notApproved();
  return {
    document: buildFinalMinutesDocument(approvedContent, approval, view.referrals),
    suggestedName: `Panel minutes ${date} v${approval.versionNumber}`,
  };
}

/**
 * Builds the document of a kind about one record, from the records alone, with
 * the shared builders the window once used: what is registered is what the
 * records say, never what a window sent.
 */
export function buildIssuedDocument(ctx: ReadContext, kind: DocumentKind, subjectId: string): BuiltDocument {
  switch (kind) {
    case 'agenda': {
      const sitting = requireSitting(ctx, subjectId);
      return {
        document: buildAgendaDocument({
          agencyName: readSettings(ctx.db).agencyName,
          sitting,
          ...neighbouringSittings(ctx.db, sitting.date),
        }),
        suggestedName: `Panel agenda ${sitting.date}`,
      };
    }
    case 'minutes-draft':
    case 'minutes-final':
    case 'minutes-extract':
      return minutesDocument(ctx, kind, subjectId);
    case 'annual-report':
      return annualReportDocument(ctx, subjectId);
    case 'case-chain':
      return caseChainDocument(ctx, subjectId);
    case 'inspection-bundle':
      throw new DomainError('RULE_VIOLATION', 'An inspection bundle is made from Reports, with a passphrase.');
    case 'subject-access-summary':
      // Built from the writable handle in documents:issue (subject-access-source.ts), never here.
      throw new DomainError('RULE_VIOLATION', 'A subject access summary is issued for a household.');
    case 'data-return-csv':
    case 'data-return-workbook':
    case 'data-return-summary':
      // Built as files of their own in documents:issue (data-return-source.ts), never here.
      throw new DomainError('RULE_VIOLATION', 'The annual data return is issued for a year.');
    default:
      return letterDocument(ctx, kind, subjectId);
  }
}
