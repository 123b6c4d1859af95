import { LETTER_KINDS } from '../../../shared/contract/documents';
import type { Role } from '../../../shared/contract/roles';
import type { ReadableDb } from '../../../db/connection';
import { getCaseRow } from '../../../db/repositories/adm-cases-repository';
import { getIssuedSubject } from '../../../db/repositories/issued-documents-repository';
import { DomainError, notFound } from '../../backend/domain-error';

const LETTERS: ReadonlySet<string> = new Set(LETTER_KINDS);

/**
 * The administrator may give out any issued document again. An ADM (issue 19)
 * may give out only the letters of cases they decided themselves, so they can
 * send a lost letter again without the administrator, and see nothing else of
 * the register: checked here, before any bytes are read.
 */
export function refuseReissue(
  db: ReadableDb,
  actor: { roles: readonly Role[]; userId: string | null },
  documentId: string,
): void {
  if (actor.roles.includes('administrator')) return;
  const issued = getIssuedSubject(db, documentId);
  if (!issued) throw notFound('This document');
  const decidedBy = LETTERS.has(issued.kind) ? getCaseRow(db, issued.subjectId)?.decidedByUserId : null;
  if (!actor.userId || !decidedBy || decidedBy !== actor.userId) {
    throw new DomainError(
      'FORBIDDEN',
      'You can save again only the letters of cases you decided yourself. Ask the panel administrator for any other document.',
    );
  }
}
