import type { AppDatabase } from '../../../db/connection';
import { registeredSha256 } from '../../../db/repositories/issued-documents-repository';
import { DomainError, notFound } from '../../backend/domain-error';
import { getIssuedBytes } from '../../../db/repositories/issued-documents-repository';
import { sha256 } from './document-hash';

/**
 * An issued document's stored bytes, given out again only when they are the
 * bytes that were registered: their SHA-256 must match the register's and the
 * one the audit row that registered them recorded. Anything else means the
 * database was changed outside the app, and the user is told so plainly.
 */
export function storedDocument(db: AppDatabase, id: string) {
  const issued = getIssuedBytes(db, id);
  if (!issued) throw notFound('This document');
  if (issued.bytes.length === 0) {
    throw new DomainError(
      'RULE_VIOLATION',
      "This document was removed when the household's records were purged after their retention date (FSR regulation 32). Only its entry in the register remains.",
    );
  }
  const actual = sha256(issued.bytes);
  const audited = registeredSha256(db, id);
  if (actual !== issued.sha256 || audited !== issued.sha256) {
    const what =
      audited === null
        ? 'The audit trail has no record of this document being issued'
        : actual !== issued.sha256
          ? 'Its stored bytes no longer match the fingerprint (SHA-256) recorded when it was issued'
          : 'Its fingerprint (SHA-256) no longer matches the one the audit trail recorded when it was issued';
    throw new DomainError(
      'RULE_VIOLATION',
      `This document has been changed since it was issued, outside the app. ${what}. It was not saved: ask the administrator to check the audit trail (Verify the audit trail) and restore a backup.`,
    );
  }
  return issued;
}
